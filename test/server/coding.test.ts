import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { submission } from '../helpers/answers';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

const base = { time_in_canada: 'years_1_to_3' };

describe.each(DIALECTS)('coding, review and summaries on %s', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: Record<string, string> = {};

  const summary = async (query: string, token = ctx.tokens.researcherA) => {
    const result = await call(ctx.app, 'GET', `/api/analysis/summary?partnershipId=${ctx.partnerships.a}&${query}`, { token });
    expect(result.status, result.text).toBe(200);
    return result.json;
  };
  const share = (json: any, theme: string) => json.summary.themes.find((t: { theme: string }) => t.theme === theme);

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx);
    consultationId = consultation.id;
    const responses: Record<string, Record<string, unknown>> = {
      peelJobApartment: { community: 'Peel', answers: { ...base, needs: ['find_job'], top_priorities: ['find_job'], biggest_challenge: 'Finding an apartment I can afford, the rent is too high' } },
      peelTransit: { community: 'Peel', answers: { ...base, needs: ['getting_around'], top_priorities: ['getting_around'] } },
      haltonBoth: { community: 'Halton', answers: { ...base, needs: ['find_job', 'getting_around'], top_priorities: ['getting_around'], biggest_challenge: 'nothing' } },
      haltonUnclear: { community: 'Halton', answers: { ...base, more_welcoming: 'xqzt vbnm plork' } },
    };
    for (const [name, body] of Object.entries(responses)) {
      const sent = submission(body);
      ids[name] = sent.id;
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: sent })).status).toBe(201);
    }
  });
  afterAll(() => ctx.close());

  it('codes every new response once', async () => {
    const first = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/coding/run`, { token: ctx.tokens.researcherA });
    expect(first.json).toEqual({ coded: 4 });
    const again = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/coding/run`, { token: ctx.tokens.researcherA });
    expect(again.json).toEqual({ coded: 0 });
  });

  it('counts closed answers from the themes their choices carry', async () => {
    const closed = await summary('source=closed');
    expect(closed.summary.respondents).toBe(4);
    expect(share(closed, 'employment').n).toBe(2);
    expect(share(closed, 'transportation').n).toBe(2);
    expect(share(closed, 'housing').n).toBe(0);
    expect(share(closed, 'employment').share).toBeCloseTo(0.5);
    expect(share(closed, 'employment').interval.lower).toBeLessThan(0.5);
    expect(share(closed, 'employment').rank).toBe(1);
  });

  it('codes open answers and counts each respondent once per theme when combined', async () => {
    const open = await summary('source=open');
    expect(share(open, 'housing').n).toBe(1);
    expect(share(open, 'employment').n).toBe(0);
    const combined = await summary('source=combined');
    expect(share(combined, 'employment').n).toBe(2);
    expect(share(combined, 'housing').n).toBe(1);
  });

  it('slices by community', async () => {
    const halton = await summary('community=Halton&source=closed');
    expect(halton.summary.respondents).toBe(2);
    expect(share(halton, 'transportation').n).toBe(1);
  });

  it('compares communities with a test per theme', async () => {
    const result = await call(ctx.app, 'GET', `/api/analysis/compare?partnershipId=${ctx.partnerships.a}&by=community&source=closed`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    expect(result.json.comparison.groups).toEqual([
      { group: 'Halton', respondents: 2 },
      { group: 'Peel', respondents: 2 },
    ]);
    const transit = result.json.comparison.themes.find((t: { theme: string }) => t.theme === 'transportation');
    expect(transit.groups.map((g: { n: number }) => g.n)).toEqual([1, 1]);
  });

  it('puts answers the coder could not code in the review queue, and applies a reviewer’s codes', async () => {
    const queue = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review`, { token: ctx.tokens.researcherA });
    const item = queue.json.items.find((i: { responseId: string }) => i.responseId === ids.haltonUnclear);
    expect(item).toMatchObject({ question: 'more_welcoming', text: 'xqzt vbnm plork', community: 'Halton' });
    const decided = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review`, {
      token: ctx.tokens.researcherA,
      body: { responseId: ids.haltonUnclear, question: 'more_welcoming', decisions: [{ action: 'add', theme: 'social_inclusion' }] },
    });
    expect(decided.status).toBe(200);
    const after = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review`, { token: ctx.tokens.researcherA });
    expect(after.json.items.map((i: { responseId: string }) => i.responseId)).not.toContain(ids.haltonUnclear);
    expect(share(await summary('source=open'), 'social_inclusion').n).toBe(1);
  });

  it('lets a reviewer reject a machine code, and the human code wins', async () => {
    await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review`, {
      token: ctx.tokens.researcherA,
      body: { responseId: ids.peelJobApartment, question: 'biggest_challenge', decisions: [{ action: 'reject', theme: 'housing' }] },
    });
    expect(share(await summary('source=open'), 'housing').n).toBe(0);
    const agreement = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/agreement`, { token: ctx.tokens.researcherA });
    expect(agreement.json.machineVsHuman.answers).toBe(2);
  });

  it('keeps the aggregate counts equal to a recount of every respondent’s themes', async () => {
    const { db } = ctx.database;
    const recount = await db
      .selectFrom('response_themes')
      .select(['community', 'theme', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(closed)`.as('closed'), sql<number>`sum(open)`.as('open')])
      .groupBy(['community', 'theme'])
      .execute();
    const stored = await db.selectFrom('theme_counts').select(['community', 'theme', 'n_any', 'n_closed', 'n_open']).where('n_any', '>', 0).execute();
    const key = (r: { community: string; theme: string }) => `${r.community}/${r.theme}`;
    expect(Object.fromEntries(stored.map((r) => [key(r), [Number(r.n_any), Number(r.n_closed), Number(r.n_open)]]))).toEqual(
      Object.fromEntries(recount.map((r) => [key(r), [Number(r.n), Number(r.closed), Number(r.open)]])),
    );
  });

  it('suppresses small cells for callers outside the partnership', async () => {
    const outside = await summary('source=closed', ctx.tokens.researcherB);
    expect(outside.suppressed).toBe(true);
    expect(outside.summary.respondents).toBeNull();
    expect(share(outside, 'employment')).toMatchObject({ n: null, share: null, suppressed: true });
    const viewer = await summary('source=closed', ctx.tokens.viewerA);
    expect(viewer.suppressed).toBe(false);
    expect(share(viewer, 'employment').n).toBe(2);
  });

  it('keeps open answers from viewers and other partnerships', async () => {
    for (const token of [ctx.tokens.viewerA, ctx.tokens.researcherB]) {
      expect((await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review`, { token })).status).toBe(403);
      expect((await call(ctx.app, 'POST', `/api/consultations/${consultationId}/coding/run`, { token })).status).toBe(403);
    }
  });
});
