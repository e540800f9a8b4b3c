import { describe, expect, it } from 'vitest';
import { Serializer, SurveyModel } from 'survey-core';
import { choiceThemes, registerTesseraProperties } from '../../surveys/survey-properties';

const json = {
  audience: 'providers',
  translationStatus: { en: 'reviewed', fr: 'reviewed', ar: 'draft' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'checkbox',
          name: 'gaps',
          choices: [
            { value: 'housing', text: { default: 'Housing', fr: 'Logement' }, themes: ['housing', 'basic_needs'] },
            { value: 'plain', text: { default: 'Plain', fr: 'Simple' } },
          ],
        },
        {
          type: 'matrix',
          name: 'satisfaction',
          columns: [{ value: 'good', text: 'Good' }],
          rows: [{ value: 'clinic', text: 'Clinic', themes: ['health'] }],
        },
        { type: 'comment', name: 'why', openEnded: true },
      ],
    },
  ],
};

describe('registerTesseraProperties', () => {
  registerTesseraProperties();

  it('can be called again without registering a property twice', () => {
    registerTesseraProperties();
    registerTesseraProperties();
    const names = Serializer.getProperties('itemvalue').map((property) => property.name);
    expect(names.filter((name) => name === 'themes')).toHaveLength(1);
  });

  it('keeps choice themes readable on the model and in toJSON()', () => {
    const model = new SurveyModel(json);
    const question = model.getQuestionByName('gaps') as unknown as {
      choices: { themes: unknown; getPropertyValue(name: string): unknown }[];
    };
    const [first, second] = question.choices;
    expect(first && choiceThemes(first)).toEqual(['housing', 'basic_needs']);
    expect(first && [...(first.themes as string[])]).toEqual(['housing', 'basic_needs']);
    expect(second && choiceThemes(second)).toEqual([]);

    const saved = model.toJSON() as typeof json;
    const choices = saved.pages[0]?.elements[0]?.choices;
    expect(choices?.[0]?.themes).toEqual(['housing', 'basic_needs']);
    expect(choices?.[1]).not.toHaveProperty('themes');
  });

  it('keeps themes on matrix rows', () => {
    const model = new SurveyModel(json);
    const matrix = model.getQuestionByName('satisfaction') as unknown as {
      rows: { getPropertyValue(name: string): unknown }[];
    };
    const row = matrix.rows[0];
    expect(row && choiceThemes(row)).toEqual(['health']);
  });

  it('keeps openEnded on questions and translationStatus and audience on the survey', () => {
    const model = new SurveyModel(json);
    expect(model.getQuestionByName('why').getPropertyValue('openEnded')).toBe(true);
    expect(model.getQuestionByName('gaps').getPropertyValue('openEnded')).toBe(false);
    const saved = model.toJSON();
    expect(saved.audience).toBe('providers');
    expect(saved.translationStatus).toEqual(json.translationStatus);
    expect(saved.pages[0].elements[2].openEnded).toBe(true);
  });

  it('reports no JSON errors for the custom properties', () => {
    expect(new SurveyModel(json).jsonErrors ?? []).toEqual([]);
  });
});
