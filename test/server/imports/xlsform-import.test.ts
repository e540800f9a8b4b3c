import { readFileSync } from 'node:fs';
import { SurveyModel, type QuestionSelectBase } from 'survey-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importQuestionnaire, type ImportResult } from '../../../server/imports';
import { exportXlsForm } from '../../../server/imports/xlsform-export';
import { findSurveyProblems } from '../../../server/questionnaires/survey-check';
import { EDGE_SURVEY_ROWS, NEEDS_SURVEY_ROWS } from '../../fixtures/imports/xlsform-rows';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url));

type Json = Record<string, any>;

function allElements(survey: Json): Json[] {
  const walk = (elements: Json[]): Json[] => elements.flatMap((element) => [element, ...walk(element.elements ?? element.templateElements ?? [])]);
  return walk(survey.pages);
}

describe('importing the newcomer needs XLSForm', () => {
  let result: ImportResult;
  let byName: Map<string, Json>;
  beforeAll(async () => {
    result = await importQuestionnaire(fixture('newcomer-needs.xlsx'), { fileName: 'newcomer-needs.xlsx' });
    byName = new Map(allElements(result.survey).map((element) => [element.name, element]));
  });

  it('reads a form of more than forty rows as XLSForm', () => {
    expect(NEEDS_SURVEY_ROWS.length).toBeGreaterThanOrEqual(40);
    expect(result.format).toBe('xlsform');
    expect(result.survey.title).toBe('Newcomer Needs Survey 2026');
  });

  it('makes each top-level group a page and nested groups panels, with their relevance', () => {
    const pages = (result.survey.pages as Json[]).map((page) => page.name);
    expect(pages).toEqual(['page1', 'about', 'household', 'needs', 'services', 'closing']);
    const housing = byName.get('housing_block')!;
    expect(housing.type).toBe('panel');
    expect(housing.visibleIf).toBe("{top_needs} contains 'housing'");
    expect(housing.elements.map((element: Json) => element.name)).toEqual(['housing_type', 'rent_share', 'housing_crowded']);
    expect(byName.get('household')!.visibleIf).toBe("{consent} = 'yes'");
  });

  it('keeps English as the default language and French as fr, for titles, hints, choices and messages', () => {
    expect(byName.get('languages_spoken')!.title).toEqual({ default: 'Which languages do you speak at home?', fr: 'Quelles langues parlez-vous à la maison?' });
    expect(byName.get('languages_spoken')!.description).toEqual({ default: 'Choose all that apply.', fr: 'Choisissez toutes les réponses qui s’appliquent.' });
    expect(byName.get('province')!.choices[1]).toEqual({ value: 'qc', text: { default: 'Quebec', fr: 'Québec' } });
    expect(byName.get('consent')!.requiredErrorText).toEqual({ default: 'Please tell us whether you agree.', fr: 'Veuillez nous dire si vous acceptez.' });
    expect(byName.get('about')!.title).toEqual({ default: 'About you', fr: 'À propos de vous' });
  });

  it('maps the XLSForm types to the SurveyJS types Tessera accepts', () => {
    const types = (name: string) => {
      const { type, inputType, step } = byName.get(name)!;
      return { type, inputType, step };
    };
    expect(types('consent')).toEqual({ type: 'radiogroup' });
    expect(types('city')).toEqual({ type: 'dropdown' });
    expect(types('languages_spoken')).toEqual({ type: 'checkbox' });
    expect(byName.get('languages_spoken')!.showOtherItem).toBe(true);
    expect(types('age')).toEqual({ type: 'text', inputType: 'number', step: 1 });
    expect(types('rent_share')).toEqual({ type: 'text', inputType: 'number' });
    expect(types('needs_other')).toEqual({ type: 'comment' });
    expect(types('intro')).toEqual({ type: 'html' });
    expect(byName.get('intro')!.html.fr).toContain('Bienvenue');
    expect(byName.get('wait_rating')).toMatchObject({ type: 'rating', rateMin: 1, rateMax: 5, rateStep: 1 });
    expect(byName.get('service_satisfaction')!.colCount).toBe(0);
  });

  it('translates relevance, constraints and regular expressions into SurveyJS expressions and validators', () => {
    expect(byName.get('english_level')!.visibleIf).toBe("!({languages_spoken} contains 'en')");
    expect(byName.get('children_count')!.visibleIf).toBe("{children_under_18} = 'yes'");
    expect(byName.get('employment_barriers')!.visibleIf).toBe("{employment_status} = 'looking' or {employment_status} = 'underemployed'");
    expect(byName.get('top_need')!.visibleIf).toBe('{top_needs.length} > 1');
    expect(byName.get('age')!.validators).toEqual([
      { type: 'expression', expression: '{age} empty or ({age} >= 16 and {age} <= 110)', text: { default: 'Enter an age between 16 and 110.', fr: 'Entrez un âge entre 16 et 110.' } },
    ]);
    expect(byName.get('top_needs')!.validators[0].expression).toBe('{top_needs} empty or {top_needs.length} <= 3');
    expect(byName.get('postal_prefix')!.validators[0]).toMatchObject({ type: 'regex', regex: '^[A-Za-z][0-9][A-Za-z]$' });
  });

  it('turns a choice filter on the choice name into choicesVisibleIf and one on other columns into per-choice conditions', () => {
    expect(byName.get('top_need')!.choicesVisibleIf).toBe('{top_needs} contains {item}');
    const city = byName.get('city')!;
    expect(city.choicesVisibleIf).toBeUndefined();
    expect(city.choices.find((choice: Json) => choice.value === 'gatineau').visibleIf).toBe("'qc' = {province}");
  });

  it('behaves in survey-core as the form does in ODK: skip logic, filtered choices and constraints', () => {
    const model = new SurveyModel(result.survey);
    model.setValue('consent', 'yes');
    model.setValue('province', 'qc');
    const city = model.getQuestionByName('city') as QuestionSelectBase;
    expect(city.visibleChoices.map((choice) => choice.value)).toEqual(['montreal', 'quebec', 'gatineau']);
    model.setValue('top_needs', ['housing', 'food']);
    const topNeed = model.getQuestionByName('top_need') as QuestionSelectBase;
    expect(topNeed.isVisible).toBe(true);
    expect(topNeed.visibleChoices.map((choice) => choice.value)).toEqual(['housing', 'food']);
    expect(model.getPanelByName('housing_block').isVisible).toBe(true);
    expect(model.getPanelByName('employment_block').isVisible).toBe(false);
    model.setValue('languages_spoken', ['en']);
    expect(model.getQuestionByName('english_level').isVisible).toBe(false);
    const age = model.getQuestionByName('age');
    age.value = 12;
    expect(age.validate()).toBe(false);
    age.value = 34;
    expect(age.validate()).toBe(true);
    age.value = 34.5;
    expect(age.validate()).toBe(false);
    model.dispose();
  });

  it('lists each row it could not convert with its row number, column and reason', () => {
    const entries = result.notConverted.map(({ row, column, question }) => ({ row, column, question }));
    expect(entries).toEqual([
      { row: 2, column: 'type', question: 'start' },
      { row: 3, column: 'type', question: 'end' },
      { row: 49, column: 'type', question: 'location' },
    ]);
    expect(result.notConverted[2]!.reason).toMatch(/geopoint/);
  });

  it('turns a calculation into a calculated value stored with the response, which the note after it reads', () => {
    expect(result.survey.calculatedValues).toEqual([{ name: 'needs_count', expression: '{top_needs.length}', includeIntoResult: true }]);
    expect(byName.get('needs_summary')!.visibleIf).toBe('{needs_count} > 1');
    const model = new SurveyModel(result.survey);
    model.setValue('consent', 'yes');
    model.setValue('top_needs', ['housing']);
    expect(model.getQuestionByName('needs_summary').isVisible).toBe(false);
    model.setValue('top_needs', ['housing', 'food']);
    expect(model.getQuestionByName('needs_summary').isVisible).toBe(true);
    expect(model.getVariable('needs_count')).toBe(2);
    expect(model.data.needs_count).toBe(2);
    model.dispose();
  });

  it('produces a survey the publish check accepts', () => {
    expect(findSurveyProblems(result.survey)).toEqual([]);
  });
});

describe('importing an XLSForm with what does not convert', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importQuestionnaire(fixture('edge-cases.xlsx'));
  });
  const reasonFor = (row: number, column: string) => result.notConverted.find((entry) => entry.row === row && entry.column === column)?.reason;

  it('maps date and time to text inputs of those types', () => {
    const elements = allElements(result.survey);
    expect(elements.find((element) => element.name === 'arrival_date')).toMatchObject({ type: 'text', inputType: 'date' });
    expect(elements.find((element) => element.name === 'best_time')).toMatchObject({ type: 'text', inputType: 'time' });
  });

  it('makes a repeat a dynamic panel, asked exactly as many times as a fixed repeat count says', () => {
    const members = allElements(result.survey).find((element) => element.name === 'members')!;
    expect(members).toMatchObject({ type: 'paneldynamic', title: 'Household member', panelCount: 3, minPanelCount: 3, maxPanelCount: 3 });
    expect(members.templateElements.map((element: Json) => element.name)).toEqual(['member_name']);
    expect(reasonFor(4, 'type')).toBeUndefined();
    expect(reasonFor(4, 'repeat_count')).toBeUndefined();
  });

  it("reads a repeat's own answers in the same entry, as ODK does, and the rest of the form as usual", () => {
    const children = allElements(result.survey).find((element) => element.name === 'children')!;
    expect(children).toMatchObject({ type: 'paneldynamic', panelCount: 1 });
    expect(children.templateElements.map((element: Json) => element.name)).toEqual(['child_age', 'child_school']);
    const model = new SurveyModel(result.survey);
    model.setValue('arrival_date', '2025-05-01');
    model.setValue('children', [{ child_age: 7 }, { child_age: 2 }]);
    const panels = (model.getQuestionByName('children') as unknown as { panels: Array<{ getQuestionByName(name: string): { isVisible: boolean } }> }).panels;
    expect(panels.map((panel) => panel.getQuestionByName('child_school').isVisible)).toEqual([true, false]);
    model.dispose();
  });

  it('exports dynamic panels and calculated values back as repeats and calculations that import the same', async () => {
    const exported = await exportXlsForm(result.survey, 'edge');
    const again = await importQuestionnaire(exported.bytes, { fileName: 'edge.xlsx' });
    const repeats = (survey: Json) => allElements(survey).filter((element) => element.type === 'paneldynamic');
    expect(repeats(again.survey)).toEqual(repeats(result.survey));
    expect(again.survey.calculatedValues).toEqual(result.survey.calculatedValues);
  });

  it('converts a calculation outside repeats, and reports one inside a repeat, a count read from an answer and a reference into a repeat from outside', () => {
    expect(result.survey.calculatedValues).toEqual([{ name: 'arrived', expression: expect.stringContaining('iif('), includeIntoResult: true }]);
    const row = (name: string) => EDGE_SURVEY_ROWS.findIndex((cells) => cells.name === name) + 2;
    expect(reasonFor(row('child_months'), 'type')).toMatch(/inside the repeat "children"/);
    expect(reasonFor(row('jobs'), 'repeat_count')).toMatch(/fixed number/);
    expect(allElements(result.survey).find((element) => element.name === 'jobs')).toMatchObject({ type: 'paneldynamic', panelCount: 1 });
    expect(reasonFor(row('oldest_child'), 'relevant')).toMatch(/once per "children" entry/);
  });

  it('reports unknown languages, external choices, XPath paths, other functions, missing lists, extra columns and stray group ends', () => {
    expect(reasonFor(1, 'label::Klingon')).toMatch(/Klingon/);
    expect(reasonFor(7, 'type')).toMatch(/select_one_from_file/);
    expect(reasonFor(8, 'relevant')).toMatch(/paths/);
    expect(reasonFor(9, 'relevant')).toMatch(/not converted/);
    expect(reasonFor(10, 'type')).toMatch(/missing_list/);
    expect(reasonFor(11, 'media::image')).toBeDefined();
    expect(reasonFor(11, 'default')).toBeDefined();
    expect(reasonFor(12, 'type')).toMatch(/closes no group/);
    expect(result.notConverted.find((entry) => entry.sheet === 'choices')?.row).toBe(3);
  });

  it('keeps the rest: questions whose relevance failed are still asked', () => {
    const names = allElements(result.survey).map((element) => element.name);
    expect(names).toEqual(expect.arrayContaining(['path_question', 'pulldata_question', 'orphan', 'picture']));
    expect(names).not.toContain('city');
  });
});

describe('reading files that are not XLSForms', () => {
  it('refuses a workbook without a survey sheet and bytes that are no workbook', async () => {
    await expect(importQuestionnaire(new Uint8Array([0x50, 0x4b, 1, 2, 3]))).rejects.toThrow(/xlsx/);
    await expect(importQuestionnaire(new TextEncoder().encode('hello'))).rejects.toThrow(/neither/);
  });
});
