import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/accounts/passwords';
import { createUser, setRole } from '../../server/accounts/users.repository';
import { issueToken } from '../../server/auth/tokens.repository';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, launchConsultation, NOW, signIn, type BrowserSession, type Person, type TestContext } from '../helpers/test-app';

type Who = 'admin' | 'researcherA' | 'viewerA' | 'researcherB' | 'anonymous';
const EVERYONE: Who[] = ['admin', 'researcherA', 'viewerA', 'researcherB', 'anonymous'];

interface RouteCase {
  name: string;
  allowed: Who[];
  /** Builds a fresh request, so every role meets the route in the same state. */
  request(ctx: TestContext): Promise<{ method: string; path: string; body?: unknown }>;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;
const tinySurvey = { pages: [{ name: 'p', elements: [{ type: 'text', name: 'q' }] }] };

const ROUTES: RouteCase[] = [
  { name: 'GET /api/partnerships', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/partnerships' }) },
  { name: 'POST /api/partnerships', allowed: ['admin'], request: async () => ({ method: 'POST', path: '/api/partnerships', body: { name: unique('LIP'), communities: ['X'] } }) },
  { name: 'GET /api/partnerships/:id', allowed: ['admin', 'researcherA', 'viewerA'], request: async (ctx) => ({ method: 'GET', path: `/api/partnerships/${ctx.partnerships.a}` }) },
  {
    name: 'POST /api/partnerships/:id/members',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: `/api/partnerships/${ctx.partnerships.a}/members`, body: { organization: unique('Org'), sector: 'employer' } }),
  },
  {
    name: "POST /api/tokens (a partnership's viewer token)",
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: '/api/tokens', body: { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'x' } }),
  },
  { name: 'POST /api/tokens (an admin token)', allowed: ['admin'], request: async () => ({ method: 'POST', path: '/api/tokens', body: { role: 'admin', label: 'x', expiresInDays: 1 } }) },
  { name: 'GET /api/tokens', allowed: ['admin', 'researcherA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/tokens' }) },
  {
    name: "DELETE /api/tokens/:id (a partnership's token)",
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'DELETE', path: `/api/tokens/${(await issueToken(ctx.database.db, { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'to revoke' }, NOW)).id}` }),
  },
  {
    name: 'DELETE /api/tokens/:id (an admin token)',
    allowed: ['admin'],
    request: async (ctx) => ({ method: 'DELETE', path: `/api/tokens/${(await issueToken(ctx.database.db, { role: 'admin', partnershipId: null, label: 'to revoke' }, NOW)).id}` }),
  },
  { name: 'GET /api/tokens/me', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/tokens/me' }) },
  { name: 'GET /api/partnerships/:id/people', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/partnerships/${ctx.partnerships.a}/people` }) },
  {
    name: 'PATCH /api/partnerships/:id/people/:userId',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'PATCH', path: `/api/partnerships/${ctx.partnerships.a}/people/${await person(ctx, 'viewer')}`, body: { role: 'researcher' } }),
  },
  {
    name: 'PATCH /api/partnerships/:id/people/:userId (to admin)',
    allowed: ['admin'],
    request: async (ctx) => ({ method: 'PATCH', path: `/api/partnerships/${ctx.partnerships.a}/people/${await person(ctx, 'viewer')}`, body: { role: 'admin' } }),
  },
  {
    name: 'DELETE /api/partnerships/:id/people/:userId',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'DELETE', path: `/api/partnerships/${ctx.partnerships.a}/people/${await person(ctx, 'viewer')}` }),
  },
  {
    name: 'POST /api/partnerships/:id/invitations',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: `/api/partnerships/${ctx.partnerships.a}/invitations`, body: { email: `${unique('new')}@example.org`, role: 'researcher' } }),
  },
  {
    name: 'POST /api/partnerships/:id/invitations (as admin of the partnership)',
    allowed: ['admin'],
    request: async (ctx) => ({ method: 'POST', path: `/api/partnerships/${ctx.partnerships.a}/invitations`, body: { email: `${unique('new')}@example.org`, role: 'admin' } }),
  },
  { name: 'GET /api/partnerships/:id/invitations', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/partnerships/${ctx.partnerships.a}/invitations` }) },
  {
    name: 'DELETE /api/partnerships/:id/invitations/:invitationId',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => {
      const invited = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships.a}/invitations`, { token: ctx.tokens.admin, body: { email: `${unique('x')}@example.org`, role: 'viewer' } });
      return { method: 'DELETE', path: `/api/partnerships/${ctx.partnerships.a}/invitations/${invited.json.id}` };
    },
  },
  { name: 'GET /api/users', allowed: ['admin'], request: async () => ({ method: 'GET', path: '/api/users' }) },
  {
    name: "POST /api/users/:userId/password-reset (a viewer's)",
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: `/api/users/${await person(ctx, 'viewer')}/password-reset` }),
  },
  {
    name: "POST /api/users/:userId/password-reset (an admin's)",
    allowed: ['admin'],
    request: async (ctx) => ({ method: 'POST', path: `/api/users/${ctx.users.admin.id}/password-reset` }),
  },
  { name: 'GET /api/questionnaires', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/questionnaires' }) },
  {
    name: "POST /api/questionnaires (a partnership's)",
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: '/api/questionnaires', body: { key: unique('q'), title: 'Q', partnershipId: ctx.partnerships.a } }),
  },
  {
    name: 'POST /api/questionnaires/:id/versions (shared questionnaire)',
    allowed: ['admin'],
    request: async () => ({ method: 'POST', path: '/api/questionnaires/newcomer-needs/versions', body: { survey: tinySurvey } }),
  },
  {
    name: "POST /api/questionnaires/:id/versions/:n/publish (a partnership's)",
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => {
      const key = unique('pub');
      await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.admin, body: { key, title: 'Q', partnershipId: ctx.partnerships.a, survey: tinySurvey } });
      return { method: 'POST', path: `/api/questionnaires/${key}/versions/1/publish` };
    },
  },
  {
    name: "GET /api/questionnaires/:id (a partnership's)",
    allowed: ['admin', 'researcherA', 'viewerA'],
    request: async (ctx) => {
      const key = unique('read');
      await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.admin, body: { key, title: 'Q', partnershipId: ctx.partnerships.a } });
      return { method: 'GET', path: `/api/questionnaires/${key}` };
    },
  },
  { name: 'GET /api/consultations', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/consultations' }) },
  {
    name: 'POST /api/consultations',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({
      method: 'POST',
      path: '/api/consultations',
      body: { partnershipId: ctx.partnerships.a, questionnaire: 'newcomer-needs', title: 'C', audience: 'newcomers', wave: '2026' },
    }),
  },
  { name: 'GET /api/consultations/:id', allowed: ['admin', 'researcherA', 'viewerA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}` }) },
  {
    name: 'POST /api/consultations/:id/status',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: `/api/consultations/${(await launchConsultation(ctx)).id}/status`, body: { status: 'paused' } }),
  },
  { name: 'GET /api/consultations/:id/responses', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}/responses` }) },
  { name: 'GET /api/consultations/:id/export.csv', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}/export.csv` }) },
  { name: 'GET /api/consultations/:id/export.json', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}/export.json` }) },
  { name: 'POST /api/consultations/:id/coding/run', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'POST', path: `/api/consultations/${(await launchConsultation(ctx)).id}/coding/run` }) },
  { name: 'GET /api/consultations/:id/review', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}/review` }) },
  { name: 'GET /api/consultations/:id/agreement', allowed: ['admin', 'researcherA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}/agreement` }) },
  { name: 'GET /api/consultations/:id/progress', allowed: ['admin', 'researcherA', 'viewerA'], request: async (ctx) => ({ method: 'GET', path: `/api/consultations/${(await launchConsultation(ctx)).id}/progress` }) },
  {
    name: 'POST /api/consultations/:id/review/bulk-accept',
    allowed: ['admin', 'researcherA'],
    request: async (ctx) => ({ method: 'POST', path: `/api/consultations/${(await launchConsultation(ctx)).id}/review/bulk-accept`, body: { minConfidence: 0.9 } }),
  },
  {
    name: 'POST /api/questionnaires/check',
    allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'],
    request: async () => ({ method: 'POST', path: '/api/questionnaires/check', body: { survey: tinySurvey } }),
  },
  {
    name: 'POST /api/questionnaires/theme-suggestions',
    allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'],
    request: async () => ({ method: 'POST', path: '/api/questionnaires/theme-suggestions', body: { survey: tinySurvey } }),
  },
  { name: 'GET /api/analysis/compare', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/analysis/compare' }) },
  { name: 'GET /api/analysis/gap', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/analysis/gap' }) },
  { name: 'GET /api/analysis/summary', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/analysis/summary' }) },
  {
    name: 'GET /api/analysis/report',
    allowed: ['admin', 'researcherA', 'viewerA'],
    request: async (ctx) => ({ method: 'GET', path: `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2026` }),
  },
];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A fresh person of partnership A, so changing or removing them leaves the test people alone. */
async function person(ctx: TestContext, role: 'researcher' | 'viewer'): Promise<string> {
  const created = await createUser(ctx.database.db, { email: `${unique('p')}@example.org`, name: 'P', passwordHash: await hashPassword('unused-password', { N: 1024, r: 8, p: 1 }), isAdmin: false }, NOW);
  await setRole(ctx.database.db, created.id, ctx.partnerships.a, role, NOW);
  return created.id;
}

describe.each(DIALECTS)('roles on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(() => ctx.close());

  const token = (who: Who) => (who === 'anonymous' ? undefined : ctx.tokens[who]);

  const sessions = {} as Record<Person, BrowserSession>;
  beforeAll(async () => {
    for (const who of ['admin', 'researcherA', 'viewerA', 'researcherB'] as const) sessions[who] = await signIn(ctx.app, ctx.users[who].email);
  });

  function expectOutcome(route: RouteCase, who: Who, result: Awaited<ReturnType<typeof call>>) {
    if (route.allowed.includes(who)) {
      expect(result.status, result.text).toBeLessThan(300);
    } else {
      expect(result.status, result.text).toBe(who === 'anonymous' ? 401 : 403);
      expect(result.json.code).toBe(who === 'anonymous' ? 'unauthorized' : 'forbidden');
      expect(result.json.message).toBeTruthy();
    }
  }

  describe.each(ROUTES)('$name', (route) => {
    it.each(EVERYONE)('with a bearer token, as %s', async (who) => {
      const request = await route.request(ctx);
      const result = await call(ctx.app, request.method, request.path, { ...(token(who) && { token: token(who) }), ...(request.body !== undefined && { body: request.body }) });
      expectOutcome(route, who, result);
    });

    it.each(EVERYONE)('signed in with the session cookie and its CSRF token, as %s', async (who) => {
      const request = await route.request(ctx);
      const session = who === 'anonymous' ? undefined : sessions[who];
      const result = await call(ctx.app, request.method, request.path, { ...(session && { session }), ...(request.body !== undefined && { body: request.body }) });
      expectOutcome(route, who, result);
    });

    if (UNSAFE.has(route.name.split(' ')[0]!)) {
      it.each(['admin', 'researcherA', 'viewerA', 'researcherB'] as const)('refuses the cookie without the CSRF token, or from another site, as %s', async (who) => {
        const request = await route.request(ctx);
        const body = request.body !== undefined ? { body: request.body } : {};
        const noToken = await call(ctx.app, request.method, request.path, { session: sessions[who], csrf: false, ...body });
        expect(noToken.status).toBe(403);
        expect(noToken.json.code).toBe('csrf_failed');
        const crossSite = await call(ctx.app, request.method, request.path, { session: sessions[who], headers: { origin: 'https://attacker.example' }, ...body });
        expect(crossSite.status).toBe(403);
        expect(crossSite.json.code).toBe('csrf_failed');
      });
    }
  });

  it('refuses a token that is not recognised', async () => {
    const result = await call(ctx.app, 'GET', '/api/consultations', { token: 'tsr_not-a-real-token' });
    expect(result.status).toBe(401);
  });

  it("lists only the caller's own partnership's consultations, each with its public slug", async () => {
    const mine = await launchConsultation(ctx, { partnership: 'a' });
    const theirs = await launchConsultation(ctx, { partnership: 'b' });
    const listed = await call(ctx.app, 'GET', '/api/consultations', { token: ctx.tokens.researcherB });
    const ids = listed.json.consultations.map((c: { id: string }) => c.id);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(mine.id);
    expect(listed.json.consultations[0].slug).toMatch(/^[a-z0-9-]+$/);
    const all = await call(ctx.app, 'GET', '/api/consultations', { token: ctx.tokens.admin });
    expect(all.json.consultations.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it("keeps one partnership's questionnaires out of another's consultations", async () => {
    const key = unique('private');
    await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key, title: 'Q', survey: tinySurvey } });
    await call(ctx.app, 'POST', `/api/questionnaires/${key}/versions/1/publish`, { token: ctx.tokens.researcherA });
    const result = await call(ctx.app, 'POST', '/api/consultations', {
      token: ctx.tokens.researcherB,
      body: { partnershipId: ctx.partnerships.b, questionnaire: key, title: 'C', audience: 'newcomers', wave: '2026' },
    });
    expect(result.status).toBe(404);
  });
});
