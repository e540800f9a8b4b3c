import { describe, expect, it } from 'vitest';
import type { ExportResponse, SurveyJson } from '../../../server/exports/export-types';
import { responsesToJson, responsesToJsonChunks, type JsonExportInput } from '../../../server/exports/json-export';

const survey: SurveyJson = {
  elements: [
    {
      type: 'radiogroup',
      name: 'first_language',
      showOtherItem: true,
      choices: [
        { value: 'ar', text: { default: 'Arabic', fr: 'Arabe', ar: 'العربية' } },
        { value: 'fr', text: { default: 'French', fr: 'Français' } },
      ],
    },
    {
      type: 'checkbox',
      name: 'needs',
      choices: [
        { value: 'housing', text: { default: 'Housing', fr: 'Logement' } },
        { value: 'jobs', text: { default: 'Jobs', fr: 'Emploi' } },
      ],
    },
    { type: 'boolean', name: 'renting' },
    {
      type: 'matrix',
      name: 'services',
      columns: [
        { value: 'yes', text: { default: 'Yes', fr: 'Oui' } },
        { value: 'no', text: { default: 'No', fr: 'Non' } },
      ],
      rows: ['language', 'jobs'],
    },
    { type: 'comment', name: 'story' },
    { type: 'text', name: 'household_size', inputType: 'number' },
  ],
};

const responses: ExportResponse[] = [
  {
    id: 'r1',
    submittedAt: '2026-05-04',
    community: 'Peel',
    channel: 'web',
    locale: 'fr',
    questionnaireVersion: 3,
    answers: {
      first_language: 'other',
      'first_language-Comment': 'Tigrinya',
      needs: ['jobs', 'housing'],
      renting: false,
      services: { language: 'yes' },
      story: '=1+1 stays as typed',
      household_size: -2,
    },
  },
  { id: 'r2', submittedAt: '2026-05-05', community: 'Halton', channel: 'kiosk', locale: 'ar', questionnaireVersion: 3, answers: {} },
];

const input = (labels: 'text' | 'values'): JsonExportInput => ({
  questionnaire: { key: 'newcomer-needs', version: 3 },
  survey,
  exportedAt: '2026-06-01T12:00:00.000Z',
  lang: 'fr',
  labels,
});

describe('responsesToJson', () => {
  it('keeps the answers exactly as stored, without labels when values are asked for', () => {
    const exported = responsesToJson({ ...input('values'), responses });
    expect(exported).toEqual({
      questionnaire: { key: 'newcomer-needs', version: 3 },
      exportedAt: '2026-06-01T12:00:00.000Z',
      lang: 'fr',
      responses,
    });
  });

  it('adds French labels for choice answers only, beside the stored answers', () => {
    const [first, second] = responsesToJson({ ...input('text'), responses }).responses;
    expect(first!.answers).toEqual(responses[0]!.answers);
    expect(first!.labels).toEqual({
      first_language: 'Autre (préciser)',
      needs: ['Logement', 'Emploi'],
      renting: 'Non',
      services: { language: 'Oui' },
    });
    expect(second!.labels).toEqual({});
  });

  it('streams the same document in chunks from an async source', async () => {
    async function* fromDatabase() {
      yield* responses;
    }
    for (const labels of ['text', 'values'] as const) {
      let text = '';
      for await (const chunk of responsesToJsonChunks({ ...input(labels), responses: fromDatabase() })) text += chunk;
      expect(JSON.parse(text)).toEqual(responsesToJson({ ...input(labels), responses }));
    }
  });

  it('streams a valid document when there is no response', async () => {
    let text = '';
    for await (const chunk of responsesToJsonChunks({ ...input('text'), responses: [] })) text += chunk;
    expect(JSON.parse(text)).toMatchObject({ questionnaire: { key: 'newcomer-needs', version: 3 }, responses: [] });
  });
});

describe('responsesToJson labels of dynamic panels and matrixdynamic', () => {
  it('labels each panel and row in the respondent order, leaving out what has no label', () => {
    const dynamic: SurveyJson = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'members',
          templateElements: [
            { type: 'text', name: 'age', inputType: 'number' },
            { type: 'dropdown', name: 'work', choices: [{ value: 'yes', text: { default: 'Yes', fr: 'Oui' } }] },
          ],
        },
        { type: 'matrixdynamic', name: 'jobs', columns: [{ name: 'sector', choices: [{ value: 'care', text: { fr: 'Soins' } }] }, { name: 'hours', cellType: 'text' }] },
        { type: 'multipletext', name: 'contact', items: [{ name: 'phone' }] },
      ],
    };
    const response: ExportResponse = {
      ...responses[1]!,
      answers: { members: [{ age: 3 }, { age: 30, work: 'yes' }], jobs: [{ sector: 'care', hours: '20' }], contact: { phone: '613' } },
    };
    const [labelled] = responsesToJson({ ...input('text'), survey: dynamic, responses: [response] }).responses;
    expect(labelled!.labels).toEqual({ members: [{}, { work: 'Oui' }], jobs: [{ sector: 'Soins' }] });
  });
});
