import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'every-published-type.json'), 'utf8')) as object;

// The housing sentence is coded with confidence by the shipped coder (test/server/coding.test.ts);
// the other two texts give it nothing, so they wait in the review queue.
const HOUSING = 'Finding an apartment I can afford, the rent is too high';
const WINTER = 'The winter, honestly.';
const NOTHING = 'xqzt vbnm plork';

const responses = {
  bus: {
    priorities: ['classes', 'housing', 'work'],
    transport: 'bus',
    satisfaction: { clinic: 'poor', library: 'ok' },
    services: { food_bank: { used: true, barrier: 'distance', note: WINTER } },
    household: { adults: 2, children: 3, worry: HOUSING, email: 'amina@example.org' },
  },
  car: {
    priorities: ['work', 'housing', 'classes'],
    transport: 'car',
    satisfaction: { clinic: 'ok' },
    household: { adults: 1, worry: NOTHING, email: 'zzkv@example.org' },
  },
};

describe.each(DIALECTS)('coding a questionnaire that uses every published type (%s)', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: Record<string, string> = {};
  const summary = async (query: string) => {
    const result = await call(ctx.app, 'GET', `/api/analysis/summary?consultationId=${consultationId}&${query}`, { token: ctx.tokens.researcherA });
    expect(result.status, result.text).toBe(200);
    return (theme: string) => result.json.summary.themes.find((t: { theme: string }) => t.theme === theme).n as number;
  };

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key: 'every-type', title: 'Every type', partnershipId: ctx.partnerships.a, survey },
    });
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA })).status).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: 'every-type', communities: ['Peel'] });
    consultationId = consultation.id;
    for (const [name, answers] of Object.entries(responses)) {
      const body = { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' };
      ids[name] = body.id;
      const posted = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body });
      expect(posted.status, posted.text).toBe(201);
    }
    const coded = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/coding/run`, { token: ctx.tokens.researcherA });
    expect(coded.json).toEqual({ coded: 2 });
  });
  afterAll(() => ctx?.close());

  it('counts the themes of ranked choices, image choices, matrix columns and matrixdropdown cells', async () => {
    const closed = await summary('source=closed');
    expect(['housing', 'employment', 'language'].map(closed)).toEqual([2, 2, 2]);
    // bus (image choice) and distance (matrixdropdown cell) are one respondent's: counted once.
    expect(closed('transportation')).toBe(1);
    expect(closed('settlement_services')).toBe(1);
    expect(closed('basic_needs')).toBe(0);
  });

  it('codes the open text inside a multipletext item', async () => {
    const open = await summary('source=open');
    expect(open('housing')).toBe(1);
  });

  it('queues the uncoded text of matrix cells and multipletext items by its path, never an e-mail item', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review?limit=50`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    const items = (result.json.items as Array<{ responseId: string; question: string; text: string }>).map(({ responseId, question, text }) => ({ responseId, question, text }));
    expect(items).toEqual(
      expect.arrayContaining([
        { responseId: ids.bus, question: 'services.food_bank.note', text: WINTER },
        { responseId: ids.car, question: 'household.worry', text: NOTHING },
      ]),
    );
    expect(items.filter((item) => item.question.endsWith('email'))).toEqual([]);
  });

  it('scores ranked themes by place when asked: 1/place, or Borda points scaled to 1', async () => {
    const weighted = async (query: string) => {
      const result = await call(ctx.app, 'GET', `/api/analysis/summary?consultationId=${consultationId}&${query}`, { token: ctx.tokens.researcherA });
      expect(result.status, result.text).toBe(200);
      const themes = result.json.rankWeighted.themes as Array<{ theme: string; score: number; share: number; rank: number }>;
      expect(result.json.rankWeighted.respondents).toBe(2);
      return (theme: string) => themes.find((t) => t.theme === theme)!;
    };
    const reciprocal = await weighted('source=closed&rankWeighting=reciprocal');
    // bus ranked classes, housing, work; car ranked work, housing, classes.
    expect(reciprocal('language')).toEqual({ theme: 'language', score: 1.333333, share: 0.666667, rank: 1, suppressed: false });
    expect(reciprocal('employment').score).toBe(1.333333);
    expect(reciprocal('housing')).toEqual({ theme: 'housing', score: 1, share: 0.5, rank: 3, suppressed: false });
    // Themes named by other closed answers count 1.
    expect(reciprocal('transportation').score).toBe(1);
    expect(reciprocal('basic_needs').score).toBe(0);
    const borda = await weighted('source=closed&rankWeighting=borda');
    expect(['language', 'housing', 'employment'].map((theme) => borda(theme).score)).toEqual([1.333333, 1.333333, 1.333333]);
    // Combined, bus's open answer names housing too: it counts 1 for that respondent, not 1/2.
    expect((await weighted('source=combined&rankWeighting=reciprocal'))('housing').score).toBe(1.5);
    const plain = await call(ctx.app, 'GET', `/api/analysis/summary?consultationId=${consultationId}`, { token: ctx.tokens.researcherA });
    expect(plain.json.rankWeighted).toBeUndefined();
    const bad = await call(ctx.app, 'GET', `/api/analysis/summary?consultationId=${consultationId}&rankWeighting=harmonic`, { token: ctx.tokens.researcherA });
    expect(bad.status).toBe(400);
  });

  it('suppresses the weighted scores wherever the summary is suppressed', async () => {
    const outside = await call(ctx.app, 'GET', `/api/analysis/summary?consultationId=${consultationId}&source=closed&rankWeighting=reciprocal`, { token: ctx.tokens.researcherB });
    expect(outside.status, outside.text).toBe(200);
    expect(outside.json.suppressed).toBe(true);
    expect(outside.json.rankWeighted.respondents).toBeNull();
    expect(outside.json.rankWeighted.themes.filter((theme: { score: number | null }) => theme.score !== null)).toEqual([]);
  });

  it('names the matrix and image questions a theme was counted from, and the multipletext holding open text', async () => {
    const compared = await call(ctx.app, 'GET', `/api/analysis/compare?consultationId=${consultationId}&by=wave`, { token: ctx.tokens.researcherA });
    expect(compared.status, compared.text).toBe(200);
    const basis = (theme: string) => compared.json.comparison.themes.find((t: { theme: string }) => t.theme === theme).basis['2026'];
    expect(basis('transportation')).toEqual(['services', 'transport']);
    expect(basis('settlement_services')).toEqual(['satisfaction']);
    // Open themes rest on every question holding open text (the counts do not say which one):
    // the multipletext, the other box of the tagbox and the matrix's note column.
    expect(basis('housing')).toEqual(['household', 'languages', 'priorities', 'services']);
  });

  it('takes a reviewer decision on a text inside a question and counts it', async () => {
    const recorded = await call(ctx.app, 'POST', `/api/consultations/${consultationId}/review`, {
      token: ctx.tokens.researcherA,
      body: { responseId: ids.car, question: 'household.worry', decisions: [{ action: 'add', theme: 'health' }] },
    });
    expect(recorded.status, recorded.text).toBe(200);
    expect((await summary('source=open'))('health')).toBe(1);
  });
});
