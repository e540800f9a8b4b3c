import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQuestionnaire } from '../../../server/imports';
import { canonicalJson } from '../../../server/lib/canonical-json';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../../helpers/test-app';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url));

type Json = Record<string, any>;

const questionNames = (survey: Json): string[] => {
  const walk = (elements: Json[]): string[] => elements.flatMap((element) => (element.elements ? walk(element.elements) : [element.name]));
  return walk(survey.pages);
};

describe.each(DIALECTS)('importing and exporting questionnaires through the API on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(() => ctx.close());

  async function importFile(key: string, file: string, format?: string) {
    return call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: 'Needs 2026', import: { file: fixture(file).toString('base64'), fileName: file, ...(format && { format }) } },
    });
  }

  it('creates a draft from an XLSForm, lists what did not convert, and publishes it', async () => {
    const created = await importFile('needs-xlsform', 'newcomer-needs.xlsx');
    expect(created.status).toBe(201);
    expect(created.json.draft).toEqual({ version: 1 });
    expect(created.json.notConverted.map((entry: Json) => entry.row)).toEqual([2, 3, 49]);
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status).toBe(200);
    expect(published.json.status).toBe('published');
    expect(questionNames(published.json.survey)).toContain('city');
  });

  it('publishes an XLSForm with a repeat and a calculation, and validates answers to each entry', async () => {
    const workbook = new ExcelJS.Workbook();
    const rows: string[][] = [
      ['type', 'name', 'label', 'required', 'relevant', 'calculation'],
      ['integer', 'household_size', 'How many people live with you?', 'yes', '', ''],
      ['calculate', 'large_household', '', '', '', "if(${household_size} > 4, 'yes', 'no')"],
      ['begin repeat', 'members', 'Household member', '', '', ''],
      ['integer', 'member_age', 'Age', 'yes', '', ''],
      ['text', 'member_school', 'Which school?', '', '${member_age} < 18', ''],
      ['end repeat', '', '', '', '', ''],
    ];
    workbook.addWorksheet('survey').addRows(rows);
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key: 'household-xlsform', title: 'Household', import: { file, fileName: 'household.xlsx' } },
    });
    expect(created.status).toBe(201);
    expect(created.json.notConverted).toEqual([]);
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: 'household-xlsform' });
    const post = (answers: Json) => call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' } });
    const complete = await post({ household_size: 2, members: [{ member_age: 40 }, { member_age: 9, member_school: 'Central' }] });
    expect(complete.status).toBe(201);
    const missingAge = await post({ household_size: 2, members: [{ member_age: 40 }, { member_school: 'Central' }] });
    expect(missingAge.status).toBe(422);
    expect(missingAge.json.fields).toEqual([expect.objectContaining({ field: 'members', code: 'required', message: expect.stringContaining('panel 2, Age') })]);
    const unknownKey = await post({ household_size: 1, members: [{ member_age: 40, shoe_size: 9 }] });
    expect(unknownKey.status).toBe(422);
  });

  it('creates and publishes a draft from a three-language LimeSurvey file', async () => {
    const created = await importFile('needs-lss', 'newcomer-needs.lss', 'limesurvey');
    expect(created.status).toBe(201);
    expect(created.json.notConverted).toEqual([]);
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status).toBe(200);
    expect(published.json.survey.title.ar).toBe('تقييم احتياجات القادمين الجدد');
  });

  it('exports a SurveyJS import unchanged: the same canonical JSON, byte for byte', async () => {
    const original = readFileSync(new URL('../../../surveys/provider-survey.json', import.meta.url));
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key: 'providers-copy', title: 'Providers', import: { format: 'surveyjs', file: original.toString('base64') } },
    });
    expect(created.status).toBe(201);
    await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    const exported = await call(ctx.app, 'GET', `/api/questionnaires/${created.json.id}/versions/1/export?format=surveyjs`, { token: ctx.tokens.viewerA });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('providers-copy-v1.json');
    expect(exported.text).toBe(canonicalJson(JSON.parse(original.toString('utf8'))));
  });

  it('exports a version as an XLSForm that imports back to the same questions, choices, languages and conditions', async () => {
    const created = await importFile('needs-roundtrip', 'newcomer-needs.xlsx');
    const response = await ctx.app.request(`/api/questionnaires/${created.json.id}/versions/1/export?format=xlsform`, {
      headers: { authorization: `Bearer ${ctx.tokens.researcherA}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const notExported = JSON.parse(decodeURIComponent(response.headers.get('x-not-exported')!)) as Json[];
    expect(notExported.filter((entry) => entry.question === 'city').length).toBe(12);
    const reimported = await importQuestionnaire(new Uint8Array(await response.arrayBuffer()));
    const before = (await importQuestionnaire(fixture('newcomer-needs.xlsx'))).survey as Json;
    const after = reimported.survey as Json;
    expect(questionNames(after)).toEqual(questionNames(before));
    const find = (survey: Json, name: string): Json => {
      const walk = (elements: Json[]): Json | undefined => {
        for (const element of elements) {
          if (element.name === name) return element;
          const inner = element.elements && walk(element.elements);
          if (inner) return inner;
        }
        return undefined;
      };
      return walk(survey.pages)!;
    };
    for (const name of ['consent', 'english_level', 'top_need', 'children_count', 'languages_spoken', 'wait_rating']) {
      const { validators: _a, ...was } = find(before, name);
      const { validators: _b, ...is } = find(after, name);
      expect(is).toEqual(was);
    }
    expect(find(after, 'age').validators[0].expression).toBe('{age} empty or ({age} >= 16 and {age} <= 110)');
    expect(reimported.notConverted).toEqual([]);
  });

  it('answers 400 with the field at fault when the file cannot be read, and stores nothing', async () => {
    const bad = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key: 'broken-upload', title: 'Broken', import: { file: Buffer.from('not a questionnaire').toString('base64') } },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('invalid_body');
    expect(bad.json.fields[0]).toMatchObject({ field: 'import.file', code: 'unreadable_file' });
    expect((await call(ctx.app, 'GET', '/api/questionnaires/broken-upload', { token: ctx.tokens.researcherA })).status).toBe(404);
  });

  it('documents the import body and the export route in the OpenAPI document', async () => {
    const document = await call(ctx.app, 'GET', '/api/openapi.json');
    expect(document.json.paths['/api/questionnaires/{id}/versions/{version}/export'].get.parameters[2].schema.enum).toEqual(['surveyjs', 'xlsform']);
    const schema = document.json.paths['/api/questionnaires'].post.requestBody.content['application/json'].schema;
    expect(schema.properties.import.properties.format.enum).toEqual(['xlsform', 'limesurvey', 'surveyjs']);
  });

  it('refuses an export format it does not know', async () => {
    const response = await call(ctx.app, 'GET', '/api/questionnaires/newcomer-needs/versions/1/export?format=pdf', { token: ctx.tokens.admin });
    expect(response.status).toBe(400);
    expect(response.json.fields[0].field).toBe('format');
  });
});
