import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, NOW, signIn, type TestContext } from '../../helpers/test-app';

const DAY = 86_400_000;

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  let ctx: TestContext;
  let now = NOW;
  const at = (ms: number) => {
    now = new Date(Date.parse(NOW) + ms).toISOString();
  };
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => now });
  });
  afterAll(() => ctx.close());

  it('issues a token whose secret is shown once, and lists it without the secret', async () => {
    at(0);
    const session = await signIn(ctx.app, ctx.users.researcherA.email);
    const issued = await call(ctx.app, 'POST', '/api/tokens', { session, body: { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'dashboard', expiresInDays: 30 } });
    expect(issued.status, issued.text).toBe(201);
    expect(issued.json).toMatchObject({ role: 'viewer', partnershipId: ctx.partnerships.a, label: 'dashboard', expiresAt: '2026-12-22T12:00:00.000Z' });
    expect(issued.json.token).toMatch(/^tsr_/);
    const listed = await call(ctx.app, 'GET', '/api/tokens', { session });
    const mine = listed.json.tokens.find((t: { id: string }) => t.id === issued.json.id);
    expect(mine).toEqual({
      id: issued.json.id,
      label: 'dashboard',
      role: 'viewer',
      partnershipId: ctx.partnerships.a,
      createdAt: NOW,
      expiresAt: '2026-12-22T12:00:00.000Z',
      lastUsedOn: null,
      revokedAt: null,
    });
    expect(listed.text).not.toContain(issued.json.token);
    expect(listed.json.tokens.every((t: { partnershipId: string | null }) => t.partnershipId === ctx.partnerships.a)).toBe(true);
  });

  it('records the date a token was last used, not the time', async () => {
    at(0);
    const admin = await signIn(ctx.app, ctx.users.admin.email);
    const issued = await call(ctx.app, 'POST', '/api/tokens', { session: admin, body: { role: 'researcher', partnershipId: ctx.partnerships.b, label: 'sync' } });
    const lastUsed = async () => (await call(ctx.app, 'GET', '/api/tokens', { session: admin })).json.tokens.find((t: { id: string }) => t.id === issued.json.id).lastUsedOn;
    expect(await lastUsed()).toBeNull();
    await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token });
    await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token });
    expect(await lastUsed()).toBe('2026-11-22');
    at(3 * DAY);
    const fresh = await signIn(ctx.app, ctx.users.admin.email);
    await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token });
    expect((await call(ctx.app, 'GET', '/api/tokens', { session: fresh })).json.tokens.find((t: { id: string }) => t.id === issued.json.id).lastUsedOn).toBe('2026-11-25');
    at(0);
  });

  it('refuses a revoked token with a message saying so', async () => {
    at(0);
    const session = await signIn(ctx.app, ctx.users.researcherA.email);
    const issued = await call(ctx.app, 'POST', '/api/tokens', { session, body: { role: 'researcher', partnershipId: ctx.partnerships.a, label: 'old script' } });
    expect((await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token })).status).toBe(200);
    expect((await call(ctx.app, 'DELETE', `/api/tokens/${issued.json.id}`, { session })).status).toBe(204);
    const refused = await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token });
    expect(refused.status).toBe(401);
    expect(refused.json.message).toMatch(/revoked on 2026-11-22/);
    const listed = await call(ctx.app, 'GET', '/api/tokens', { session });
    expect(listed.json.tokens.find((t: { id: string }) => t.id === issued.json.id).revokedAt).toBe(NOW);
  });

  it('refuses an expired token with a message saying so', async () => {
    at(0);
    const issued = await call(ctx.app, 'POST', '/api/tokens', { token: ctx.tokens.admin, body: { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'short', expiresInDays: 2 } });
    expect((await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token })).status).toBe(200);
    at(2 * DAY);
    const refused = await call(ctx.app, 'GET', '/api/consultations', { token: issued.json.token });
    expect(refused.status).toBe(401);
    expect(refused.json.message).toMatch(/expired on 2026-11-24/);
    at(0);
  });

  it("keeps researchers to their own partnership's researcher and viewer tokens", async () => {
    at(0);
    const researcherB = await signIn(ctx.app, ctx.users.researcherB.email);
    const other = await call(ctx.app, 'POST', '/api/tokens', { token: ctx.tokens.admin, body: { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'A only' } });
    expect((await call(ctx.app, 'DELETE', `/api/tokens/${other.json.id}`, { session: researcherB })).status).toBe(403);
    expect((await call(ctx.app, 'POST', '/api/tokens', { session: researcherB, body: { role: 'admin', label: 'escalate' } })).status).toBe(403);
    expect((await call(ctx.app, 'POST', '/api/tokens', { session: researcherB, body: { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'x' } })).status).toBe(403);
    const listed = await call(ctx.app, 'GET', '/api/tokens', { session: researcherB });
    expect(listed.json.tokens.map((t: { id: string }) => t.id)).not.toContain(other.json.id);
    expect((await call(ctx.app, 'DELETE', '/api/tokens/no-such-token', { session: researcherB })).status).toBe(404);
  });
});
