import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, NOW, PASSWORD, signIn, type TestContext } from '../../helpers/test-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(DIALECTS)('session lifetime and password resets on %s', (dialect) => {
  let ctx: TestContext;
  let now = NOW;
  const at = (ms: number) => {
    now = new Date(Date.parse(NOW) + ms).toISOString();
  };
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => now });
  });
  afterAll(() => ctx.close());

  it('ends a session left idle for two hours', async () => {
    at(0);
    const session = await signIn(ctx.app, ctx.users.viewerA.email);
    at(2 * HOUR - MINUTE);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session })).status).toBe(200);
    at(4 * HOUR - 2 * MINUTE);
    expect((await call(ctx.app, 'GET', '/api/consultations', { session })).status).toBe(200);
    at(6 * HOUR);
    const idle = await call(ctx.app, 'GET', '/api/consultations', { session });
    expect(idle.status).toBe(401);
    expect(idle.json.message).toMatch(/session has ended/);
    expect(idle.headers.getSetCookie().join()).toMatch(/tessera_session=;/);
    at(0);
  });

  it('ends a session twelve hours after sign-in, however active', async () => {
    at(0);
    const session = await signIn(ctx.app, ctx.users.viewerA.email);
    for (let hour = 1; hour < 12; hour += 1) {
      at(hour * HOUR);
      expect((await call(ctx.app, 'GET', '/api/auth/session', { session })).status, `hour ${hour}`).toBe(200);
    }
    at(12 * HOUR);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session })).status).toBe(401);
    at(0);
  });

  it('resets a password with a single-use link given to the admin, signing the person out everywhere', async () => {
    at(0);
    const before = await signIn(ctx.app, ctx.users.researcherB.email);
    const admin = await signIn(ctx.app, ctx.users.admin.email);
    const issued = await call(ctx.app, 'POST', `/api/users/${ctx.users.researcherB.id}/password-reset`, { session: admin });
    expect(issued.status, issued.text).toBe(201);
    expect(issued.json).toEqual({ link: expect.stringMatching(/^\/workspace\/reset\/[A-Za-z0-9_-]{40,}$/), expiresAt: '2026-11-23T12:00:00.000Z' });
    const token = issued.json.link.replace('/workspace/reset/', '');
    expect((await call(ctx.app, 'GET', `/api/password-resets/${token}`)).json).toEqual({ email: ctx.users.researcherB.email, expiresAt: issued.json.expiresAt });

    const tooShort = await call(ctx.app, 'POST', `/api/password-resets/${token}`, { body: { password: 'short' } });
    expect(tooShort.status).toBe(400);
    const done = await call(ctx.app, 'POST', `/api/password-resets/${token}`, { body: { password: 'a brand new password' } });
    expect(done.status, done.text).toBe(204);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: before })).status).toBe(401);
    expect((await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: ctx.users.researcherB.email, password: PASSWORD } })).status).toBe(401);
    await expect(signIn(ctx.app, ctx.users.researcherB.email, 'a brand new password')).resolves.toBeTruthy();

    const reused = await call(ctx.app, 'POST', `/api/password-resets/${token}`, { body: { password: 'yet another password' } });
    expect(reused.status).toBe(410);
    expect(reused.json.code).toBe('reset_used');
  });

  it('refuses a reset link after 24 hours', async () => {
    at(0);
    const researcher = await signIn(ctx.app, ctx.users.researcherA.email);
    const issued = await call(ctx.app, 'POST', `/api/users/${ctx.users.viewerA.id}/password-reset`, { session: researcher });
    expect(issued.status).toBe(201);
    at(DAY);
    const expired = await call(ctx.app, 'POST', `/api/password-resets/${issued.json.link.replace('/workspace/reset/', '')}`, { body: { password: 'a brand new password' } });
    expect(expired.status).toBe(410);
    expect(expired.json.code).toBe('reset_expired');
    at(0);
    await expect(signIn(ctx.app, ctx.users.viewerA.email)).resolves.toBeTruthy();
  });

  it("keeps a researcher from resetting the password of someone with rights they lack", async () => {
    at(0);
    const researcherA = await signIn(ctx.app, ctx.users.researcherA.email);
    for (const target of [ctx.users.admin.id, ctx.users.researcherB.id]) {
      const refused = await call(ctx.app, 'POST', `/api/users/${target}/password-reset`, { session: researcherA });
      expect(refused.status).toBe(403);
    }
    expect((await call(ctx.app, 'POST', '/api/users/no-such-user/password-reset', { session: researcherA })).status).toBe(404);
  });
});
