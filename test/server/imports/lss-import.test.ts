import { readFileSync } from 'node:fs';
import { SurveyModel } from 'survey-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importQuestionnaire, type ImportResult } from '../../../server/imports';
import { findSurveyProblems } from '../../../server/questionnaires/survey-check';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url));

type Json = Record<string, any>;

function allElements(survey: Json): Json[] {
  const walk = (elements: Json[]): Json[] => elements.flatMap((element) => [element, ...walk(element.elements ?? [])]);
  return walk(survey.pages);
}

describe('importing the three-language LimeSurvey needs assessment', () => {
  let result: ImportResult;
  let byName: Map<string, Json>;
  beforeAll(async () => {
    result = await importQuestionnaire(fixture('newcomer-needs.lss'));
    byName = new Map(allElements(result.survey).map((element) => [element.name, element]));
  });

  it('recognizes the file and keeps English, French and Arabic', () => {
    expect(result.format).toBe('limesurvey');
    expect(result.survey.title).toEqual({ default: 'Newcomer needs assessment', fr: 'Évaluation des besoins des nouveaux arrivants', ar: 'تقييم احتياجات القادمين الجدد' });
    expect(result.survey.description).toEqual({
      default: 'Tell us what you need. We do not ask for your name.',
      fr: 'Dites-nous ce dont vous avez besoin. Nous ne demandons pas votre nom.',
      ar: 'أخبرنا بما تحتاج إليه. لن نطلب اسمك.',
    });
    expect(byName.get('status')!.choices[1]).toEqual({ value: 'A2', text: { default: 'Refugee', fr: 'Réfugié', ar: 'لاجئ' } });
  });

  it('makes each group a page, with its description and relevance', () => {
    const pages = result.survey.pages as Json[];
    expect(pages.map((page) => page.title.default)).toEqual(['About you', 'Your needs']);
    expect(pages[1]!.description.fr).toBe('Pensez aux 12 derniers mois.');
    expect(pages[1]!.visibleIf).toBe("{consent} = 'Y'");
  });

  it('maps the common question types', () => {
    expect(byName.get('consent')).toMatchObject({ type: 'boolean', valueTrue: 'Y', valueFalse: 'N', isRequired: true });
    expect(byName.get('age')).toMatchObject({ type: 'text', inputType: 'number' });
    expect(byName.get('status')).toMatchObject({ type: 'radiogroup', showOtherItem: true });
    expect(byName.get('region')).toMatchObject({ type: 'dropdown', isRequired: true });
    expect(byName.get('langs')!.type).toBe('checkbox');
    expect(byName.get('langs')!.choices.map((choice: Json) => choice.value)).toEqual(['SQ001', 'SQ002', 'SQ003']);
    expect(byName.get('household_panel')!.elements.map((element: Json) => [element.name, element.inputType])).toEqual([
      ['household_adults', 'number'],
      ['household_children', 'number'],
    ]);
    expect(byName.get('intro')!.html.ar).toContain('<strong>');
    const housing = byName.get('housing')!;
    expect(housing.type).toBe('matrix');
    expect(housing.rows.map((row: Json) => row.value)).toEqual(['afford', 'space']);
    expect(housing.columns.map((column: Json) => column.text.fr)).toEqual(['En désaccord', 'Neutre', 'D’accord']);
    expect(byName.get('priorities')).toMatchObject({ type: 'matrix', columns: ['1', '2', '3'], eachRowUnique: true });
    expect(byName.get('satisfied')).toMatchObject({ type: 'rating', rateMin: 1, rateMax: 5 });
    expect(byName.get('work_field')!.type).toBe('text');
    expect(byName.get('comments')!.type).toBe('comment');
    expect(byName.get('age')!.description).toEqual({ default: 'In years.', fr: 'En années.', ar: 'بالسنوات.' });
  });

  it('translates relevance equations, multiple choice subquestions included', () => {
    expect(byName.get('age')!.visibleIf).toBe("{consent} = 'Y'");
    expect(byName.get('status')!.visibleIf).toBe("{consent} = 'Y'");
    expect(byName.get('housing')!.visibleIf).toBe("{needs} contains 'housing'");
    expect(byName.get('work_field')!.visibleIf).toBe("{needs} contains 'work' and {status} notempty");
    const model = new SurveyModel(result.survey);
    model.setValue('consent', 'Y');
    model.setValue('needs', ['work']);
    expect(model.getQuestionByName('housing').isVisible).toBe(false);
    expect(model.getQuestionByName('work_field').isVisible).toBe(false);
    model.setValue('status', 'A1');
    expect(model.getQuestionByName('work_field').isVisible).toBe(true);
    model.dispose();
  });

  it('converts everything in it and passes the publish check', () => {
    expect(result.notConverted).toEqual([]);
    expect(findSurveyProblems(result.survey)).toEqual([]);
  });
});

describe('importing a LimeSurvey survey with what does not convert', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importQuestionnaire(fixture('edge-cases.lss'));
  });
  const reasonFor = (question: string | undefined, column?: string) =>
    result.notConverted.find((entry) => entry.question === question && (column === undefined || entry.column === column))?.reason;

  it('maps dates to text inputs of type date', () => {
    expect(allElements(result.survey).find((element) => element.name === 'arrived')).toMatchObject({ type: 'text', inputType: 'date' });
  });

  it('reports each question type, setting and equation it could not convert, by question code', () => {
    expect(reasonFor('upload', 'type')).toMatch(/"\|"/);
    expect(reasonFor('total', 'type')).toMatch(/"\*"/);
    expect(reasonFor('remind', 'mandatory')).toMatch(/soft mandatory/);
    expect(reasonFor('piped', 'relevance')).toMatch(/strlen/);
    expect(reasonFor('ghost', 'relevance')).toMatch(/nobody/);
    expect(reasonFor(undefined)).toMatch(/welcome/);
    const names = allElements(result.survey).map((element) => element.name);
    expect(names).toEqual(['group1', 'arrived', 'remind', 'piped', 'ghost']);
  });

  it('refuses XML that is not a LimeSurvey survey', async () => {
    await expect(importQuestionnaire(new TextEncoder().encode('<document><LimeSurveyDocType>Group</LimeSurveyDocType></document>'))).rejects.toThrow(/LimeSurvey/);
  });
});
