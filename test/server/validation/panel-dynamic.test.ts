import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { Oracle } from './oracle';
import { byField, showFields, showKept } from './verdicts';

/**
 * The corners of survey-core's dynamic panel that generated responses rarely reach, each held to
 * survey-core itself (oracle.ts) and to the verdict written out here.
 */
const survey = (extra: Record<string, unknown>) => ({
  elements: [
    { type: 'radiogroup', name: 'show', choices: ['yes', 'no'] },
    {
      type: 'paneldynamic', name: 'members', visibleIf: "{show} = 'yes'", keyName: 'name',
      templateElements: [
        { type: 'text', name: 'name' },
        { type: 'text', name: 'age', inputType: 'number' },
        { type: 'text', name: 'school', visibleIf: '{panel.age} < 18', isRequired: true },
      ],
      ...extra,
    },
    { type: 'text', name: 'many', visibleIf: '{members.length} > 2', isRequired: true },
  ],
});

const CASES: { title: string; extra: Record<string, unknown>; answers: Record<string, unknown>; fields: string; kept?: unknown }[] = [
  { title: 'keys differing only in case are not duplicates', extra: {}, answers: { show: 'yes', members: [{ name: 'Ana' }, { name: 'ANA' }] }, fields: '', kept: [{ name: 'Ana' }, { name: 'ANA' }] },
  { title: 'the same key twice is refused on the dynamic panel', extra: {}, answers: { show: 'yes', members: [{ name: 'Ana' }, { name: 'Ana' }] }, fields: 'members:validator' },
  { title: 'fewer panels than minPanelCount are accepted', extra: { minPanelCount: 3 }, answers: { show: 'yes', members: [{ name: 'Ana' }] }, fields: '', kept: [{ name: 'Ana' }] },
  { title: 'an empty answer validates the panels built for it', extra: { panelCount: 2, templateElements: [{ type: 'text', name: 'name', isRequired: true }] }, answers: { show: 'yes', members: [] }, fields: 'members:required' },
  { title: 'no panel is built for an empty answer without panelCount or minPanelCount', extra: { templateElements: [{ type: 'text', name: 'name', isRequired: true }] }, answers: { show: 'yes', members: [] }, fields: '', kept: [] },
  { title: 'a required question shown in a panel needs its answer', extra: {}, answers: { show: 'yes', members: [{ name: 'Ana', age: 40 }, { name: 'Bo', age: 9 }] }, fields: 'members:required' },
  { title: 'an answer hidden in its panel is dropped', extra: {}, answers: { show: 'yes', members: [{ name: 'Ana', age: 40, school: 'Lisgar' }] }, fields: '', kept: [{ name: 'Ana', age: 40 }] },
  { title: 'a hidden list as long as the empty count is dropped', extra: { minPanelCount: 1 }, answers: { show: 'no', members: [{ name: 'Ana' }] }, fields: '', kept: undefined },
  { title: 'a hidden list of another length becomes the empty panels', extra: { minPanelCount: 1 }, answers: { show: 'no', members: [{ name: 'Ana' }, { name: 'Bo' }] }, fields: '', kept: [{}] },
  { title: 'a hidden list is dropped when no panel is built for no answer', extra: {}, answers: { show: 'no', members: [{}, {}] }, fields: '', kept: undefined },
  { title: 'a string is refused, and read as sent by {members.length}', extra: {}, answers: { show: 'yes', members: 'abcd' }, fields: 'many:required members:invalid_type' },
  { title: 'a null panel is refused and read as no answer', extra: {}, answers: { show: 'yes', members: [null, { name: 'Ana' }, {}] }, fields: 'members:invalid_type' },
  { title: 'an unknown key in a panel is refused', extra: {}, answers: { show: 'yes', members: [{ name: 'Ana', shoe: 42 }] }, fields: 'members:invalid_choice' },
  { title: 'more panels than maxPanelCount are refused', extra: { maxPanelCount: 2 }, answers: { show: 'yes', members: [{}, {}, {}], many: 'x' }, fields: 'members:out_of_range' },
];

describe('paneldynamic, judged as survey-core judges it', () => {
  it.each(CASES)('$title', ({ extra, answers, fields, kept }) => {
    const json = survey(extra);
    const oracle = new Oracle(json);
    const expected = oracle.judge(answers);
    oracle.dispose();
    const validator = compileValidator(json);
    const actual = validator.validate(answers, 'en');
    expect(showFields(byField(actual))).toBe(showFields(expected.fields));
    expect(showFields(byField(actual))).toBe(fields);
    if (fields !== '') return;
    const stored = validator.answersToStore(answers);
    expect(showKept(stored)).toBe(showKept(expected.kept));
    expect(stored.members).toEqual(kept);
  });
});

/** Pictures, buttons and sliders inside a template, judged per panel as at the top level. */
const typesSurvey = {
  elements: [
    {
      type: 'paneldynamic', name: 'trips',
      templateElements: [
        { type: 'image', name: 'banner', imageLink: '/pictures/bus.png' },
        { type: 'imagepicker', name: 'transport', choices: [{ value: 'bus', imageLink: '/pictures/bus.png' }, { value: 'bike', imageLink: '/pictures/bike.png', visibleIf: '{panelIndex} > 0' }] },
        { type: 'slider', name: 'minutes', min: 0, max: 120, step: 10 },
        { type: 'buttongroup', name: 'cost', choices: ['free', 'paid'], showOtherItem: true, isRequired: true, visibleIf: "{panel.transport} = 'bus'" },
      ],
    },
    { type: 'text', name: 'two_hours', visibleIf: '{trips[0].minutes} = 120', isRequired: true },
  ],
};

const TYPE_CASES: { title: string; answers: Record<string, unknown>; fields: string; kept?: unknown }[] = [
  { title: "an imagepicker choice shown by {panelIndex} is refused in the first panel", answers: { trips: [{ transport: 'bike' }] }, fields: 'trips:invalid_choice' },
  { title: 'an imagepicker choice shown by {panelIndex} is accepted in the second panel', answers: { trips: [{ transport: 'bus', cost: 'free' }, { transport: 'bike', minutes: 30 }] }, fields: '', kept: [{ transport: 'bus', cost: 'free' }, { transport: 'bike', minutes: 30 }] },
  { title: 'a buttongroup shown by {panel.x} is required in that panel only', answers: { trips: [{ transport: 'bus' }, { transport: 'bike' }] }, fields: 'trips:required' },
  { title: "a buttongroup refuses 'other' even with showOtherItem", answers: { trips: [{ transport: 'bus', cost: 'other' }] }, fields: 'trips:invalid_choice' },
  { title: 'a slider off its step is refused', answers: { trips: [{ minutes: 25 }] }, fields: 'trips:out_of_range' },
  { title: 'a slider past its max is refused, and read pulled within it from outside', answers: { trips: [{ minutes: 130 }] }, fields: 'trips:out_of_range two_hours:required' },
  { title: "an answer under an image's name is refused", answers: { trips: [{ banner: 'x' }] }, fields: 'trips:invalid_choice' },
  { title: "a hidden buttongroup's answer is dropped from its panel", answers: { trips: [{ transport: 'bus', cost: 'paid' }, { transport: 'bike', cost: 'free' }] }, fields: '', kept: [{ transport: 'bus', cost: 'paid' }, { transport: 'bike' }] },
];

describe('imagepicker, image, buttongroup and slider in a dynamic panel, judged as survey-core judges them', () => {
  it.each(TYPE_CASES)('$title', ({ answers, fields, kept }) => {
    const oracle = new Oracle(typesSurvey);
    const expected = oracle.judge(answers);
    oracle.dispose();
    const validator = compileValidator(typesSurvey);
    const actual = validator.validate(answers, 'en');
    expect(showFields(byField(actual))).toBe(showFields(expected.fields));
    expect(showFields(byField(actual))).toBe(fields);
    if (fields !== '') return;
    const stored = validator.answersToStore(answers);
    expect(showKept(stored)).toBe(showKept(expected.kept));
    expect(stored.trips).toEqual(kept);
  });
});

/** Rankings inside a template: fixed choices, or choices picked to rank (selectToRankEnabled). */
const rankingSurvey = {
  elements: [
    {
      type: 'paneldynamic', name: 'trips', minPanelCount: 1,
      templateElements: [
        { type: 'ranking', name: 'liked', choices: ['price', 'speed', 'scenery'] },
        { type: 'text', name: 'fast_enough', visibleIf: "{panel.liked[0]} = 'speed'", isRequired: true },
        { type: 'ranking', name: 'improve', selectToRankEnabled: true, maxSelectedChoices: 2, choices: ['schedule', 'safety', { value: 'parking', visibleIf: '{panelIndex} = 1' }] },
      ],
    },
    { type: 'text', name: 'cheap', visibleIf: "{trips[0].liked[0]} = 'price'", isRequired: true },
  ],
};

const RANKING_CASES: { title: string; answers: Record<string, unknown>; fields: string; kept?: unknown }[] = [
  { title: "a ranking's order is read by {panel.x[0]} in its panel", answers: { trips: [{ liked: ['speed', 'price', 'scenery'] }] }, fields: 'trips:required' },
  { title: "a ranking's order is read by {name[0].x[0]} from outside", answers: { trips: [{ liked: ['price', 'speed', 'scenery'] }] }, fields: 'cheap:required' },
  { title: 'a ranking is kept in the order sent, in the panel survey-core built before loading too', answers: { trips: [{ liked: ['scenery', 'price', 'speed'] }, { liked: ['scenery', 'speed', 'price'] }] }, fields: '', kept: [{ liked: ['scenery', 'price', 'speed'] }, { liked: ['scenery', 'speed', 'price'] }] },
  { title: 'a ranking missing a choice is refused', answers: { trips: [{ liked: ['scenery', 'price'] }] }, fields: 'trips:invalid_choice' },
  { title: 'an empty object sent to a ranking is refused, and read from outside as every choice, as survey-core holds it', answers: { trips: [{ liked: {} }] }, fields: 'cheap:required trips:invalid_type' },
  { title: 'a choice picked to rank must be shown in its panel', answers: { trips: [{ improve: ['parking'] }] }, fields: 'trips:invalid_choice' },
  { title: 'a choice shown by {panelIndex} may be picked to rank in that panel', answers: { trips: [{}, { improve: ['parking', 'safety'] }] }, fields: '', kept: [{}, { improve: ['parking', 'safety'] }] },
  { title: 'more choices picked to rank than maxSelectedChoices are refused', answers: { trips: [{ improve: ['schedule', 'safety', 'parking'] }] }, fields: 'trips:invalid_choice' },
];

describe('ranking in a dynamic panel, judged as survey-core judges it', () => {
  it.each(RANKING_CASES)('$title', ({ answers, fields, kept }) => {
    const oracle = new Oracle(rankingSurvey);
    const expected = oracle.judge(answers);
    oracle.dispose();
    const validator = compileValidator(rankingSurvey);
    const actual = validator.validate(answers, 'en');
    expect(showFields(byField(actual))).toBe(showFields(expected.fields));
    expect(showFields(byField(actual))).toBe(fields);
    if (fields !== '') return;
    const stored = validator.answersToStore(answers);
    expect(showKept(stored)).toBe(showKept(expected.kept));
    expect(stored.trips).toEqual(kept);
  });

  it('refuses at publish a ranking whose shown choices follow the answers, unless its choices are picked to rank', () => {
    const template = (ranking: Record<string, unknown>) => ({ elements: [{ type: 'paneldynamic', name: 'trips', templateElements: [{ type: 'text', name: 'x' }, { type: 'ranking', name: 'liked', ...ranking }] }] });
    const choices = ['price', { value: 'speed', visibleIf: '{panel.x} = 1' }];
    expect(() => compileValidator(template({ choices }))).toThrow(/"liked".*ranks choices that conditions show or hide inside a dynamic panel/);
    expect(() => compileValidator(template({ choices: ['price', 'speed'], choicesVisibleIf: "{item} != 'x'" }))).toThrow(/ranks choices that conditions show or hide/);
    expect(() => compileValidator(template({ choices, selectToRankEnabled: true }))).not.toThrow();
    expect(() => compileValidator(template({ choices: ['price', 'speed'] }))).not.toThrow();
  });
});

/** The single-choice grid inside a template: rows and columns shown per panel. */
const matrixSurvey = {
  elements: [
    {
      type: 'paneldynamic', name: 'trips', minPanelCount: 1,
      templateElements: [
        { type: 'radiogroup', name: 'transport', choices: ['bus', 'car'] },
        {
          type: 'matrix', name: 'rate', eachRowRequired: true, eachRowUnique: true, visibleIf: '{panel.transport} notempty',
          columns: [1, 2, { value: 3, visibleIf: '{panelIndex} = 0' }], rows: ['on_time', { value: 'parking', visibleIf: "{panel.transport} = 'car'" }],
        },
      ],
    },
    { type: 'text', name: 'late', visibleIf: '{trips[0].rate.on_time} = 1', isRequired: true },
  ],
};

const MATRIX_CASES: { title: string; answers: Record<string, unknown>; fields: string; kept?: unknown }[] = [
  { title: 'a row shown by {panel.x} is answered in that panel', answers: { trips: [{ transport: 'car', rate: { on_time: 2, parking: 3 } }] }, fields: '', kept: [{ transport: 'car', rate: { on_time: 2, parking: 3 } }] },
  { title: 'a row hidden in its panel is refused', answers: { trips: [{ transport: 'bus', rate: { on_time: 2, parking: 3 } }] }, fields: 'trips:invalid_choice' },
  { title: 'a column shown by {panelIndex} is refused in another panel', answers: { trips: [{ transport: 'bus', rate: { on_time: 2 } }, { transport: 'bus', rate: { on_time: 3 } }] }, fields: 'trips:invalid_choice' },
  { title: "eachRowRequired holds for the rows shown in each panel", answers: { trips: [{ transport: 'car', rate: { on_time: 2 } }] }, fields: 'trips:required' },
  { title: 'eachRowUnique holds in each panel', answers: { trips: [{ transport: 'car', rate: { on_time: 2, parking: 2 } }] }, fields: 'trips:validator' },
  { title: "a hidden matrix's answer is dropped from its panel", answers: { trips: [{ rate: { on_time: 2 } }] }, fields: '', kept: [{}] },
  { title: 'a list in a cell is refused, and read from outside as its first item, as survey-core holds it', answers: { trips: [{ transport: 'bus', rate: { on_time: [1, 2] } }] }, fields: 'late:required trips:invalid_type' },
];

describe('matrix in a dynamic panel, judged as survey-core judges it', () => {
  it.each(MATRIX_CASES)('$title', ({ answers, fields, kept }) => {
    const oracle = new Oracle(matrixSurvey);
    const expected = oracle.judge(answers);
    oracle.dispose();
    const validator = compileValidator(matrixSurvey);
    const actual = validator.validate(answers, 'en');
    expect(showFields(byField(actual))).toBe(showFields(expected.fields));
    expect(showFields(byField(actual))).toBe(fields);
    if (fields !== '') return;
    const stored = validator.answersToStore(answers);
    expect(showKept(stored)).toBe(showKept(expected.kept));
    expect(stored.trips).toEqual(kept);
  });
});
