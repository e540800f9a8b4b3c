import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { submission } from '../helpers/answers';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

const HOUSING_QUOTE = 'Finding an apartment I can afford near the bus line';
const RARE_QUOTE = 'I could not get my nursing licence recognised here';

describe.each(DIALECTS)('strategy report on %s', (dialect) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx);
    const send = async (community: string, answers: Record<string, unknown>) => {
      const body = submission({ community, answers: { time_in_canada: 'under_1_year', ...answers } });
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body })).status).toBe(201);
    };
    // Per community, 12 name housing and 10 do not: both counts clear the threshold of 10.
    for (const community of ['Peel', 'Halton']) {
      for (let i = 0; i < 12; i++) await send(community, { needs: ['housing'], top_priorities: ['housing'], biggest_challenge: HOUSING_QUOTE });
      for (let i = 0; i < 10; i++) await send(community, { needs: ['find_job'], top_priorities: ['find_job'] });
    }
    await send('Peel', { biggest_challenge: RARE_QUOTE });
    await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/coding/run`, { token: ctx.tokens.researcherA });
  });
  afterAll(() => ctx.close());

  it('renders a printable HTML report in French with a bubble chart, the ranked table and quotes from published cells only', async () => {
    const result = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2026&lang=fr`, { token: ctx.tokens.viewerA });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/html');
    expect(result.text).toContain('lang="fr-CA"');
    expect(result.text).toContain('<svg');
    expect(result.text).toContain('Logement');
    expect(result.text).toContain(HOUSING_QUOTE);
    // One respondent named credential recognition: under the threshold, so neither count nor quote.
    expect(result.text).not.toContain(RARE_QUOTE);
  });

  it('renders Markdown in English', async () => {
    const result = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2026&format=markdown`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/markdown');
    expect(result.text).toContain('Housing');
    expect(result.text).toMatch(/\|/);
  });

  it("refuses another partnership's members", async () => {
    const result = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2026`, { token: ctx.tokens.researcherB });
    expect(result.status).toBe(403);
  });
});
