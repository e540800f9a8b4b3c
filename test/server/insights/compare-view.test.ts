import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { submission } from '../../helpers/answers';
import { call, createTestContext, launchConsultation, type TestContext } from '../../helpers/test-app';

type Flag = { kind: string; theme: string; group: string; otherGroup: string | null; text: Record<string, string> };

describe.each(DIALECTS)('what a comparison carries, asked with lang and flags, on %s', (dialect) => {
  let ctx: TestContext;

  const compare = async (query: string) => {
    const result = await call(ctx.app, 'GET', `/api/analysis/compare?partnershipId=${ctx.partnerships.a}&by=community${query}`, { token: ctx.tokens.viewerA });
    expect(result.status, result.text).toBe(200);
    return result.json as { comparison: { flags: Flag[]; themes: unknown[]; groups: unknown[] } };
  };

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx, { communities: ['Peel', 'Halton'] });
    // Twenty people in Peel need work, twenty in Halton need transport: every test flags both themes.
    for (const [community, need] of [['Peel', 'find_job'], ['Halton', 'getting_around']] as const) {
      for (let i = 0; i < 20; i++) {
        const sent = submission({ community, answers: { time_in_canada: 'years_1_to_3', needs: [need], top_priorities: [need] } });
        expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: sent })).status).toBe(201);
      }
    }
    expect((await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/coding/run`, { token: ctx.tokens.researcherA })).status).toBe(200);
  }, 60_000);
  afterAll(() => ctx.close());

  it('answers by default with every flag, pairwise ones included, in English and French', async () => {
    const { comparison } = await compare('');
    const kinds = new Set(comparison.flags.map((flag) => flag.kind));
    expect(kinds).toEqual(new Set(['vs-overall', 'pairwise']));
    for (const flag of comparison.flags) expect(Object.keys(flag.text).sort()).toEqual(['en', 'fr']);
    expect(comparison.flags.find((flag) => flag.kind === 'vs-overall' && flag.theme === 'employment' && flag.group === 'Peel')).toBeDefined();
  });

  it('sends each sentence in the one language asked for, and the same figures', async () => {
    const full = await compare('');
    for (const lang of ['en', 'fr'] as const) {
      const one = await compare(`&lang=${lang}`);
      expect(one.comparison.flags.map((flag) => flag.text)).toEqual(full.comparison.flags.map((flag) => ({ [lang]: flag.text[lang] })));
      expect(one.comparison.themes).toEqual(full.comparison.themes);
      expect(one.comparison.groups).toEqual(full.comparison.groups);
    }
  });

  it('leaves out the pairwise flags with flags=overall', async () => {
    const full = await compare('');
    const overall = await compare('&flags=overall');
    expect(overall.comparison.flags).toEqual(full.comparison.flags.filter((flag) => flag.kind === 'vs-overall'));
    expect(overall.comparison.flags.length).toBeGreaterThan(0);
    expect(overall.comparison.flags.length).toBeLessThan(full.comparison.flags.length);
    expect((await compare('&flags=all')).comparison.flags).toEqual(full.comparison.flags);
    const both = await compare('&flags=overall&lang=fr');
    expect(both.comparison.flags.map((flag) => flag.text)).toEqual(overall.comparison.flags.map((flag) => ({ fr: flag.text.fr })));
  });

  it('refuses a language or flag choice it does not know, naming the parameter', async () => {
    for (const [query, field] of [['&lang=de', 'lang'], ['&flags=some', 'flags']] as const) {
      const result = await call(ctx.app, 'GET', `/api/analysis/compare?partnershipId=${ctx.partnerships.a}&by=community${query}`, { token: ctx.tokens.viewerA });
      expect(result.status).toBe(400);
      expect(result.json.code).toBe('invalid_body');
      expect(result.json.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
  });
});
