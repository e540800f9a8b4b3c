import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

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
  { name: 'POST /api/tokens', allowed: ['admin'], request: async (ctx) => ({ method: 'POST', path: '/api/tokens', body: { role: 'viewer', partnershipId: ctx.partnerships.a, label: 'x' } }) },
  { name: 'GET /api/tokens/me', allowed: ['admin', 'researcherA', 'viewerA', 'researcherB'], request: async () => ({ method: 'GET', path: '/api/tokens/me' }) },
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
];

describe.each(DIALECTS)('roles on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(() => ctx.close());

  const token = (who: Who) => (who === 'anonymous' ? undefined : ctx.tokens[who]);

  describe.each(ROUTES)('$name', (route) => {
    it.each(EVERYONE)('as %s', async (who) => {
      const request = await route.request(ctx);
      const result = await call(ctx.app, request.method, request.path, { ...(token(who) && { token: token(who) }), ...(request.body !== undefined && { body: request.body }) });
      if (route.allowed.includes(who)) {
        expect(result.status, result.text).toBeLessThan(300);
      } else {
        expect(result.status).toBe(who === 'anonymous' ? 401 : 403);
        expect(result.json.code).toBe(who === 'anonymous' ? 'unauthorized' : 'forbidden');
        expect(result.json.message).toBeTruthy();
      }
    });
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
