import { displayValue, textIn } from '../questionnaires/diff-survey-model';
import { csvRecord, UTF8_BOM, type Cell } from './csv-cells';
import { answerLabel, builtIn, inChoiceOrder, itemLabel, planQuestions, type PlannedQuestion } from './export-plan';
import type { CsvExportOptions, ExportResponse } from './export-types';

/**
 * CSV export of responses, one row per response.
 *
 * Columns: response_id, submitted_at, community, channel, locale, version, then one column per
 * question in questionnaire order (display-only html/image elements skipped). One header row;
 * each question header is `Title [name]`, the title in the export language (else English, else
 * the name), so the file reads well in a spreadsheet and a script can still find a column by the
 * name in brackets. A matrix has one column per row, `Title — Row [name.row]`; a question with an
 * "other" item or a comment area gets a column `Title — Other (describe) [name-Comment]`.
 * A multiple-choice answer is one cell, its choices in questionnaire order joined by "; ".
 * Answer keys that are not questions of this survey are left out.
 *
 * For large consultations call csvHeader once, then csvRow per response read from the database,
 * or iterate responsesToCsvLines; only one row is held at a time.
 */

const SEPARATOR = '; ';

export interface CsvColumn {
  header: string;
  cell: (response: ExportResponse) => Cell;
}

const FIXED: CsvColumn[] = [
  { header: 'response_id', cell: (r) => r.id },
  { header: 'submitted_at', cell: (r) => r.submittedAt },
  { header: 'community', cell: (r) => r.community },
  { header: 'channel', cell: (r) => r.channel },
  { header: 'locale', cell: (r) => r.locale },
  { header: 'version', cell: (r) => r.questionnaireVersion },
];

// Columns depend only on the survey, language and label mode: build them once per export, not
// per row. Keyed by the survey object, so a survey must not be mutated between calls.
const columnCache = new WeakMap<object, Map<string, CsvColumn[]>>();

export function csvColumns(options: CsvExportOptions): CsvColumn[] {
  const byMode = columnCache.get(options.survey) ?? new Map<string, CsvColumn[]>();
  columnCache.set(options.survey, byMode);
  const mode = `${options.lang}\u0000${options.labels}`;
  const cached = byMode.get(mode);
  if (cached) return cached;
  const questions = planQuestions(options.survey);
  const columns = [...FIXED, ...questions.flatMap((question) => questionColumns(question, options))];
  byMode.set(mode, columns);
  return columns;
}

/** The byte order mark and the header row, CRLF-terminated: the first chunk of the file. */
export function csvHeader(options: CsvExportOptions): string {
  const headers = csvColumns(options).map((column) => column.header);
  return UTF8_BOM + csvRecord(headers, options.delimiter ?? ',');
}

/** One response as a CRLF-terminated CSV record. */
export function csvRow(options: CsvExportOptions, response: ExportResponse): string {
  const cells = csvColumns(options).map((column) => column.cell(response));
  return csvRecord(cells, options.delimiter ?? ',');
}

/** The whole file, header first; accepts an array, a generator or a database stream. */
export async function* responsesToCsvLines(
  input: CsvExportOptions & { responses: Iterable<ExportResponse> | AsyncIterable<ExportResponse> },
): AsyncGenerator<string> {
  yield csvHeader(input);
  for await (const response of input.responses) yield csvRow(input, response);
}

export function responsesToCsv(input: CsvExportOptions & { responses: readonly ExportResponse[] }): string {
  return csvHeader(input) + input.responses.map((response) => csvRow(input, response)).join('');
}

function questionColumns(question: PlannedQuestion, options: CsvExportOptions): CsvColumn[] {
  const { lang, labels } = options;
  const title = oneLine(textIn(question.title, lang, question.name));
  const columns: CsvColumn[] = [];
  if (question.rows.length > 0) {
    for (const row of question.rows) {
      const rowLabel = oneLine(textIn(row.text, lang, displayValue(row.value)));
      const rowKey = displayValue(row.value);
      columns.push({
        header: `${title} — ${rowLabel} [${question.name}.${rowKey}]`,
        cell: (response) => {
          const answer = response.answers[question.name];
          const value =
            answer !== null && typeof answer === 'object'
              ? (answer as Record<string, unknown>)[rowKey]
              : undefined;
          if (value === undefined || value === null) return null;
          return labels === 'text' ? itemLabel(question.columns, value, lang) : rawCell(value);
        },
      });
    }
  } else {
    columns.push({
      header: `${title} [${question.name}]`,
      cell: (response) => answerCell(question, response.answers[question.name], options),
    });
  }
  const comment = question.comment;
  if (comment) {
    const fallback = builtIn(comment.other ? 'otherComment' : 'comment', lang);
    const label = oneLine(textIn(comment.label, lang, fallback));
    columns.push({
      header: `${title} — ${label} [${comment.key}]`,
      cell: (response) => rawCell(response.answers[comment.key]),
    });
  }
  return columns;
}

function answerCell(question: PlannedQuestion, value: unknown, options: CsvExportOptions): Cell {
  if (value === undefined || value === null) return null;
  if (options.labels === 'text') {
    const label = answerLabel(question, value, options.lang);
    if (typeof label === 'string') return label;
    if (Array.isArray(label)) return label.join(SEPARATOR);
  }
  if (Array.isArray(value)) return inChoiceOrder(question, value).map(displayValue).join(SEPARATOR);
  return rawCell(value);
}

function rawCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(displayValue).join(SEPARATOR);
  return JSON.stringify(value);
}

/** Headers stay on one line: a title with line breaks would make every reader's header row taller. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
