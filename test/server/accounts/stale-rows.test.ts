import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, NOW, signIn, type TestContext } from '../../helpers/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Rows that hold a secret's hash or an email address go once they serve nobody: ended sessions
 * and throttle windows at the next sign-in, used or expired links 30 days after they ended.
 */
describe.each(DIALECTS)('ended account rows are swept on %s', (dialect) => {
  let ctx: TestContext;
  let now = NOW;
  const at = (ms: number) => {
    now = new Date(Date.parse(NOW) + ms).toISOString();
  };
  const rows = async (table: 'sessions' | 'sign_in_throttle' | 'password_resets' | 'invitations') =>
    Number((await ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const tokenOf = (link: string) => link.split('/').pop()!;

  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => now });
  });
  afterAll(() => ctx.close());

  it('keeps what is live, then deletes what ended, and tells a late visitor the link expired until then', async () => {
    at(0);
    const researcher = await signIn(ctx.app, ctx.users.researcherA.email);
    const invite = async (email: string) => {
      const result = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships.a}/invitations`, { session: researcher, body: { email, role: 'viewer' } });
      expect(result.status, result.text).toBe(201);
      return result.json as { id: string; link: string };
    };
    const accepted = await invite('accepted@example.org');
    expect((await call(ctx.app, 'POST', `/api/invitations/${tokenOf(accepted.link)}/accept`, { body: { name: 'A', password: 'a long new password' } })).status).toBe(200);
    const ignored = await invite('ignored@example.org');
    const reset = await call(ctx.app, 'POST', `/api/users/${ctx.users.viewerA.id}/password-reset`, { session: researcher });
    expect(reset.status).toBe(201);
    expect((await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: 'nobody@example.org', password: 'wrong password' } })).status).toBe(401);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: ctx.users.viewerA.email, password: 'wrong password' } });
    }
    expect(await rows('sign_in_throttle')).toBe(2);
    const sessionsAtStart = await rows('sessions');
    expect(sessionsAtStart).toBeGreaterThanOrEqual(2);

    // Eight days on: the sessions and the finished throttle window go; the blocked account's row
    // went too, its block being over; the links stay, and say they expired.
    at(8 * DAY);
    await signIn(ctx.app, ctx.users.admin.email);
    expect(await rows('sessions')).toBe(1);
    expect(await rows('sign_in_throttle')).toBe(0);
    expect(await rows('invitations')).toBe(2);
    expect(await rows('password_resets')).toBe(1);
    expect((await call(ctx.app, 'GET', `/api/invitations/${tokenOf(ignored.link)}`)).json.code).toBe('invitation_expired');
    const lateReset = await call(ctx.app, 'POST', `/api/password-resets/${tokenOf(reset.json.link)}`, { body: { password: 'a brand new password' } });
    expect(lateReset.json.code).toBe('reset_expired');

    // Thirty-eight days on: both invitations and the reset link ended over 30 days ago.
    at(38 * DAY);
    const fresh = await signIn(ctx.app, ctx.users.researcherA.email);
    const live = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships.a}/invitations`, { session: fresh, body: { email: 'live@example.org', role: 'viewer' } });
    expect(live.status).toBe(201);
    at(38 * DAY + 2 * HOUR);
    await signIn(ctx.app, ctx.users.viewerA.email);
    const listed = await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}/invitations`, { session: await signIn(ctx.app, ctx.users.researcherA.email) });
    expect(listed.json.invitations.map((i: { email: string }) => i.email)).toEqual(['live@example.org']);
    expect(await rows('password_resets')).toBe(0);
    expect((await call(ctx.app, 'GET', `/api/invitations/${tokenOf(ignored.link)}`)).status).toBe(404);
  });

  it('keeps a throttle row while its account is still held', async () => {
    at(100 * DAY);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: ctx.users.researcherB.email, password: 'wrong password' } });
    }
    at(100 * DAY + 14 * 60_000);
    await signIn(ctx.app, ctx.users.admin.email);
    expect(await rows('sign_in_throttle')).toBe(1);
  });
});
