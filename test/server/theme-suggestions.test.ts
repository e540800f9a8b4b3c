import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, type TestContext } from '../helpers/test-app';

const FROM_CREATOR = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'checkbox',
          name: 'needs',
          choices: [
            { value: 'job', text: { default: 'Finding a job', fr: 'Trouver un emploi' } },
            { value: 'doctor', text: { default: 'Finding a family doctor', fr: 'Trouver un médecin de famille' }, themes: ['health'] },
            { value: 'none', text: 'None of these' },
          ],
        },
        { type: 'matrixdropdown', name: 'services', rows: ['a'], columns: [{ name: 'why', cellType: 'radiogroup', choices: [{ value: 'bus', text: 'There is no bus to get there' }] }] },
      ],
    },
  ],
};

describe.each(DIALECTS)('suggesting themes for a questionnaire\'s choices (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => { ctx = await createTestContext(dialect); });
  afterAll(() => ctx?.close());

  it('suggests themes for the choices that name none, by list and value, and stores nothing', async () => {
    const before = await ctx.database.db.selectFrom('questionnaire_versions').select('id').execute();
    const result = await call(ctx.app, 'POST', '/api/questionnaires/theme-suggestions', { token: ctx.tokens.researcherA, body: { survey: FROM_CREATOR } });
    expect(result.status, result.text).toBe(200);
    expect(result.json.suggestions).toEqual([
      { slot: 'needs', value: 'job', themes: ['employment'] },
      { slot: 'services/why', value: 'bus', themes: ['transportation'] },
    ]);
    expect(await ctx.database.db.selectFrom('questionnaire_versions').select('id').execute()).toEqual(before);
  });

  it('answers a body without a survey with a structured error', async () => {
    const result = await call(ctx.app, 'POST', '/api/questionnaires/theme-suggestions', { token: ctx.tokens.researcherA, body: { choices: [] } });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ code: 'invalid_body', message: expect.any(String) });
  });

  it('is for signed-in people only', async () => {
    const result = await call(ctx.app, 'POST', '/api/questionnaires/theme-suggestions', { body: { survey: FROM_CREATOR } });
    expect(result.status).toBe(401);
  });
});
