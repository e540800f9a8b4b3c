import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { submission } from '../helpers/answers';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

const base = { time_in_canada: 'years_1_to_3' };
// What the coder makes of them (checked with analysis/coding's createCoder and splitSuggestions):
// one doubtful theme at 0.32 and nothing accepted, one at 0.15 next to confident codes, and
// nothing at all.
const TEXTS = {
  english: 'I need a job and the evening classes are always full',
  linc: 'ESL at night',
  winter: 'The winter, honestly.',
};

describe.each(DIALECTS)('the review queue on %s', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: Record<string, string> = {};
  const queue = async (token: string, query = '') => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review?limit=50${query}`, { token });
    expect(result.status, result.text).toBe(200);
    return result.json as {
      items: Array<{ responseId: string; text: string; suggestions: { theme: string; confidence: number }[]; decisions: { name: string; mine: boolean; theme: string; action: string }[] }>;
      pending: number;
      secondPending: number;
    };
  };

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx, { communities: ['Peel'] });
    consultationId = consultation.id;
    for (const [name, text] of Object.entries(TEXTS)) {
      const sent = submission({ answers: { ...base, biggest_challenge: text } });
      ids[name] = sent.id;
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: sent })).status).toBe(201);
    }
    expect((await call(ctx.app, 'POST', `/api/consultations/${consultationId}/coding/run`, { token: ctx.tokens.researcherA })).status).toBe(200);
  });
  afterAll(() => ctx.close());

  it('counts the pending answers and gives each its suggestions with their confidence', async () => {
    const { items, pending } = await queue(ctx.tokens.researcherA);
    expect(pending).toBe(3);
    const english = items.find((item) => item.responseId === ids.english)!;
    expect(english.text).toBe(TEXTS.english);
    expect(english.suggestions).toEqual([{ theme: 'employment', confidence: expect.closeTo(0.324, 2) }]);
    expect(english.decisions).toEqual([]);
  });

  it('bulk-accepts only the answers whose every suggestion reaches the threshold', async () => {
    const result = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review/bulk-accept`, { token: ctx.tokens.researcherA, body: { minConfidence: 0.2 } });
    expect(result.status, result.text).toBe(200);
    expect(result.json).toEqual({ accepted: 1 });
    const { items, pending } = await queue(ctx.tokens.researcherA);
    expect(pending).toBe(2);
    expect(items.map((item) => item.responseId).sort()).toEqual([ids.linc, ids.winter].sort());
  });

  it('offers a second reviewer the answers others decided, with their decisions and names', async () => {
    const mine = await queue(ctx.tokens.researcherA, '&scope=second');
    expect(mine.items).toEqual([]);
    const other = await queue(ctx.tokens.admin, '&scope=second');
    expect(other.secondPending).toBe(1);
    expect(other.items).toHaveLength(1);
    expect(other.items[0]!.responseId).toBe(ids.english);
    expect(other.items[0]!.decisions).toEqual([{ reviewer: expect.any(String), name: 'researcher test', mine: false, theme: 'employment', action: 'accept' }]);
  });

  it('takes an answer off the second list once the second reviewer decided, and counts it in the agreement between people', async () => {
    const decided = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review`, {
      token: ctx.tokens.admin,
      body: { responseId: ids.english, question: 'biggest_challenge', decisions: [{ action: 'reject', theme: 'employment' }] },
    });
    expect(decided.status, decided.text).toBe(200);
    expect((await queue(ctx.tokens.admin, '&scope=second')).secondPending).toBe(0);
    const agreement = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/agreement`, { token: ctx.tokens.admin });
    expect(agreement.json.humanVsHuman.answers).toBe(1);
  });

  it('refuses viewers, other partnerships and thresholds outside 0 to 1', async () => {
    for (const token of [ctx.tokens.viewerA, ctx.tokens.researcherB]) {
      expect((await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review`, { token })).status).toBe(403);
      expect((await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review/bulk-accept`, { token, body: { minConfidence: 0.5 } })).status).toBe(403);
    }
    const bad = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review/bulk-accept`, { token: ctx.tokens.researcherA, body: { minConfidence: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('invalid_body');
    expect((await queue(ctx.tokens.researcherA)).pending).toBe(2);
  });
});
