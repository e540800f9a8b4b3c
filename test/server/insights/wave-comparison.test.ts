import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { submission } from '../../helpers/answers';
import { call, createTestContext, type TestContext } from '../../helpers/test-app';
import { answersFor, RENAMED_LINKS, waveSurvey, type WaveAnswer } from '../questionnaires/wave-surveys';

const WAVES = ['2026', '2029', '2032'] as const;

/** The same people answer in every variant; the needs shift a little from wave to wave. */
const RESPONDENTS: Record<(typeof WAVES)[number], Array<WaveAnswer & { community: string }>> = {
  '2026': [
    { community: 'Peel', needs: ['find_job', 'housing'], services: ['language_class'], newsletter: 'yes' },
    { community: 'Peel', needs: ['housing'], services: ['employment_centre', 'health_clinic'] },
    { community: 'Halton', needs: ['english'], services: ['language_class', 'health_clinic'], newsletter: 'no' },
    { community: 'Halton', needs: ['transit'], challenge: 'Finding an apartment I can afford, the rent is too high' },
  ],
  '2029': [
    { community: 'Peel', needs: ['find_job'], services: ['employment_centre'] },
    { community: 'Peel', needs: ['housing', 'transit'], services: ['language_class'], newsletter: 'yes' },
    { community: 'Halton', needs: ['find_job', 'english'], services: ['health_clinic'] },
    { community: 'Halton', needs: ['housing'], services: ['language_class', 'employment_centre'] },
    { community: 'Halton', needs: ['transit'] },
  ],
  '2032': [
    { community: 'Peel', needs: ['housing'], services: ['language_class'], childcare: 'yes' },
    { community: 'Peel', needs: ['find_job', 'english'], childcare: 'no' },
    { community: 'Halton', needs: ['housing'], services: ['health_clinic'], childcare: 'yes', challenge: 'Finding an apartment I can afford, the rent is too high' },
  ],
};

type Variant = 'stable' | 'renamed' | 'unlinked';

describe.each(DIALECTS)('comparisons across waves on %s', (dialect) => {
  let ctx: TestContext;
  const token = () => ctx.tokens.researcherA;

  async function runWaves(variant: Variant) {
    const survey = (version: 1 | 2 | 3) => waveSurvey(variant === 'stable' ? 'stable' : 'renamed', version);
    const key = `waves-${variant}`;
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token: token(), body: { key, title: 'Needs over the years', survey: survey(1) } });
    expect(created.status, created.text).toBe(201);
    const id = created.json.id;
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions/1/publish`, { token: token() })).status).toBe(200);
    for (const version of [2, 3] as const) {
      expect((await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions`, { token: token(), body: { survey: survey(version) } })).status).toBe(201);
      if (variant !== 'stable') {
        const links = variant === 'renamed' ? RENAMED_LINKS[version] : unlinked(RENAMED_LINKS[version]);
        const saved = await call(ctx.app, 'PUT', `/api/questionnaires/${id}/versions/${version}/links`, { token: token(), body: { links } });
        expect(saved.status, saved.text).toBe(200);
      }
      expect((await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions/${version}/publish`, { token: token() })).status).toBe(200);
    }
    for (const [index, wave] of WAVES.entries()) {
      const version = (index + 1) as 1 | 2 | 3;
      const launched = await call(ctx.app, 'POST', '/api/consultations', {
        token: token(),
        body: { partnershipId: ctx.partnerships.a, questionnaire: key, version, title: `Needs ${wave}`, audience: 'newcomers', wave, status: 'open' },
      });
      expect(launched.status, launched.text).toBe(201);
      for (const { community, ...answer } of RESPONDENTS[wave]) {
        const sent = submission({ community, answers: answersFor(variant === 'stable' ? 'stable' : 'renamed', version, answer) });
        const posted = await call(ctx.app, 'POST', `/api/c/${launched.json.slug}/responses`, { body: sent });
        expect(posted.status, posted.text).toBe(201);
      }
      expect((await call(ctx.app, 'POST', `/api/consultations/${launched.json.id}/coding/run`, { token: token() })).status).toBe(200);
    }
  }

  /** What a researcher who linked nothing would send: every question new, every old one dropped. */
  function unlinked(links: ReadonlyArray<{ question: string | null; predecessor: string | null }>) {
    return [
      ...links.filter((link) => link.question !== null).map((link) => ({ question: link.question, predecessor: null, kind: 'new' })),
      ...[...new Set(links.map((link) => link.predecessor).filter((name) => name !== null))].map((predecessor) => ({ question: null, predecessor, kind: 'dropped' })),
    ];
  }

  const compare = async (variant: Variant, source = 'combined') => {
    const result = await call(ctx.app, 'GET', `/api/analysis/compare?partnershipId=${ctx.partnerships.a}&questionnaire=waves-${variant}&by=wave&source=${source}`, { token: token() });
    expect(result.status, result.text).toBe(200);
    return result.json;
  };
  const theme = (json: any, code: string) => json.comparison.themes.find((t: { theme: string }) => t.theme === code);
  const withoutBasis = (json: any) => ({ ...json, comparison: { ...json.comparison, themes: json.comparison.themes.map(({ basis: _basis, ...rest }: any) => rest) } });

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    for (const variant of ['stable', 'renamed', 'unlinked'] as const) await runWaves(variant);
  }, 120_000);
  afterAll(() => ctx.close());

  it('gives the same figures and flags whether questions kept their names or were renamed, split and linked', async () => {
    for (const source of ['combined', 'closed']) {
      const stable = await compare('stable', source);
      const renamed = await compare('renamed', source);
      expect(stable.comparison.groups).toEqual([
        { group: '2026', respondents: 4 },
        { group: '2029', respondents: 5 },
        { group: '2032', respondents: 3 },
      ]);
      expect(theme(stable, 'language').groups.map((g: { n: number }) => g.n)).toEqual([2, 3, 2]);
      expect(withoutBasis(renamed)).toEqual(withoutBasis(stable));
    }
  });

  it('says which questions each theme rests on in each wave, under each wave’s names', async () => {
    const stable = theme(await compare('stable', 'closed'), 'language');
    expect(stable.basis).toEqual({ '2026': ['needs', 'services'], '2029': ['needs', 'services'], '2032': ['needs', 'services'] });
    const renamed = theme(await compare('renamed', 'closed'), 'language');
    expect(renamed.basis).toEqual({ '2026': ['q1_needs', 'q2_services'], '2029': ['needs_top', 'services_language'], '2032': ['needs_top', 'services_language'] });
    expect(renamed.onlyInWaves).toBeNull();
    // Open answers count too: the apartment answers of 2026 and 2032 were coded as housing.
    const housing = theme(await compare('renamed'), 'housing');
    expect(housing.basis).toEqual({ '2026': ['q1_needs', 'q3_challenge'], '2029': ['needs_top'], '2032': ['biggest_challenge', 'needs_top'] });
    expect(theme(await compare('renamed', 'open'), 'housing').basis['2029']).toEqual([]);
  });

  it('marks a theme counted from a question only one wave asked as not a change in needs', async () => {
    for (const variant of ['stable', 'renamed'] as const) {
      const basicNeeds = theme(await compare(variant), 'basic_needs');
      expect(basicNeeds.groups.map((g: { n: number }) => g.n)).toEqual([0, 0, 2]);
      expect(basicNeeds.onlyInWaves).toEqual(['2032']);
      expect(basicNeeds.note.en).toBe('Asked only in 2032; not a change in needs.');
      expect(basicNeeds.basis['2032']).toEqual(['childcare']);
    }
  });

  it('warns that a theme rests on different questions in each wave when the versions are not linked', async () => {
    expect(theme(await compare('renamed', 'closed'), 'language').comparable).toBe(true);
    const unlinkedLanguage = theme(await compare('unlinked', 'closed'), 'language');
    expect(unlinkedLanguage.comparable).toBe(false);
    expect(unlinkedLanguage.note.en).toMatch(/^Counted from different questions in each wave/);
    expect(unlinkedLanguage.groups.map((g: { n: number }) => g.n)).toEqual([2, 3, 2]);
  });

  it('sends the notes in the one language asked for (lang=), as the workspace asks', async () => {
    const both = await compare('renamed');
    const french = await call(ctx.app, 'GET', `/api/analysis/compare?partnershipId=${ctx.partnerships.a}&questionnaire=waves-renamed&by=wave&lang=fr`, { token: token() });
    expect(french.status, french.text).toBe(200);
    expect(theme(french.json, 'basic_needs').note).toEqual({ fr: 'Question posée seulement en 2032 : ce n’est pas un changement des besoins.' });
    expect(theme(both, 'basic_needs').note.fr).toBe(theme(french.json, 'basic_needs').note.fr);
    const notes = (json: any) => json.comparison.themes.map((t: { note: unknown }) => t.note === null);
    expect(notes(french.json)).toEqual(notes(both));
    expect(withoutBasis(french.json).comparison.groups).toEqual(withoutBasis(both).comparison.groups);
  });

  it('says in the report’s wave section which theme only one wave asked about', async () => {
    const report = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2032&format=html`, { token: token() });
    expect(report.status).toBe(200);
    expect(report.text).toContain('Asked only in 2032; not a change in needs.');
    const french = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2032&format=html&lang=fr`, { token: token() });
    expect(french.text).toContain('Question posée seulement en 2032');
  });
});
