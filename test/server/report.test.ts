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

// Respondents leave contact details in open answers; none of them may reach a published report.
const CONTACT_QUOTE = 'Finding an apartment I can afford is hard, call me at 416-555-0142 or amina.k@example.com';
const FRENCH_CONTACT_QUOTE = 'Trouver un logement abordable est difficile, appelez-moi au 438 555 7788';
const BARE_PHONE_QUOTE = 'housing 514-555-0199';

describe.each(DIALECTS)('contact details in report quotes on %s', (dialect) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx);
    const send = async (community: string, answers: Record<string, unknown>, locale = 'en') => {
      const body = submission({ community, locale, answers: { time_in_canada: 'under_1_year', ...answers } });
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body })).status).toBe(201);
    };
    const housing = (biggest_challenge: string) => ({ needs: ['housing'], top_priorities: ['housing'], biggest_challenge });
    // The first three housing answers are the first quote candidates; every cell clears the threshold of 10.
    await send('Peel', housing(BARE_PHONE_QUOTE));
    await send('Peel', housing(CONTACT_QUOTE));
    await send('Peel', housing(FRENCH_CONTACT_QUOTE), 'fr');
    for (const community of ['Peel', 'Halton']) {
      for (let i = community === 'Peel' ? 3 : 0; i < 12; i++) await send(community, housing('Finding an apartment I can afford near the bus line'));
      for (let i = 0; i < 10; i++) await send(community, { needs: ['find_job'], top_priorities: ['find_job'] });
    }
    await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/coding/run`, { token: ctx.tokens.researcherA });
  });
  afterAll(() => ctx.close());

  it.each(['en', 'fr'])('shows the quotes with placeholders and no phone number or e-mail (lang=%s)', async (lang) => {
    const result = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2026&lang=${lang}`, { token: ctx.tokens.viewerA });
    expect(result.status).toBe(200);
    for (const leaked of ['416-555-0142', 'amina.k@example.com', '438 555 7788', '514-555-0199']) expect(result.text).not.toContain(leaked);
    expect(result.text).toContain('Finding an apartment I can afford is hard, call me at [phone number removed] or [e-mail removed]');
    expect(result.text).toContain('Trouver un logement abordable est difficile, appelez-moi au [numéro de téléphone retiré]');
    // A quote that would be nothing but a placeholder is left out rather than shown redacted.
    expect(result.text).not.toContain('housing [phone number removed]');
  });

  it('keeps them out of the Markdown report too', async () => {
    const result = await call(ctx.app, 'GET', `/api/analysis/report?partnershipId=${ctx.partnerships.a}&wave=2026&format=markdown`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    expect(result.text).toContain('removed\\]');
    for (const leaked of ['416', 'amina', '438 555', '514']) expect(result.text).not.toContain(leaked);
  });
});
