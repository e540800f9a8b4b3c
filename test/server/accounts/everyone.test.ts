import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../server/accounts/passwords';
import { createUser } from '../../../server/accounts/users.repository';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, NOW, signIn, type TestContext } from '../../helpers/test-app';

const HOUR = 3_600_000;

describe.each(DIALECTS)("a global admin's list of everyone on %s", (dialect) => {
  let ctx: TestContext;
  let now = NOW;
  const at = (ms: number) => {
    now = new Date(Date.parse(NOW) + ms).toISOString();
    return now;
  };
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => now });
  });
  afterAll(() => ctx.close());

  const everyone = async () => {
    const result = await call(ctx.app, 'GET', '/api/users', { token: ctx.tokens.admin });
    expect(result.status, result.text).toBe(200);
    return result.json.users as Array<{ id: string; email: string; name: string | null; isAdmin: boolean; memberships: unknown[]; createdAt: string; lastSignInAt: string | null }>;
  };
  const byEmail = async (email: string) => (await everyone()).find((person) => person.email === email)!;

  it('lists every account by email, with its global admin flag, roles in each partnership and creation date', async () => {
    const users = await everyone();
    expect(users.map((person) => person.email)).toEqual(['admin@example.org', 'researchera@example.org', 'researcherb@example.org', 'viewera@example.org']);
    expect(users[0]).toEqual({ id: ctx.users.admin.id, email: 'admin@example.org', name: 'admin', isAdmin: true, memberships: [], createdAt: NOW, lastSignInAt: null });
    expect(users[1]!.isAdmin).toBe(false);
    expect(users[1]!.memberships).toEqual([{ partnershipId: ctx.partnerships.a, partnershipName: 'Peel-Halton LIP', role: 'researcher' }]);
    expect(users[3]!.memberships).toEqual([{ partnershipId: ctx.partnerships.a, partnershipName: 'Peel-Halton LIP', role: 'viewer' }]);
  });

  it('lists a person in several partnerships once, with each role', async () => {
    const admin = await signIn(ctx.app, ctx.users.admin.email);
    const patched = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships.b}/invitations`, { session: admin, body: { email: ctx.users.viewerA.email, role: 'viewer' } });
    const accepted = await call(ctx.app, 'POST', `/api/invitations/${patched.json.link.replace('/workspace/accept/', '')}/accept`, { body: { password: 'correct horse battery staple' } });
    expect(accepted.status, accepted.text).toBe(200);
    const viewer = await byEmail(ctx.users.viewerA.email);
    expect(viewer.memberships).toEqual([
      { partnershipId: ctx.partnerships.b, partnershipName: 'Ottawa LIP', role: 'viewer' },
      { partnershipId: ctx.partnerships.a, partnershipName: 'Peel-Halton LIP', role: 'viewer' },
    ]);
  });

  it('records the last sign-in when a person signs in, and not when a sign-in fails', async () => {
    const first = at(2 * HOUR);
    await signIn(ctx.app, ctx.users.researcherB.email);
    expect((await byEmail(ctx.users.researcherB.email)).lastSignInAt).toBe(first);
    at(5 * HOUR);
    const failed = await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: ctx.users.researcherB.email, password: 'not the password' } });
    expect(failed.status).toBe(401);
    expect((await byEmail(ctx.users.researcherB.email)).lastSignInAt).toBe(first);
    const second = at(6 * HOUR);
    await signIn(ctx.app, ctx.users.researcherB.email);
    expect((await byEmail(ctx.users.researcherB.email)).lastSignInAt).toBe(second);
  });

  it('records accepting an invitation as a sign-in', async () => {
    const when = at(8 * HOUR);
    const admin = await signIn(ctx.app, ctx.users.admin.email);
    const invited = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships.a}/invitations`, { session: admin, body: { email: 'newcomer@example.org', role: 'viewer' } });
    await call(ctx.app, 'POST', `/api/invitations/${invited.json.link.replace('/workspace/accept/', '')}/accept`, { body: { name: 'Newcomer', password: 'a long new password' } });
    expect(await byEmail('newcomer@example.org')).toMatchObject({ name: 'Newcomer', createdAt: when, lastSignInAt: when });
  });

  it('gives null for a person without a display name', async () => {
    const passwordHash = await hashPassword('unused-password', { N: 1024, r: 8, p: 1 });
    await createUser(ctx.database.db, { email: 'nameless@example.org', name: '', passwordHash, isAdmin: false }, NOW);
    expect((await byEmail('nameless@example.org')).name).toBeNull();
  });

  it('answers a global admin signed in with the cookie too', async () => {
    const result = await call(ctx.app, 'GET', '/api/users', { session: await signIn(ctx.app, ctx.users.admin.email) });
    expect(result.status).toBe(200);
    expect(result.json.users.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses everyone else with 403 forbidden, by token and by cookie, and 401 without either', async () => {
    for (const who of ['researcherA', 'viewerA', 'researcherB'] as const) {
      const byToken = await call(ctx.app, 'GET', '/api/users', { token: ctx.tokens[who] });
      const byCookie = await call(ctx.app, 'GET', '/api/users', { session: await signIn(ctx.app, ctx.users[who].email) });
      for (const result of [byToken, byCookie]) {
        expect(result.status, who).toBe(403);
        expect(result.json).toEqual({ code: 'forbidden', message: 'Only a global admin can see everyone who has an account.' });
        expect(result.text).not.toContain('@example.org');
      }
    }
    const anonymous = await call(ctx.app, 'GET', '/api/users');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.code).toBe('unauthorized');
  });

  it('never sends a password hash', async () => {
    const result = await call(ctx.app, 'GET', '/api/users', { token: ctx.tokens.admin });
    expect(result.text).not.toMatch(/scrypt|password/i);
  });
});
