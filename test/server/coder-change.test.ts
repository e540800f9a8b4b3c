import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coderFingerprint, createCoder, splitSuggestions, type CoderConfig } from '../../analysis/coding';
import { EN, LEXICON_SOURCES } from '../../analysis/coding/lexicons';
import { createApp } from '../../server/app';
import { startBackgroundCoding } from '../../server/coding/background-coder';
import { submission } from '../helpers/answers';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, launchConsultation, NOW, type TestContext } from '../helpers/test-app';

// Coder X is the shipped one. Coder Y has no fitted model (the raw lexicon at one threshold) and
// an English lexicon in which "winter" names recreation_public_space: it codes these texts differently.
const CODER_X: CoderConfig = {};
const CODER_Y: CoderConfig = {
  model: false,
  lexicons: [
    { ...EN, terms: { ...EN.terms, recreation_public_space: { ...EN.terms.recreation_public_space, strong: [...(EN.terms.recreation_public_space?.strong ?? []), 'winter'] } } },
    ...LEXICON_SOURCES.filter((source) => source.lang !== 'en'),
  ],
};
const TEXTS = {
  winter: 'The winter is long and dark',
  job: 'I need a job and the evening classes are always full',
  doctor: 'No family doctor and the rent is too high',
  esl: 'ESL at night',
};
const base = { time_in_canada: 'years_1_to_3' };

type CodeRow = { response_id: string; question: string; theme: string; source: string; coder: string; status: string; confidence: number };

describe.each(DIALECTS)('re-coding when the coder changes, on %s', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: Record<string, string> = {};
  let before: CodeRow[];

  const codes = async () =>
    (await ctx.database.db.selectFrom('answer_codes').select(['response_id', 'question', 'theme', 'source', 'coder', 'status', 'confidence']).orderBy('response_id').orderBy('theme').orderBy('source').execute()).map(
      (row) => ({ ...row, confidence: Number(row.confidence) }),
    );
  const summary = async (app: ReturnType<typeof createApp>) => {
    const result = await call(app, 'GET', `/api/analysis/summary?consultationId=${consultationId}`, { token: ctx.tokens.researcherA });
    expect(result.status, result.text).toBe(200);
    return result.json.summary as { respondents: number; themes: Array<{ theme: string; n: number }> };
  };
  /** Theme counts worked out again from the stored codes: a person's decision wins over the machine's code. */
  const recount = (rows: CodeRow[]) => {
    const themesOf = new Map<string, Set<string>>();
    const byAnswer = new Map<string, CodeRow[]>();
    for (const row of rows) {
      const key = `${row.response_id}\u0000${row.question}`;
      byAnswer.set(key, [...(byAnswer.get(key) ?? []), row]);
    }
    for (const answerRows of byAnswer.values()) {
      const human = new Map(answerRows.filter((row) => row.source === 'human').map((row) => [row.theme, row.status]));
      const themes = themesOf.get(answerRows[0]!.response_id) ?? new Set();
      for (const row of answerRows) {
        const applied = row.source === 'human' ? row.status === 'accepted' : row.status === 'accepted' && human.get(row.theme) !== 'rejected';
        if (applied) themes.add(row.theme);
      }
      themesOf.set(answerRows[0]!.response_id, themes);
    }
    const counts = new Map<string, number>();
    for (const themes of themesOf.values()) for (const theme of themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    return counts;
  };
  const nonZero = (themes: Array<{ theme: string; n: number }>) => new Map(themes.filter((t) => t.n > 0).map((t) => [t.theme, t.n]));

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx, { communities: ['Peel'] });
    consultationId = consultation.id;
    for (const [name, text] of Object.entries(TEXTS)) {
      const sent = submission({ answers: { ...base, biggest_challenge: text } });
      ids[name] = sent.id;
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: sent })).status).toBe(201);
    }
    const appX = createApp({ db: ctx.database.db, dialect, clock: () => NOW, coder: CODER_X });
    expect((await call(appX, 'POST', `/api/consultations/${consultationId}/coding/run`, { token: ctx.tokens.researcherA })).status).toBe(200);
    // A person reviews one answer under coder X: their decisions, and the machine codes they saw, must survive.
    const reviewed = await call(appX, 'POST', `/api/consultations/${consultationId}/review`, {
      token: ctx.tokens.researcherA,
      body: { responseId: ids.esl, question: 'biggest_challenge', decisions: [{ action: 'reject', theme: 'education' }, { action: 'add', theme: 'employment' }] },
    });
    expect(reviewed.status, reviewed.text).toBe(200);
    before = await codes();
    expect(nonZero((await summary(appX)).themes)).toEqual(recount(before));

    // Restart with coder Y: the background runner finds the responses coder X coded and re-codes them.
    const failures: unknown[] = [];
    const stop = startBackgroundCoding(ctx.database.db, {
      clock: () => '2026-11-23T12:00:00.000Z',
      coder: CODER_Y,
      idleMs: 20,
      batchSize: 2,
      dutyCycle: 1,
      onError: (error) => failures.push(error),
    });
    try {
      const target = coderFingerprint(CODER_Y);
      // Generous: on a crowded machine compiling coder Y alone can take seconds.
      for (let waited = 0; waited < 60_000 && failures.length === 0; waited += 50) {
        const rows = await ctx.database.db.selectFrom('responses').select('coded_with').execute();
        if (rows.every((row) => row.coded_with === target)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await stop();
    }
    expect(failures.map(String)).toEqual([]);
  }, 120_000);
  afterAll(() => ctx.close());

  it('gives the two coders different fingerprints, and the same coder the same one', () => {
    expect(coderFingerprint(CODER_Y)).not.toBe(coderFingerprint(CODER_X));
    expect(coderFingerprint({ ...CODER_Y })).toBe(coderFingerprint(CODER_Y));
    expect(coderFingerprint({ model: false })).not.toBe(coderFingerprint({}));
  });

  it('marks every response as coded by the new coder', async () => {
    const rows = await ctx.database.db.selectFrom('responses').select('coded_with').execute();
    expect(rows.map((row) => row.coded_with)).toEqual(rows.map(() => coderFingerprint(CODER_Y)));
  });

  it("replaces the machine codes of unreviewed answers with the new coder's", async () => {
    const coderY = createCoder(CODER_Y);
    const after = await codes();
    for (const name of ['winter', 'job', 'doctor'] as const) {
      const split = splitSuggestions(coderY({ text: TEXTS[name], lang: 'en' }), {});
      const expected = [
        ...split.accepted.map((code) => ({ theme: code.theme, status: 'accepted' })),
        ...split.review.map((code) => ({ theme: code.theme, status: 'suggested' })),
      ].sort((a, b) => a.theme.localeCompare(b.theme));
      const stored = after.filter((row) => row.response_id === ids[name] && row.source === 'machine').map((row) => ({ theme: row.theme, status: row.status }));
      expect(stored, name).toEqual(expected);
    }
    const machineBefore = (id: string) => before.filter((row) => row.response_id === id && row.source === 'machine').map((row) => row.theme);
    expect(machineBefore(ids.winter!)).not.toContain('recreation_public_space');
    expect(after.filter((row) => row.response_id === ids.winter).map((row) => row.theme)).toContain('recreation_public_space');
  });

  it("leaves people's codes, and the machine codes of the answer they reviewed, as they were", async () => {
    const after = await codes();
    const reviewedOrHuman = (rows: CodeRow[]) => rows.filter((row) => row.source === 'human' || row.response_id === ids.esl);
    expect(reviewedOrHuman(after)).toEqual(reviewedOrHuman(before));
    expect(reviewedOrHuman(after).filter((row) => row.source === 'human')).toHaveLength(2);
  });

  it('keeps the theme counts equal to a recount of the stored codes, and the respondents counted once', async () => {
    const result = await summary(ctx.app);
    expect(result.respondents).toBe(4);
    expect(nonZero(result.themes)).toEqual(recount(await codes()));
    expect(nonZero(result.themes).get('recreation_public_space')).toBe(1);
  });

  it("puts in the review queue the answers the new coder doubts, and not the reviewed one", async () => {
    const coderY = createCoder(CODER_Y);
    const doubted = (['winter', 'job', 'doctor'] as const).filter((name) => splitSuggestions(coderY({ text: TEXTS[name], lang: 'en' }), {}).needsReview).map((name) => ids[name]);
    const queue = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/review?limit=50`, { token: ctx.tokens.researcherA });
    expect(queue.status, queue.text).toBe(200);
    expect(queue.json.items.map((item: { responseId: string }) => item.responseId).sort()).toEqual(doubted.sort());
  });
});
