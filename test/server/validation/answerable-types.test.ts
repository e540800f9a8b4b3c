import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SurveyModel, type QuestionMatrixDropdownModelBase, type QuestionMatrixDynamicModel } from 'survey-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../../helpers/test-app';

/**
 * Each fixture of a newly validated type is published, launched and answered end to end: the
 * body is what survey-core's own model holds after a respondent's clicks (setValue per answer),
 * so the validator is held to what the respondent app really sends.
 */
const FLOWS: { fixture: string; clicks: [string, unknown][] }[] = [
  {
    fixture: 'image-choices.json',
    clicks: [['transport', 'bus'], ['has_children', true], ['activities', ['playgroup', 'library']], ['playgroup_age', 4], ['bus_pass', 'yes'], ['favourite', 'library']],
  },
  {
    fixture: 'buttongroup.json',
    clicks: [['arrival', '1_3_years'], ['work', 'yes'], ['hours', 10], ['services', ['language', 'housing']], ['most_useful', 'housing']],
  },
  {
    fixture: 'tagbox.json',
    clicks: [['languages', ['arabic', 'english', 'other']], ['languages-Comment', 'Dari'], ['arrived_recently', false], ['class_languages', ['english']], ['has_children', true], ['barriers', ['childcare', 'time']], ['childcare_hours', 10]],
  },
  {
    fixture: 'ranking.json',
    clicks: [['has_children', true], ['priorities', ['school', 'housing', 'language', 'work', 'health']], ['services', ['clinic', 'library']], ['services_rank', ['library', 'clinic']], ['top_three', ['family', 'food']], ['family_note', 'My parents are still abroad.']],
  },
  {
    fixture: 'multipletext.json',
    clicks: [['household', { adults: 2, children: 1, languages: 'Arabic, English' }], ['childcare_note', 'Afternoons, three days a week.'], ['contact', { email: 'amina.k@example.ca', phone: '613-555-0100' }], ['arrival', { date: '2024-02-29', month: '2024-05' }]],
  },
  {
    fixture: 'slider.json',
    clicks: [['satisfaction', 4], ['improve', 'Evening hours.'], ['rent', [1200, 2100]], ['rent_note', 'Two of us work.'], ['hours', 10], ['distance', 1.5]],
  },
  {
    fixture: 'expression.json',
    clicks: [['adults', 2], ['children', 3], ['rooms', 2], ['crowded', 'We share two bedrooms between five.'], ['school', 'yes']],
  },
  {
    fixture: 'paneldynamic.json',
    // survey-core's data holds `members` (its one empty panel) from the start: it comes first.
    clicks: [
      ['members', [
        { first_name: 'Amina', age: 34, relationship: 'partner', languages: ['arabic', 'english'], needs: ['job', 'language_class'], work_hours: 20, arrived: '2019-11-30' },
        { first_name: 'Yusuf', age: 12, relationship: 'child', in_school: true, school_name: 'Lisgar', grade: 'elementary', health: 4, notes: 'Needs help with French.' },
        { first_name: 'Mona', age: 67, relationship: 'other', 'relationship-Comment': 'Aunt', needs: ['health'] },
      ]],
      ['lives_alone', 'no'],
      ['childcare', 'After school, three days a week.'],
      ['bedrooms', 3],
    ],
  },
  {
    fixture: 'paneldynamic-multipletext.json',
    // As for members above, survey-core's data holds `families` (minPanelCount's empty panel) from the start.
    clicks: [
      ['families', [
        { people: { adults: 2, children: 1, language: 'Dari' }, childcare: 'Mornings, while we are in class.', contact: { phone: '613-555-0100', since: '2023-04' } },
        { people: { adults: 1 }, contact: { email: 'amina.k@example.ca', phone: '613 555 0142' } },
      ]],
      ['shared_home', true],
    ],
  },
  {
    fixture: 'calculated-values.json',
    clicks: [['adults', 2], ['children', 5], ['school', 'some'], ['space', 'Three bedrooms at least.']],
  },
  {
    fixture: 'computed-bounds.json',
    clicks: [['birth_year', 1985], ['arrival_year', 2009], ['birth_date', '1985-04-02'], ['landing_date', '2009-09-01'], ['children', 2], ['in_school', 1], ['rooms', 2], ['years', { in_canada: 2, in_city: 1 }]],
  },
  {
    // The triggers and setValueIf fill pr_card, years_here, mailing_address and mailing_postal; pr_card is then typed over.
    fixture: 'answer-rules.json',
    clicks: [['adults', 2], ['children', 1], ['household_size', 3], ['status', 'citizen'], ['pr_card', 'yes'], ['arrival_year', 2010], ['home_address', '12 Elgin St'], ['postal_code', 'K1P 5K7'], ['mailing_same', true]],
  },
  {
    // The first complete trigger ends the survey on the first page: the required questions of the later pages stay unanswered.
    fixture: 'complete-triggers.json',
    clicks: [['consent', 'no'], ['why_not', 'I have no time this month.']],
  },
  {
    // "provider" jumps past the newcomer page and "no" past the work story: their required questions stay unanswered.
    fixture: 'skip-triggers.json',
    clicks: [['age', 41], ['status', 'provider'], ['org_type', 'settlement'], ['capacity', 4], ['employer', 'Public sector'], ['more', 'no'], ['final', 'Evening classes would help our clients.']],
  },
];

const fixture = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8')) as object;

function answersFromSurveyCore(json: object, clicks: [string, unknown][]): Record<string, unknown> {
  const survey = new SurveyModel(json);
  for (const [name, value] of clicks) survey.setValue(name, value);
  const answers = structuredClone(survey.data) as Record<string, unknown>;
  survey.dispose();
  return answers;
}

/**
 * matrices.json answered as a respondent's browser does: each cell typed into the question
 * survey-core draws in it, rows added with the matrix's own addRow (a matrixdynamic draws
 * rowCount rows and offers no remove button below minRowCount).
 */
function matrixAnswersFromSurveyCore(): Record<string, unknown> {
  const survey = new SurveyModel(fixture('matrices.json'));
  const matrix = (name: string) => survey.getQuestionByName(name) as QuestionMatrixDropdownModelBase;
  const type = (name: string, row: number, cells: Record<string, unknown>) => {
    for (const [column, value] of Object.entries(cells)) {
      const cell = matrix(name).visibleRows[row]?.getQuestionByColumnName(column);
      if (!cell) throw new Error(`no cell ${name}[${row}].${column}`);
      cell.value = value;
    }
  };
  survey.setValue('has_children', true);
  type('services', 0, { used: true, rating: 2, how: 'other', when: '2025-11-03', barriers: ['language', 'distance'] });
  const how = matrix('services').visibleRows[0]?.getQuestionByColumnName('how');
  if (how) how.comment = 'A neighbour drove me';
  type('services', 1, { used: false });
  type('services', 2, { used: true, rating: 5, how: 'in_person' });
  survey.setValue('food_note', 'The line was two hours long.');
  const household = matrix('household') as QuestionMatrixDynamicModel;
  type('household', 0, { first_name: 'Amina', age: 34, relation: 'self', satisfaction: 4 });
  household.addRow();
  type('household', 1, { first_name: 'Omar', age: 7, relation: 'child', in_school: true });
  // The languages matrix shows once the household has two people; it starts with no rows.
  (matrix('languages') as QuestionMatrixDynamicModel).addRow();
  type('languages', 0, { language: 'arabic', level: 'fluent' });
  // A required matrix of two rows at least, each with an answer.
  type('children', 0, { school: 'Glashan', grade: 'elementary' });
  type('children', 1, { grade: 'daycare' });
  const answers = structuredClone(survey.data) as Record<string, unknown>;
  survey.dispose();
  return answers;
}

describe('a dynamic matrix in a respondent\'s browser', () => {
  it('cannot lose a row below minRowCount nor gain one past maxRowCount', () => {
    const survey = new SurveyModel(fixture('matrices.json'));
    const household = survey.getQuestionByName('household') as QuestionMatrixDynamicModel;
    expect(household.visibleRows).toHaveLength(1);
    expect(household.canRemoveRows).toBe(false);
    for (let added = 1; added < 5; added++) household.addRow();
    expect(household.visibleRows).toHaveLength(5);
    expect(household.canAddRow).toBe(false);
    survey.dispose();
  });
});

describe.each(DIALECTS)('answering questionnaires that use the newly validated types (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => { ctx = await createTestContext(dialect); });
  afterAll(() => ctx?.close());

  it.each(FLOWS)('publishes $fixture, stores a survey-core answer once (201) and acknowledges its retry (200)', async ({ fixture: file, clicks }) => {
    const key = `types-${file.replace('.json', '')}`;
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: key, partnershipId: ctx.partnerships.a, survey: fixture(file) },
    });
    expect(created.status).toBe(201);
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status, published.text).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: key });
    const answers = answersFromSurveyCore(fixture(file), clicks);
    // survey-core's data also holds what it computed (expression questions, stored calculated values), after the clicks.
    expect(Object.keys(answers).filter((name) => clicks.some(([clicked]) => clicked === name))).toEqual(clicks.map(([name]) => name));
    const body = { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' };
    const first = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body });
    expect(first.status, first.text).toBe(201);
    expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body })).status).toBe(200);
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/responses?limit=100`, { token: ctx.tokens.admin });
    expect(listed.json.responses.map((response: { answers: unknown }) => response.answers)).toEqual([answers]);
  });

  it('publishes matrices.json, stores rows typed into its matrices once (201) and acknowledges the retry (200), and refuses fewer rows than minRowCount', async () => {
    const key = 'types-matrices';
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: key, partnershipId: ctx.partnerships.a, survey: fixture('matrices.json') },
    });
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status, published.text).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: key });
    const answers = matrixAnswersFromSurveyCore();
    expect(answers).toMatchObject({ services: { food_bank: { how: 'other', 'how-Comment': 'A neighbour drove me' } }, household: [{ first_name: 'Amina' }, { first_name: 'Omar', in_school: true }], languages: [{ language: 'arabic' }] });
    const post = (body: Record<string, unknown>) => call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body });
    const body = { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' };
    const first = await post(body);
    expect(first.status, first.text).toBe(201);
    expect((await post(body)).status).toBe(200);
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/responses?limit=100`, { token: ctx.tokens.admin });
    expect(listed.json.responses.map((response: { answers: unknown }) => response.answers)).toEqual([answers]);
    // No browser sends an empty household: it draws the one row minRowCount asks for.
    const refused = await post({ ...body, id: randomUUID(), answers: { ...answers, household: [], languages: undefined } });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.json.fields).toEqual([{ field: 'household', code: 'out_of_range', message: '"The people in your household" takes at least 1 row.' }]);
  });

  it('refuses the later pages unanswered when no complete trigger ends the survey', async () => {
    const key = 'types-complete-triggers-refused';
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: key, partnershipId: ctx.partnerships.a, survey: fixture('complete-triggers.json') },
    });
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA })).status).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: key });
    const post = (answers: Record<string, unknown>) =>
      call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' } });
    // Still in Canada: the survey goes on to the services and closing pages, whose answers are required.
    const refused = await post({ consent: 'yes', in_canada: true });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.json.fields.map((field: { field: string }) => field.field).sort()).toEqual(['comments', 'satisfaction', 'service']);
    // Leaving Canada: the second trigger ends the survey on the status page.
    expect((await post({ consent: 'yes', in_canada: false, plans: ['leave'] })).status).toBe(201);
  });

  it("drops a dynamic panel's answer hidden in its panel when storing, and refuses a panel too many naming the question", async () => {
    const key = 'types-paneldynamic-hidden';
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: key, partnershipId: ctx.partnerships.a, survey: fixture('paneldynamic.json') },
    });
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA })).status).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: key });
    // An adult's school answer is hidden by {panel.age}: survey-core drops it on completion.
    const adult = { first_name: 'Amina', age: 34, relationship: 'partner', needs: ['job'], school_name: 'Lisgar' };
    const body = { id: randomUUID(), locale: 'en', answers: { lives_alone: 'no', members: [adult] }, channel: 'web', community: 'Peel' };
    const posted = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body });
    expect(posted.status, posted.text).toBe(201);
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/responses?limit=100`, { token: ctx.tokens.admin });
    const { school_name: _dropped, ...kept } = adult;
    expect(listed.json.responses.map((response: { answers: unknown }) => response.answers)).toEqual([{ lives_alone: 'no', members: [kept] }]);

    const crowded = Array.from({ length: 6 }, (_, index) => ({ first_name: `Person ${index}`, age: 30, relationship: 'friend' }));
    const child = { first_name: 'Yusuf', age: 12, relationship: 'child', in_school: true };
    const refused = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, {
      body: { ...body, id: randomUUID(), answers: { lives_alone: 'no', members: crowded, bedrooms: 3 } },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.fields).toEqual([expect.objectContaining({ field: 'members', code: 'out_of_range', message: expect.stringMatching(/at most 5 panels/) })]);
    const unanswered = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, {
      body: { ...body, id: randomUUID(), answers: { lives_alone: 'no', members: [adult, child] } },
    });
    expect(unanswered.status).toBe(422);
    expect(unanswered.json.fields).toEqual([expect.objectContaining({ field: 'members', code: 'required', message: '"The people in your household, panel 2, Which school?" needs an answer.' })]);
  });

  it('refuses an arrival year before the birth year, the minimum computed from the answers', async () => {
    const key = 'types-computed-bounds-refused';
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: key, partnershipId: ctx.partnerships.a, survey: fixture('computed-bounds.json') },
    });
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA })).status).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: key });
    const post = (answers: Record<string, unknown>) =>
      call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' } });
    const refused = await post({ birth_year: 1990, arrival_year: 1989 });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.text).toContain('arrival_year');
    expect((await post({ birth_year: 1990, arrival_year: 1990 })).status).toBe(201);
  });

  it("stores the answers a browser's triggers and setValueIf set, as survey-core keeps them on loading", () => {
    const clicks = FLOWS.find((flow) => flow.fixture === 'answer-rules.json')?.clicks ?? [];
    const answers = answersFromSurveyCore(fixture('answer-rules.json'), clicks);
    // What the rules set in the respondent's browser: the flow above stores exactly this.
    expect(answers).toMatchObject({ pr_card: 'yes', years_here: 15, mailing_address: '12 Elgin St', mailing_postal: 'K1P 5K7' });
    const loaded = new SurveyModel(fixture('answer-rules.json'));
    loaded.data = { ...answers, mailing_address: 'PO Box 12', years_here: 2 };
    expect(loaded.data).toMatchObject({ mailing_address: 'PO Box 12', years_here: 2 });
    loaded.dispose();
  });

  it('stores the computed value of an expression question, not a forged one the client sent', async () => {
    const key = 'types-expression-forged';
    const created = await call(ctx.app, 'POST', '/api/questionnaires', {
      token: ctx.tokens.researcherA,
      body: { key, title: key, partnershipId: ctx.partnerships.a, survey: fixture('expression.json') },
    });
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA })).status).toBe(200);
    const consultation = await launchConsultation(ctx, { questionnaire: key });
    const answers = { adults: 1, children: 0, rooms: 1, total: 99, per_room: 99, household_type: 'family' };
    const body = { id: randomUUID(), locale: 'en', answers, channel: 'web', community: 'Peel' };
    const posted = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body });
    expect(posted.status, posted.text).toBe(201);
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/responses?limit=100`, { token: ctx.tokens.admin });
    expect(listed.json.responses.map((response: { answers: unknown }) => response.answers)).toEqual([
      { adults: 1, children: 0, rooms: 1, total: 1, per_room: 1, household_type: 'adults' },
    ]);
  });
});
