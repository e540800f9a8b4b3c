import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, PASSWORD, signIn, type TestContext } from '../../helpers/test-app';

describe.each(DIALECTS)('signing in on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(() => ctx.close());

  it('signs in with email and password, sets an HttpOnly SameSite=Lax cookie and returns the session', async () => {
    const result = await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: 'ResearcherA@Example.org ', password: PASSWORD } });
    expect(result.status, result.text).toBe(200);
    const cookie = result.headers.getSetCookie().find((line) => line.startsWith('tessera_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.json).toEqual({
      user: { id: ctx.users.researcherA.id, email: 'researchera@example.org', name: 'researcherA', locale: 'en' },
      isAdmin: false,
      memberships: [{ partnershipId: ctx.partnerships.a, partnershipName: 'Peel-Halton LIP', role: 'researcher' }],
      csrfToken: expect.any(String),
    });
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const response = await ctx.app.request('https://tessera.example/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ctx.users.viewerA.email, password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join('\n')).toMatch(/tessera_session=[^;]+;.*Secure/);
  });

  it('answers 401 invalid_credentials for a wrong password and for an unknown email alike', async () => {
    const wrong = await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: ctx.users.researcherB.email, password: 'not the password' } });
    const unknown = await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email: 'nobody@example.org', password: PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
    expect(wrong.json.code).toBe('invalid_credentials');
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('returns the session for the cookie, and 401 without one', async () => {
    const session = await signIn(ctx.app, ctx.users.admin.email);
    const current = await call(ctx.app, 'GET', '/api/auth/session', { session });
    expect(current.status).toBe(200);
    expect(current.json.isAdmin).toBe(true);
    expect(current.json.csrfToken).toBe(session.csrfToken);
    const anonymous = await call(ctx.app, 'GET', '/api/auth/session');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.code).toBe('unauthorized');
  });

  it('remembers the language chosen, for the next sign-in too', async () => {
    const session = await signIn(ctx.app, ctx.users.viewerA.email);
    const changed = await call(ctx.app, 'PATCH', '/api/auth/session', { session, body: { locale: 'fr' } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json.user.locale).toBe('fr');
    const again = await signIn(ctx.app, ctx.users.viewerA.email);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: again })).json.user.locale).toBe('fr');
    await call(ctx.app, 'PATCH', '/api/auth/session', { session, body: { locale: 'en' } });
  });

  it('lets a signed-in researcher use the API routes of their partnership with the cookie', async () => {
    const session = await signIn(ctx.app, ctx.users.researcherA.email);
    const created = await call(ctx.app, 'POST', '/api/consultations', {
      session,
      body: { partnershipId: ctx.partnerships.a, questionnaire: 'newcomer-needs', title: 'By cookie', audience: 'newcomers', wave: '2026' },
    });
    expect(created.status, created.text).toBe(201);
    const listed = await call(ctx.app, 'GET', '/api/consultations', { session });
    expect(listed.json.consultations.map((c: { id: string }) => c.id)).toContain(created.json.id);
    const elsewhere = await call(ctx.app, 'POST', '/api/consultations', {
      session,
      body: { partnershipId: ctx.partnerships.b, questionnaire: 'newcomer-needs', title: 'Not mine', audience: 'newcomers', wave: '2026' },
    });
    expect(elsewhere.status).toBe(403);
  });

  it('refuses a cookie-authenticated change without the CSRF token, or from another site', async () => {
    const session = await signIn(ctx.app, ctx.users.researcherA.email);
    const body = { partnershipId: ctx.partnerships.a, questionnaire: 'newcomer-needs', title: 'Forged', audience: 'newcomers', wave: '2026' };
    const missing = await call(ctx.app, 'POST', '/api/consultations', { session, csrf: false, body });
    expect(missing.status).toBe(403);
    expect(missing.json.code).toBe('csrf_failed');
    const wrong = await call(ctx.app, 'POST', '/api/consultations', { session: { ...session, csrfToken: 'guess' }, body });
    expect(wrong.json.code).toBe('csrf_failed');
    const crossSite = await call(ctx.app, 'POST', '/api/consultations', { session, body, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json.code).toBe('csrf_failed');
    const sameSite = await call(ctx.app, 'POST', '/api/consultations', { session, body, headers: { origin: 'http://localhost', host: 'localhost' } });
    expect(sameSite.status, sameSite.text).toBe(201);
    const reads = await call(ctx.app, 'GET', '/api/consultations', { session, csrf: false });
    expect(reads.status).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const result = await call(ctx.app, 'POST', '/api/auth/sign-in', {
      body: { email: ctx.users.viewerA.email, password: PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(result.status).toBe(403);
    expect(result.json.code).toBe('csrf_failed');
  });

  it('ends the session on sign-out, and every session on sign-out-everywhere', async () => {
    const first = await signIn(ctx.app, ctx.users.researcherB.email);
    const second = await signIn(ctx.app, ctx.users.researcherB.email);
    const third = await signIn(ctx.app, ctx.users.researcherB.email);
    expect((await call(ctx.app, 'POST', '/api/auth/sign-out', { session: first, csrf: false })).status).toBe(403);
    const out = await call(ctx.app, 'POST', '/api/auth/sign-out', { session: first });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/tessera_session=;/);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: first })).status).toBe(401);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: second })).status).toBe(200);
    expect((await call(ctx.app, 'POST', '/api/auth/sign-out-everywhere', { session: second })).status).toBe(204);
    expect((await call(ctx.app, 'GET', '/api/auth/session', { session: second })).status).toBe(401);
    expect((await call(ctx.app, 'GET', '/api/consultations', { session: third })).status).toBe(401);
  });

  it('keeps a session valid on a second instance sharing the database', async () => {
    const session = await signIn(ctx.app, ctx.users.viewerA.email);
    const other = ctx.secondInstance();
    expect((await call(other, 'GET', '/api/auth/session', { session })).status).toBe(200);
  });
});
