import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSurveyProblems } from '../../../server/questionnaires/survey-check';
import { call, createTestContext, type TestContext } from '../../helpers/test-app';

const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements: [{ type: 'text', name: 'first' }, ...elements] }] });

describe('publishing rules (findSurveyProblems)', () => {
  it('does not read the columns of a matrix as questions named twice', () => {
    const survey = page(
      { type: 'matrixdropdown', name: 'services', columns: [{ name: 'used', cellType: 'boolean' }, { name: 'rating', cellType: 'rating' }], rows: ['food', 'housing'] },
      { type: 'matrixdynamic', name: 'household', columns: [{ name: 'used' }, { name: 'rating' }] },
    );
    const problems = findSurveyProblems(survey);
    expect(problems.filter((problem) => problem.code === 'duplicate_name')).toEqual([]);
  });

  it('accepts a dynamic matrix, and refuses one that would draw fewer rows than its minRowCount', () => {
    const columns = [{ name: 'first_name', cellType: 'text', isRequired: true }];
    expect(findSurveyProblems(page({ type: 'matrixdynamic', name: 'household', minRowCount: 2, columns }))).toEqual([]);
    // survey-core draws rowCount rows, 2 unless set, even where minRowCount asks for more.
    const problems = findSurveyProblems(page(
      { type: 'matrixdynamic', name: 'household', minRowCount: 3, columns },
      { type: 'matrixdynamic', name: 'children', rowCount: 0, minRowCount: 1, columns },
      { type: 'matrixdynamic', name: 'pets', rowCount: 4, minRowCount: 3, maxRowCount: 2, columns },
    ));
    expect(problems.map((problem) => problem.field)).toEqual(['pages[0].elements[1]', 'pages[0].elements[2]', 'pages[0].elements[3]']);
    expect(problems[0]?.message).toMatch(/"household".*starts with 2 rows but asks for at least 3.*set rowCount/);
    expect(problems[2]?.message).toMatch(/"pets".*at most 2/);
  });

  it('accepts a complete trigger that reads questions of one page, and refuses one reading several pages, a variable or nothing', () => {
    const pages = (...triggers: unknown[]) => ({
      pages: [
        { name: 'p1', elements: [{ type: 'text', name: 'a' }, { type: 'text', name: 'b' }] },
        { name: 'p2', elements: [{ type: 'text', name: 'c' }] },
      ],
      triggers,
    });
    expect(findSurveyProblems(pages({ type: 'complete', expression: '{a} = 1 and {b} empty' }))).toEqual([]);
    const problems = findSurveyProblems(pages(
      { type: 'complete', expression: '{a} = 1 and {c} = 2' },
      { type: 'complete', expression: '{nowhere} = 1' },
      { type: 'complete' },
    ));
    expect(problems.map((problem) => problem.field)).toEqual(['triggers[0]', 'triggers[1]', 'triggers[2]']);
    expect(problems[0]?.message).toMatch(/not all questions of one page.*order the answers were given/);
    expect(problems[2]?.message).toMatch(/reads no answer/);
    const computed = { pages: [{ name: 'p1', elements: [{ type: 'expression', name: 'twice', expression: '{c} * 2' }] }, { name: 'p2', elements: [{ type: 'text', name: 'c' }] }], triggers: [{ type: 'complete', expression: '{twice} > 4' }] };
    expect(findSurveyProblems(computed)[0]?.message).toMatch(/complete trigger.*expression question is computed/);
    const onePage = findSurveyProblems({ ...pages({ type: 'complete', expression: '{a} = 1' }), questionsOnPageMode: 'singlePage' });
    expect(onePage).toEqual([expect.objectContaining({ field: 'triggers[0]', message: expect.stringMatching(/complete trigger .*questionsOnPageMode "singlePage".*remove that setting/) })]);
    const changed = findSurveyProblems(pages({ type: 'complete', expression: '{a} = 1' }, { type: 'setvalue', expression: '{c} = 2', setToName: 'a', setValue: 1 }));
    expect(changed.map((problem) => problem.field)).toEqual(['triggers[0]']);
    expect(changed[0]?.message).toMatch(/reads "a", which a rule .* changes/);
  });

  it('accepts a skip trigger that reads questions of one page and jumps to a question on a page, and refuses the others with their reason', () => {
    const pages = (triggers: unknown[], settings: Record<string, unknown> = {}) => ({
      ...settings,
      pages: [
        { name: 'p1', elements: [{ type: 'text', name: 'a' }, { type: 'text', name: 'b' }] },
        { name: 'p2', elements: [{ type: 'text', name: 'c' }, { type: 'panel', name: 'box', elements: [{ type: 'text', name: 'd' }] }] },
        { name: 'p3', elements: [{ type: 'text', name: 'e' }] },
      ],
      triggers,
    });
    expect(findSurveyProblems(pages([{ type: 'skip', expression: '{a} = 1 or {b} empty', gotoName: 'e' }, { type: 'skip', expression: '{c} = 2', gotoName: 'a' }]))).toEqual([]);
    const refused = (triggers: unknown[], settings?: Record<string, unknown>) => findSurveyProblems(pages(triggers, settings)).map((problem) => `${problem.field} ${problem.message}`);
    expect(refused([{ type: 'skip', expression: '{a} = 1 and {c} = 2', gotoName: 'e' }])).toEqual([expect.stringMatching(/^triggers\[0\] The skip trigger .*not all questions of one page.*order the answers were given/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'd' }])).toEqual([expect.stringMatching(/jumps to "d", which is not a question placed directly on a page.*first question of the page/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'nowhere' }])).toEqual([expect.stringMatching(/jumps to "nowhere"/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'c' }, { type: 'skip', expression: '{b} = 1', gotoName: 'e' }])).toEqual([expect.stringMatching(/^triggers\[1\] .*same page as another skip trigger.*one trigger per page/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'e' }], { questionsOnPageMode: 'singlePage' })).toEqual([expect.stringMatching(/questionsOnPageMode "singlePage"/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'e' }], { checkErrorsMode: 'onComplete' })).toEqual([expect.stringMatching(/checkErrorsMode "onComplete"/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'e' }, { type: 'complete', expression: '{b} = 2' }])).toEqual([expect.stringMatching(/^triggers\[0\] .*complete trigger at triggers\[1\].*keep one of the two/)]);
    expect(refused([{ type: 'skip', expression: '{a} = 1', gotoName: 'e' }, { type: 'setvalue', expression: '{c} = 2', setToName: 'a', setValue: 1 }])).toEqual([expect.stringMatching(/^triggers\[0\] .*reads "a", which a rule .* changes/)]);
  });

  it('refuses each picture the respondent page cannot load, with its path, and accepts /pictures/ files and data: URLs', () => {
    const survey = {
      logo: 'https://example.org/logo.png',
      ...page(
        { type: 'image', name: 'banner', imageLink: { default: '/pictures/welcome.png', fr: 'https://example.org/bienvenue.png' } },
        { type: 'imagepicker', name: 'pick', choices: [
          { value: 'bus', imageLink: '/pictures/bus.png' },
          { value: 'car', imageLink: 'https://example.org/car.png' },
          { value: 'bike', imageLink: 'data:image/png;base64,iVBORw0KGgo=' },
          { value: 'walk', imageLink: '//cdn.example.org/walk.png' },
          { value: 'boat', imageLink: '/assets/boat.png' },
        ] },
      ),
    };
    const problems = findSurveyProblems(survey).filter((problem) => problem.code === 'picture_elsewhere');
    expect(problems.map((problem) => problem.path)).toEqual([
      'logo',
      'pages[0].elements[1].imageLink.fr',
      'pages[0].elements[2].choices[1].imageLink',
      'pages[0].elements[2].choices[3].imageLink',
      'pages[0].elements[2].choices[4].imageLink',
    ]);
    expect(problems[2]?.message).toMatch(/"https:\/\/example.org\/car.png".*\/pictures\/<file name>.*data: URL/);
  });

  it('still refuses two questions with the same name, in panels or not', () => {
    const survey = page({ type: 'panel', name: 'box', elements: [{ type: 'comment', name: 'first' }] });
    expect(findSurveyProblems(survey)).toEqual([expect.objectContaining({ field: 'first', code: 'duplicate_name' })]);
  });

  it('refuses a file upload and a signature pad each with its own path and a reason about the respondent', () => {
    const survey = page({ type: 'panel', name: 'box', elements: [{ type: 'file', name: 'photo' }] }, { type: 'signaturepad', name: 'sign' });
    const problems = findSurveyProblems(survey);
    expect(problems.map((problem) => problem.field)).toEqual(['pages[0].elements[1].elements[0]', 'pages[0].elements[2]']);
    expect(problems[0]?.message).toMatch(/"photo".*uploads/);
    expect(problems[1]?.message).toMatch(/"sign".*signature.*identify/);
    expect(problems.every((problem) => problem.code === 'unsupported_feature')).toBe(true);
  });

  it('refuses choices loaded from a URL and says to copy them into the question', () => {
    const survey = page({ type: 'dropdown', name: 'country', choicesByUrl: { url: 'https://example.org/countries' } });
    const [problem] = findSurveyProblems(survey);
    expect(problem?.field).toBe('pages[0].elements[1]');
    expect(problem?.message).toMatch(/network.*"choices"/);
  });

  it('accepts image, imagepicker, tagbox and ranking, and refuses choices a respondent adds or that load while answering', () => {
    const accepted = page(
      { type: 'image', name: 'banner', imageLink: '/pictures/bus.png' },
      { type: 'imagepicker', name: 'pick', choices: [{ value: 'a', imageLink: '/pictures/bus.png' }] },
      { type: 'tagbox', name: 'tags', choices: ['a', 'b'] },
      { type: 'ranking', name: 'rank', choices: ['a', 'b'], selectToRankEnabled: true },
    );
    expect(findSurveyProblems(accepted)).toEqual([]);
    const problems = findSurveyProblems(page({ type: 'tagbox', name: 'tags', choices: ['a'], allowCustomChoices: true }, { type: 'tagbox', name: 'lazy', choicesLazyLoadEnabled: true }));
    expect(problems.map((problem) => problem.field)).toEqual(['pages[0].elements[1]', 'pages[0].elements[2]']);
    expect(problems[0]?.message).toMatch(/"tags".*allowCustomChoices.*showOtherItem/);
    expect(problems[1]?.message).toMatch(/"lazy".*choicesLazyLoadEnabled.*"choices"/);
  });

  it('accepts tagbox cells, in a column or as the cellType of a whole matrix', () => {
    const accepted = page(
      { type: 'matrixdynamic', name: 'household', columns: [{ name: 'languages', cellType: 'tagbox', choices: ['english', 'french'] }] },
      { type: 'matrixdropdown', name: 'needs', cellType: 'tagbox', choices: ['interpreter', 'class'], columns: [{ name: 'you' }], rows: ['health'] },
    );
    expect(findSurveyProblems(accepted)).toEqual([]);
  });

  it('accepts expression cells, and refuses, per column or element, what survey-core would not compute on the server\'s terms', () => {
    const matrix = (extra: object, columns: object[] = []) => ({
      type: 'matrixdynamic', name: 'jobs', ...extra,
      columns: [{ name: 'hours', cellType: 'text', inputType: 'number', totalType: 'sum' }, { name: 'pay', cellType: 'expression', expression: '{row.hours} * 20' }, ...columns],
    });
    expect(findSurveyProblems(page(matrix({}, [{ name: 'level', cellType: 'expression', expression: "iif({row.pay} > 500, 'high', 'low')" }])))).toEqual([]);
    const problems = findSurveyProblems(page(
      matrix({ enableIf: '{first} notempty' }, [
        { name: 'blank', cellType: 'expression' },
        { name: 'early', cellType: 'expression', expression: '{row.late} + 1' },
        { name: 'late', cellType: 'expression', expression: '{row.pay} + 1', totalType: 'sum' },
      ]),
      { type: 'text', name: 'note', visibleIf: '{jobs[0].pay} > 100' },
    ));
    expect(problems.map((problem) => problem.field)).toEqual([
      'pages[0].elements[1].columns[2]', 'pages[0].elements[1].columns[3]', 'pages[0].elements[1].columns[4]', 'pages[0].elements[1]', 'pages[0].elements[2].visibleIf',
    ]);
    expect(problems[0]?.message).toMatch(/"blank".*no "expression"/);
    expect(problems[1]?.message).toMatch(/"early".*reads the expression cell "late".*move "early" after "late"/);
    expect(problems[2]?.message).toMatch(/"late".*total.*expression column/);
    expect(problems[3]?.message).toMatch(/"jobs".*read-only.*remove readOnly and enableIf/);
    expect(problems[4]?.message).toMatch(/reads "jobs".*\{row\.<column>\}/);
    const choices = findSurveyProblems(page(matrix({}, [{ name: 'bonus', cellType: 'dropdown', choices: ['none', { value: 'yearly', visibleIf: '{row.pay} > 500' }] }])));
    expect(choices.map((problem) => problem.message)).toEqual([expect.stringMatching(/"bonus".*shows its choices by an expression cell/)]);
  });

  it('accepts multipletext, slider and a computed expression, and refuses an expression survey-core would not compute', () => {
    const accepted = page(
      { type: 'multipletext', name: 'contact', items: [{ name: 'email', inputType: 'email' }, { name: 'age', inputType: 'number', isRequired: true }] },
      { type: 'slider', name: 'rent', sliderType: 'range', min: 0, max: 3000, step: 100 },
      { type: 'expression', name: 'total', expression: '{first} * 2' },
    );
    expect(findSurveyProblems({ ...accepted, calculatedValues: [{ name: 'double', expression: '{first} * 2', includeIntoResult: true }] })).toEqual([]);
    const problems = findSurveyProblems(page({ type: 'expression', name: 'blank' }, { type: 'expression', name: 'frozen', expression: '{first}', enableIf: '{first} = 1' }));
    expect(problems.map((problem) => problem.field)).toEqual(['pages[0].elements[1]', 'pages[0].elements[2]']);
    expect(problems[0]?.message).toMatch(/"blank".*no "expression"/);
    expect(problems[1]?.message).toMatch(/"frozen".*enableIf.*sends/);
  });

  it('accepts a dynamic panel and refuses, element by element, what its template holds that the server does not judge per panel', () => {
    const household = (templateElements: unknown[], extra: Record<string, unknown> = {}) =>
      page({ type: 'paneldynamic', name: 'members', minPanelCount: 1, maxPanelCount: 5, keyName: 'first_name', templateElements, ...extra });
    const accepted = household([
      { type: 'text', name: 'first_name', isRequired: true },
      { type: 'text', name: 'age', inputType: 'number' },
      { type: 'panel', name: 'school', visibleIf: '{panel.age} < 19', elements: [{ type: 'tagbox', name: 'needs', choices: ['a', 'b'], requiredIf: '{panelIndex} = 0' }] },
      { type: 'multipletext', name: 'contact', visibleIf: '{panel.age} > 17', items: [{ name: 'phone', inputType: 'tel', isRequired: true }, { name: 'since', inputType: 'month' }] },
    ]);
    expect(findSurveyProblems(accepted)).toEqual([]);
    const problems = findSurveyProblems(household([
      { type: 'text', name: 'first_name' },
      { type: 'matrixdropdown', name: 'services', columns: [{ name: 'used', cellType: 'boolean' }], rows: ['food'] },
      { type: 'panel', name: 'box', elements: [{ type: 'paneldynamic', name: 'children', templateElements: [{ type: 'text', name: 'x' }] }] },
      { type: 'dropdown', name: 'same_as', choicesFromQuestion: 'first' },
      { type: 'text', name: 'older', visibleIf: '{prevPanel.age} > 3' },
      { type: 'panel', name: 'more', elements: [{ type: 'comment', name: 'first_name' }, { type: 'text', name: 'born', inputType: 'number', minValueExpression: '{panel.age}' }] },
      { type: 'multipletext', name: 'years', items: [{ name: 'here', inputType: 'number', maxValueExpression: '{panel.age}' }] },
    ], { templateVisibleIf: '{panel.age} > 1' }));
    expect(problems.map((problem) => problem.field)).toEqual([
      'pages[0].elements[1]',
      'pages[0].elements[1].templateElements[1]',
      'pages[0].elements[1].templateElements[2].elements[0]',
      'pages[0].elements[1].templateElements[3]',
      'pages[0].elements[1].templateElements[4]',
      'pages[0].elements[1].templateElements[5].elements[0]',
      'pages[0].elements[1].templateElements[5].elements[1]',
      'pages[0].elements[1].templateElements[6]',
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/"members".*templateVisibleIf.*questions inside/),
      expect.stringMatching(/"services".*inside a dynamic panel.*move it out/),
      expect.stringMatching(/"children".*inside a dynamic panel/),
      expect.stringMatching(/"same_as".*choicesFromQuestion inside a dynamic panel.*list the choices/),
      expect.stringMatching(/"older".*another panel.*\{panel\.<name>\}/),
      expect.stringMatching(/"first_name".*name of another question in the same dynamic panel/),
      expect.stringMatching(/"born".*minValueExpression inside a dynamic panel/),
      expect.stringMatching(/"years".*item "here".*maxValueExpression inside a dynamic panel.*fixed value/),
    ]);
  });

  it('refuses a question type the server has not registered, once, naming it', () => {
    const problems = findSurveyProblems(page({ type: 'starmap', name: 'sky' }));
    expect(problems).toEqual([{ field: 'pages[0].elements[1]', code: 'unsupported_feature', message: expect.stringMatching(/"sky".*custom question type/) }]);
  });

  it('refuses a password input whatever else the questionnaire holds', () => {
    const [problem] = findSurveyProblems(page({ type: 'text', name: 'secret', inputType: 'password' }));
    expect(problem?.message).toMatch(/password/);
  });

  it('accepts a computed minimum on a number or date input, and refuses one on a range input or a matrix column', () => {
    expect(findSurveyProblems(page({ type: 'text', name: 'arrival', inputType: 'number', minValueExpression: '{first}' }))).toEqual([]);
    expect(findSurveyProblems(page({ type: 'text', name: 'landed', inputType: 'date', maxValueExpression: 'today()' }))).toEqual([]);
    const range = findSurveyProblems(page({ type: 'text', name: 'comfort', inputType: 'range', minValueExpression: '{first}' }));
    expect(range).toEqual([expect.objectContaining({ field: 'pages[0].elements[1]', message: expect.stringMatching(/"comfort".*minValueExpression.*range input/) })]);
    const column = findSurveyProblems(page({ type: 'matrixdropdown', name: 'grid', rows: ['a'], columns: [{ name: 'year', cellType: 'text', inputType: 'number', maxValueExpression: '{first}' }] }));
    expect(column.map((problem) => problem.field)).toEqual(['pages[0].elements[1].columns[0]']);
  });

  it('refuses a trigger the server does not validate, pointing at it', () => {
    const survey = { ...page(), triggers: [{ type: 'setvalue', expression: '{first} = 1', setToName: 'first_copy', setValue: 1 }, { type: 'visible', expression: '{first} = 1' }] };
    expect(findSurveyProblems(survey)).toEqual([
      expect.objectContaining({ field: 'triggers[0]', code: 'unsupported_feature', message: expect.stringMatching(/"first_copy", which is not a question/) }),
      expect.objectContaining({ field: 'triggers[1]', code: 'unsupported_feature', message: expect.stringMatching(/visible trigger/) }),
    ]);
  });

  it('accepts rules that change an editable answer, and refuses them on a read-only one or in a cycle', () => {
    const editable = page({ type: 'text', name: 'size', inputType: 'number' }, { type: 'text', name: 'copy', setValueIf: '{first} notempty', setValueExpression: '{first}', resetValueIf: '{size} > 5' });
    expect(findSurveyProblems(editable)).toEqual([]);
    const computedDefault = findSurveyProblems(page({ type: 'text', name: 'size', inputType: 'number', defaultValueExpression: '{first} + 1' }));
    expect(computedDefault).toEqual([expect.objectContaining({ field: 'pages[0].elements[1]', message: expect.stringMatching(/"size".*defaultValueExpression.*loads a response/) })]);
    expect(findSurveyProblems(page({ type: 'text', name: 'arrived', inputType: 'date', defaultValueExpression: 'today()' }, { type: 'radiogroup', name: 'contact', choices: ['phone', 'none'], defaultValueExpression: "'none'" }))).toEqual([]);
    const inPanel = findSurveyProblems(page({ type: 'paneldynamic', name: 'people', templateElements: [{ type: 'text', name: 'since', inputType: 'date', defaultValueExpression: 'today()' }] }));
    expect(inPanel).toEqual([expect.objectContaining({ message: expect.stringMatching(/"since".*defaultValueExpression inside a dynamic panel.*unanswered dynamic panel/) })]);
    const inColumn = findSurveyProblems(page({ type: 'matrixdropdown', name: 'grid', rows: ['a'], columns: [{ name: 'since', cellType: 'text', defaultValueExpression: 'today()' }] }));
    expect(inColumn).toEqual([expect.objectContaining({ field: 'pages[0].elements[1].columns[0]', message: expect.stringMatching(/"since".*defaultValueExpression.*each row survey-core draws/) })]);
    const readOnly = findSurveyProblems(page({ type: 'panel', name: 'box', enableIf: '{first} = 1', elements: [{ type: 'text', name: 'copy', setValueIf: '{first} notempty', setValueExpression: '{first}' }] }));
    expect(readOnly).toEqual([expect.objectContaining({ field: 'pages[0].elements[1].elements[0]', message: expect.stringMatching(/"copy".*read-only or has enableIf/) })]);
    const cycle = findSurveyProblems({
      ...page({ type: 'text', name: 'a', setValueIf: '{b} notempty', setValueExpression: '{b}' }, { type: 'text', name: 'b' }),
      triggers: [{ type: 'copyvalue', expression: '{a} notempty', fromName: 'a', setToName: 'b' }],
    });
    expect(cycle.map((problem) => problem.field)).toEqual(['pages[0].elements[1]', 'triggers[0]']);
    expect(cycle[0]?.message).toMatch(/cycle/);
  });
});

describe('publishing through the API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
  });
  afterAll(() => ctx.close());

  it('answers 422 with one field per refused element', async () => {
    const survey = page({ type: 'file', name: 'photo' }, { type: 'dropdown', name: 'country', choicesByUrl: { url: 'https://example.org/c' } });
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key: 'refusals', title: 'R', survey } });
    const publish = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(publish.status).toBe(422);
    expect(publish.json.fields.map((field: { field: string }) => field.field)).toEqual(['pages[0].elements[1]', 'pages[0].elements[2]']);
  });

  it('saves a draft whose pictures are on another site, reports them on check, and refuses to publish it until they are moved', async () => {
    const picker = (link: string) => page({ type: 'imagepicker', name: 'transport', choices: [{ value: 'bus', imageLink: '/pictures/bus.png' }, { value: 'car', imageLink: link }] });
    const elsewhere = picker('https://example.org/car.png');
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key: 'pictures', title: 'P', survey: elsewhere } });
    expect(created.status).toBe(201);
    const check = await call(ctx.app, 'POST', '/api/questionnaires/check', { token: ctx.tokens.researcherA, body: { survey: elsewhere } });
    expect(check.json.problems).toEqual([expect.objectContaining({ code: 'picture_elsewhere', path: 'pages[0].elements[1].choices[1].imageLink' })]);
    const refused = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('invalid_survey');
    expect(refused.json.fields).toEqual([expect.objectContaining({ field: 'pages[0].elements[1].choices[1].imageLink', code: 'picture_elsewhere' })]);
    expect(refused.json.fields[0].message).toMatch(/\/pictures\/.*data: URL/);
    const edited = await call(ctx.app, 'PUT', `/api/questionnaires/${created.json.id}/versions/1`, { token: ctx.tokens.researcherA, body: { survey: picker('/pictures/car.png') } });
    expect(edited.status).toBe(200);
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status).toBe(200);
  });
});
