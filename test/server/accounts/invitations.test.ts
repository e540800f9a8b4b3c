import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, NOW, PASSWORD, sessionCookieOf, signIn, type TestContext } from '../../helpers/test-app';

const DAY = 86_400_000;

describe.each(DIALECTS)('invitations on %s', (dialect) => {
  let ctx: TestContext;
  let now = NOW;
  const later = (ms: number) => {
    now = new Date(Date.parse(NOW) + ms).toISOString();
  };
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => now });
  });
  afterAll(() => ctx.close());

  const tokenOf = (link: string) => link.replace('/workspace/accept/', '');
  async function invite(email: string, role = 'researcher', partnership: 'a' | 'b' = 'a') {
    const session = await signIn(ctx.app, ctx.users[partnership === 'a' ? 'researcherA' : 'researcherB'].email);
    const result = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships[partnership]}/invitations`, { session, body: { email, role } });
    expect(result.status, result.text).toBe(201);
    return result.json as { id: string; email: string; role: string; expiresAt: string; link: string };
  }

  it('lets an invited newcomer create an account with a single-use link and signs them in', async () => {
    now = NOW;
    const invitation = await invite('New.Person@Example.org');
    expect(invitation).toMatchObject({ email: 'new.person@example.org', role: 'researcher', expiresAt: '2026-11-29T12:00:00.000Z' });
    expect(invitation.link).toMatch(/^\/workspace\/accept\/[A-Za-z0-9_-]{40,}$/);
    const token = tokenOf(invitation.link);

    const shown = await call(ctx.app, 'GET', `/api/invitations/${token}`);
    expect(shown.json).toEqual({ email: 'new.person@example.org', partnershipName: 'Peel-Halton LIP', role: 'researcher', expiresAt: invitation.expiresAt, hasAccount: false });

    const accepted = await call(ctx.app, 'POST', `/api/invitations/${token}/accept`, { body: { name: 'New Person', password: 'a long new password' } });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json.user).toMatchObject({ email: 'new.person@example.org', name: 'New Person' });
    expect(accepted.json.memberships).toEqual([{ partnershipId: ctx.partnerships.a, partnershipName: 'Peel-Halton LIP', role: 'researcher' }]);
    const cookie = sessionCookieOf(accepted.headers);
    expect((await call(ctx.app, 'GET', '/api/consultations', { session: { cookie, csrfToken: accepted.json.csrfToken } })).status).toBe(200);

    const reused = await call(ctx.app, 'POST', `/api/invitations/${token}/accept`, { body: { name: 'Someone else', password: 'another long password' } });
    expect(reused.status).toBe(410);
    expect(reused.json.code).toBe('invitation_used');
    expect((await call(ctx.app, 'GET', `/api/invitations/${token}`)).json.code).toBe('invitation_used');
    await expect(signIn(ctx.app, 'new.person@example.org', 'a long new password')).resolves.toBeTruthy();
  });

  it('lets only one of two simultaneous acceptances of a link through', async () => {
    now = NOW;
    const invitation = await invite('racer@example.org', 'viewer');
    const accept = () => call(ctx.app, 'POST', `/api/invitations/${tokenOf(invitation.link)}/accept`, { body: { name: 'Racer', password: 'a long new password' } });
    const statuses = (await Promise.all([accept(), accept()])).map((result) => result.status).sort();
    expect(statuses).toEqual([200, 410]);
    const admin = await signIn(ctx.app, ctx.users.admin.email);
    const people = await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}/people`, { session: admin });
    expect(people.json.people.filter((p: { email: string }) => p.email === 'racer@example.org')).toHaveLength(1);
  });

  it('refuses an invitation link after it expires', async () => {
    now = NOW;
    const invitation = await invite('late@example.org', 'viewer');
    later(7 * DAY + 1000);
    const result = await call(ctx.app, 'POST', `/api/invitations/${tokenOf(invitation.link)}/accept`, { body: { name: 'Late', password: 'a long new password' } });
    expect(result.status).toBe(410);
    expect(result.json.code).toBe('invitation_expired');
    expect(result.json.message).toMatch(/expired on 2026-11-29/);
    now = NOW;
  });

  it('answers 404 for an unknown link, and for an invitation withdrawn by the partnership', async () => {
    now = NOW;
    expect((await call(ctx.app, 'GET', '/api/invitations/not-a-real-token')).status).toBe(404);
    const invitation = await invite('withdrawn@example.org', 'viewer');
    const session = await signIn(ctx.app, ctx.users.researcherA.email);
    const listed = await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}/invitations`, { session });
    expect(listed.json.invitations.map((i: { id: string }) => i.id)).toContain(invitation.id);
    expect(JSON.stringify(listed.json)).not.toContain(tokenOf(invitation.link));
    expect((await call(ctx.app, 'DELETE', `/api/partnerships/${ctx.partnerships.a}/invitations/${invitation.id}`, { session })).status).toBe(204);
    const gone = await call(ctx.app, 'POST', `/api/invitations/${tokenOf(invitation.link)}/accept`, { body: { name: 'W', password: 'a long new password' } });
    expect(gone.status).toBe(404);
    expect(gone.json.code).toBe('invitation_not_found');
  });

  it('adds a partnership to an existing account when its holder accepts with their current password', async () => {
    now = NOW;
    const invitation = await invite(ctx.users.viewerA.email, 'viewer', 'b');
    const token = tokenOf(invitation.link);
    expect((await call(ctx.app, 'GET', `/api/invitations/${token}`)).json.hasAccount).toBe(true);
    const wrong = await call(ctx.app, 'POST', `/api/invitations/${token}/accept`, { body: { password: 'not my password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.json.code).toBe('invalid_credentials');
    const accepted = await call(ctx.app, 'POST', `/api/invitations/${token}/accept`, { body: { password: PASSWORD } });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json.memberships.map((m: { partnershipId: string; role: string }) => [m.partnershipId, m.role]).sort()).toEqual(
      [
        [ctx.partnerships.a, 'viewer'],
        [ctx.partnerships.b, 'viewer'],
      ].sort(),
    );
    const session = { cookie: sessionCookieOf(accepted.headers), csrfToken: accepted.json.csrfToken };
    const consultations = await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.b}`, { session });
    expect(consultations.status).toBe(200);
  });

  it('asks a new account for a name and a long enough password', async () => {
    now = NOW;
    const invitation = await invite('short@example.org', 'viewer');
    const result = await call(ctx.app, 'POST', `/api/invitations/${tokenOf(invitation.link)}/accept`, { body: { password: 'short' } });
    expect(result.status).toBe(400);
    expect(result.json.fields.map((f: { field: string }) => f.field).sort()).toEqual(['name', 'password']);
    expect((await call(ctx.app, 'GET', `/api/invitations/${tokenOf(invitation.link)}`)).status).toBe(200);
  });

  it('lists the people of a partnership and lets a researcher change roles up to their own', async () => {
    now = NOW;
    const session = await signIn(ctx.app, ctx.users.researcherA.email);
    const people = await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}/people`, { session });
    expect(people.json.people).toEqual(
      expect.arrayContaining([
        { userId: ctx.users.researcherA.id, email: ctx.users.researcherA.email, name: 'researcherA', role: 'researcher' },
        { userId: ctx.users.viewerA.id, email: ctx.users.viewerA.email, name: 'viewerA', role: 'viewer' },
      ]),
    );
    expect(people.json.people.map((p: { userId: string }) => p.userId)).not.toContain(ctx.users.researcherB.id);
    const toAdmin = await call(ctx.app, 'PATCH', `/api/partnerships/${ctx.partnerships.a}/people/${ctx.users.viewerA.id}`, { session, body: { role: 'admin' } });
    expect(toAdmin.status).toBe(403);
    const outsider = await call(ctx.app, 'PATCH', `/api/partnerships/${ctx.partnerships.a}/people/${ctx.users.researcherB.id}`, { session, body: { role: 'viewer' } });
    expect(outsider.status).toBe(404);
    const viewer = await signIn(ctx.app, ctx.users.viewerA.email);
    expect((await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}/people`, { session: viewer })).status).toBe(403);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: viewer })).json.user.email).toBe(ctx.users.viewerA.email);
  });

  it('takes a removed person out of the partnership at once, session or not', async () => {
    now = NOW;
    const invitation = await invite('leaving@example.org', 'viewer');
    const accepted = await call(ctx.app, 'POST', `/api/invitations/${tokenOf(invitation.link)}/accept`, { body: { name: 'Leaving', password: 'a long new password' } });
    const leaving = { cookie: sessionCookieOf(accepted.headers), csrfToken: accepted.json.csrfToken };
    expect((await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}`, { session: leaving })).status).toBe(200);
    const admin = await signIn(ctx.app, ctx.users.admin.email);
    expect((await call(ctx.app, 'DELETE', `/api/partnerships/${ctx.partnerships.a}/people/${accepted.json.user.id}`, { session: admin })).status).toBe(204);
    expect((await call(ctx.app, 'GET', `/api/partnerships/${ctx.partnerships.a}`, { session: leaving })).status).toBe(403);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: leaving })).json.memberships).toEqual([]);
  });
});
