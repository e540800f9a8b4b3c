import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../helpers/answers';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

describe.each(DIALECTS)('consultation progress counts (%s)', (dialect) => {
  let ctx: TestContext;
  let consultation: Awaited<ReturnType<typeof launchConsultation>>;

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    consultation = await launchConsultation(ctx, { communities: ['Peel', 'Halton'], locales: ['en', 'fr'] });
    const peel = consultation.links.find((link) => link.community === 'Peel')!.slug;
    const halton = consultation.links.find((link) => link.community === 'Halton')!.slug;
    const answers = [
      [peel, { locale: 'en', channel: 'web' }],
      [peel, { locale: 'fr', channel: 'kiosk' }],
      [peel, { locale: 'fr', channel: 'phone' }],
      [halton, { locale: 'en', channel: 'kiosk' }],
    ] as const;
    for (const [slug, overrides] of answers) {
      const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: submission(overrides) });
      expect(result.status).toBe(201);
    }
  });
  afterAll(() => ctx?.close());

  it('counts responses per community, language, channel and day, listing offered values with none as 0', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/progress`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      total: 4,
      byCommunity: [{ key: 'Peel', n: 3 }, { key: 'Halton', n: 1 }],
      byLocale: [{ key: 'en', n: 2 }, { key: 'fr', n: 2 }],
      byChannel: [{ key: 'kiosk', n: 2 }, { key: 'phone', n: 1 }, { key: 'web', n: 1 }],
      byDay: [{ key: '2026-11-22', n: 4 }],
      reviewPending: 0,
    });
    expect(result.headers.get('cache-control')).toBe('no-store');
  });

  it('counts the answers waiting in the review queue, not those already reviewed', async () => {
    const stored = await ctx.database.db.selectFrom('responses').select('id').where('consultation_id', '=', consultation.id).execute();
    await ctx.database.db
      .insertInto('answer_reviews')
      .values([
        { response_id: stored[0]!.id, consultation_id: consultation.id, question: 'biggest_challenge', status: 'pending', reviewer: null, reviewed_at: null },
        { response_id: stored[1]!.id, consultation_id: consultation.id, question: 'biggest_challenge', status: 'pending', reviewer: null, reviewed_at: null },
        { response_id: stored[2]!.id, consultation_id: consultation.id, question: 'biggest_challenge', status: 'reviewed', reviewer: 'someone', reviewed_at: '2026-11-22T13:00:00.000Z' },
      ])
      .execute();
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/progress`, { token: ctx.tokens.researcherA });
    expect(result.json.reviewPending).toBe(2);
  });

  it('lets a viewer of the partnership read the counts, which hold no answer', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/progress`, { token: ctx.tokens.viewerA });
    expect(result.status).toBe(200);
    expect(result.json.total).toBe(4);
    expect(result.text).not.toContain('Finding an apartment');
  });

  it('refuses another partnership, a caller without credentials, and an unknown consultation', async () => {
    expect((await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/progress`, { token: ctx.tokens.researcherB })).status).toBe(403);
    expect((await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/progress`)).status).toBe(401);
    const unknown = await call(ctx.app, 'GET', '/api/consultations/no-such-id/progress', { token: ctx.tokens.admin });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('consultation_not_found');
  });

  it('shows a fresh consultation with every community at 0', async () => {
    const fresh = await launchConsultation(ctx, { communities: ['Peel', 'Halton'] });
    const result = await call(ctx.app, 'GET', `/api/consultations/${fresh.id}/progress`, { token: ctx.tokens.viewerA });
    expect(result.json.total).toBe(0);
    expect(result.json.byCommunity).toEqual([{ key: 'Peel', n: 0 }, { key: 'Halton', n: 0 }]);
    expect(result.json.byDay).toEqual([]);
  });
});
