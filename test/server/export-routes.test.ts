import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { submission, validNewcomerAnswers } from '../helpers/answers';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

describe.each(DIALECTS)('exports on %s', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx, { communities: ['Peel'] });
    consultationId = consultation.id;
    const answers = [
      validNewcomerAnswers(),
      { ...validNewcomerAnswers(), biggest_challenge: '=HYPERLINK("http://evil.example","click")' },
      { ...validNewcomerAnswers(), biggest_challenge: 'Trouver un logement abordable, "vraiment" difficile,\nsurtout l’hiver' },
    ];
    for (const a of answers) {
      const body = submission({ answers: a, locale: 'fr' });
      ids.push(body.id);
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body })).status).toBe(201);
    }
  });
  afterAll(() => ctx.close());

  it('exports CSV with a BOM, one row per response, French labels, and formulas neutralized', async () => {
    const response = await ctx.app.request(`/api/consultations/${consultationId}/export.csv?lang=fr`, { headers: { authorization: `Bearer ${ctx.tokens.researcherA}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    for (const id of ids) expect(text).toContain(id);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain('""vraiment""');
    expect(text).toMatch(/Logement/i);
  });

  it('exports values instead of labels when asked', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/export.csv?labels=values`, { token: ctx.tokens.admin });
    expect(result.text).toContain('years_1_to_3');
  });

  it('exports JSON with every response and the questionnaire version', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/export.json`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    expect(result.json.questionnaire).toEqual({ key: 'newcomer-needs', version: 1 });
    expect(result.json.responses.map((r: { id: string }) => r.id).sort()).toEqual([...ids].sort());
    expect(result.json.responses[0].answers.time_in_canada).toBe('years_1_to_3');
  });

  it("refuses another partnership's researcher", async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/export.csv`, { token: ctx.tokens.researcherB });
    expect(result.status).toBe(403);
  });
});
