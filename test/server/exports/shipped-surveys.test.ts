import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responsesToCsv } from '../../../server/exports/csv-export';
import type { ExportResponse, SurveyJson } from '../../../server/exports/export-types';
import { walkSurvey } from '../../../server/questionnaires/diff-survey-model';
import { parseCsv } from './parse-csv';

const shipped = ['newcomer-needs', 'provider-survey']
  .map((key) => ({ key, url: new URL(`../../../surveys/${key}.json`, import.meta.url) }))
  .filter(({ url }) => existsSync(url));

/** An answer to every question: the last choice, every choice, a row → first column map, or text. */
function answerEverything(survey: SurveyJson): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const { name, type, json } of walkSurvey(survey).questions) {
    const values = Array.isArray(json.choices) ? json.choices.map((c: any) => (typeof c === 'object' ? c.value : c)) : [];
    if (type === 'checkbox') answers[name] = values;
    else if (values.length > 0) answers[name] = values[values.length - 1];
    else if (type === 'boolean') answers[name] = true;
    else if (type === 'rating') answers[name] = 3;
    else if (type === 'matrix') {
      const column = (json.columns as any[])[0];
      answers[name] = Object.fromEntries((json.rows as any[]).map((r) => [typeof r === 'object' ? r.value : r, typeof column === 'object' ? column.value : column]));
    } else if (type !== 'html') answers[name] = '=cmd|calc, "quoted"\nnew line';
  }
  return answers;
}

describe.each(shipped)('CSV export of the shipped $key questionnaire', ({ url }) => {
  const survey = JSON.parse(readFileSync(url, 'utf8')) as SurveyJson;
  const response: ExportResponse = {
    id: 'r1',
    submittedAt: '2026-05-04',
    community: 'Peel',
    channel: 'web',
    locale: 'fr',
    questionnaireVersion: 1,
    answers: answerEverything(survey),
  };

  it.each(['en', 'fr'])('gives a header and a row of the same width with every label resolved in %s', (lang) => {
    const text = responsesToCsv({ survey, lang, labels: 'text', responses: [response] });
    const [header, row] = parseCsv(text.slice(1));
    expect(row).toHaveLength(header!.length);
    expect(new Set(header).size).toBe(header!.length);
    const cells = [...header!, ...row!];
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // A label never falls back to a raw value for a shipped choice: every choice has English and French text.
    const checkbox = walkSurvey(survey).questions.find((q) => q.type === 'checkbox');
    if (checkbox) {
      const cell = row![header!.findIndex((h) => h.endsWith(`[${checkbox.name}]`))]!;
      expect(cell.split('; ').some((label) => (checkbox.json.choices as any[]).some((c) => c.value === label))).toBe(false);
    }
  });
});
