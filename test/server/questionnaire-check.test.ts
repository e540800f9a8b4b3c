import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, type TestContext } from '../helpers/test-app';

const BROKEN = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'text', name: 'age', colour: 'red' },
        { type: 'radiogroup', name: 'city', choices: [{ value: 'a', text: 'A', weight: 2 }] },
        { type: 'text', name: 'age' },
      ],
    },
  ],
};

describe.each(DIALECTS)('checking a questionnaire before it is stored (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => { ctx = await createTestContext(dialect); });
  afterAll(() => ctx?.close());

  it('lists every problem at once, each with its place in the JSON', async () => {
    const result = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { survey: BROKEN } });
    expect(result.status).toBe(200);
    expect(result.json.problems).toEqual([
      expect.objectContaining({ code: 'survey_json', path: 'pages[0].elements[0].colour' }),
      expect.objectContaining({ code: 'survey_json', path: 'pages[0].elements[1].choices[0].weight' }),
      expect.objectContaining({ code: 'duplicate_name', field: 'age', path: 'pages[0].elements[2]' }),
    ]);
  });

  it('converts an XLSForm or LimeSurvey file and answers with the survey it becomes, what did not convert and its problems', async () => {
    const file = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url)).toString('base64');
    const xlsform = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { import: { file: file('newcomer-needs.xlsx'), fileName: 'newcomer-needs.xlsx' } } });
    expect(xlsform.status, xlsform.text).toBe(200);
    expect(xlsform.json.problems).toEqual([]);
    expect(xlsform.json.survey.pages.map((page: { name: string }) => page.name)).toEqual(expect.arrayContaining(['about', 'household', 'needs']));
    expect(xlsform.json.notConverted).toEqual(expect.arrayContaining([expect.objectContaining({ reason: expect.stringMatching(/geopoint/) })]));
    const lss = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { import: { file: file('newcomer-needs.lss'), fileName: 'newcomer-needs.lss' } } });
    expect(lss.status, lss.text).toBe(200);
    expect(lss.json.survey.pages.length).toBeGreaterThan(1);
    const both = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { survey: BROKEN, import: { file: file('newcomer-needs.lss') } } });
    expect(both.status).toBe(400);
    expect(both.json.code).toBe('invalid_body');
  });

  it('stores nothing', async () => {
    const before = await ctx.database.db.selectFrom('questionnaire_versions').select('id').execute();
    await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { survey: BROKEN } });
    const after = await ctx.database.db.selectFrom('questionnaire_versions').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('finds no problem in a questionnaire that can be published', async () => {
    const survey = { pages: [{ name: 'p1', elements: [{ type: 'text', name: 'age', title: { default: 'Age', fr: 'Âge' } }] }] };
    const result = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.viewerA, body: { survey } });
    expect(result.json).toEqual({ problems: [], coding: { openQuestions: [], themedQuestions: [] } });
  });

  it('says what analysis will code: choices that name a theme, and free text', async () => {
    const survey = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'checkbox', name: 'needs', choices: [{ value: 'rent', text: 'Rent', themes: ['housing'] }, { value: 'other_thing', text: 'Something else' }] },
            { type: 'radiogroup', name: 'heard', choices: ['Radio', 'Friends'], showOtherItem: true },
            { type: 'comment', name: 'challenge' },
            { type: 'comment', name: 'staff_notes', openEnded: false },
            { type: 'paneldynamic', name: 'household', templateElements: [{ type: 'dropdown', name: 'school', choices: [{ value: 'y', themes: ['education'] }] }] },
          ],
        },
      ],
    };
    const result = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { survey } });
    expect(result.status, result.text).toBe(200);
    expect(result.json.coding).toEqual({ openQuestions: ['heard', 'challenge'], themedQuestions: ['needs', 'household'] });
  });

  it('gives the same places when publishing refuses a draft', async () => {
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key: 'broken-check', title: 'Broken', partnershipId: ctx.partnerships.a, survey: BROKEN },
    });
    expect(created.status).toBe(201);
    const publish = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(publish.status).toBe(422);
    expect(publish.json.fields.map((field: { path?: string }) => field.path)).toEqual([
      'pages[0].elements[0].colour',
      'pages[0].elements[1].choices[0].weight',
      'pages[0].elements[2]',
    ]);
  });

  it('refuses a body without a survey and a caller without credentials', async () => {
    expect((await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: {} })).status).toBe(400);
    expect((await call(ctx.app, 'POST', '/api/questionnaires/check', { body: { survey: BROKEN } })).status).toBe(401);
  });
});
