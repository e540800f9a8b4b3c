import { displayValue, textIn } from '../questionnaires/diff-survey-model';
import { csvRecord, UTF8_BOM, type Cell } from './csv-cells';
import { answerLabel, builtIn, inChoiceOrder, isDynamic, itemLabel, planQuestions, type PlannedQuestion } from './export-plan';
import type { CsvExportOptions, ExportResponse, SurveyJson } from './export-types';

/**
 * CSV export of responses, one row per response.
 *
 * Columns: response_id, submitted_at, community, channel, locale, version, then one column per
 * question in questionnaire order (display-only html/image elements skipped). One header row;
 * each question header is `Title [name]`, the title in the export language (else English, else
 * the name), so the file reads well in a spreadsheet and a script can still find a column by the
 * path in brackets, written as survey-core writes it in expressions. A matrix has one column per
 * row, `Title — Row [name.row]`; a matrixdropdown one per row and column,
 * `Title — Row — Column [name.row.column]`; a ranking one per place, `Title — rank 1 [name[0]]`;
 * a range slider a start and an end, `[name[0]]` and `[name[1]]`; a multipletext one per item,
 * `Title — Item [name.item]`; a dynamic panel or matrixdynamic numbered groups of its questions or
 * columns, `Title 1 — Question [name[0].question]`, as many as `groups` says. A question with an
 * "other" item or a comment area gets a column `Title — Other (describe) [name-Comment]`.
 * A multiple-choice answer is one cell, its choices in questionnaire order joined by "; ".
 * Calculated values stored with the answers come last, headed by their name. Other answer keys
 * that are not questions of this survey are left out.
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

// Columns depend only on the survey, language, label mode and group counts: build them once per
// export, not per row. Keyed by the survey object, so a survey must not be mutated between calls;
// the group counts by their text, so the mode key is made once per group-count object.
const columnCache = new WeakMap<object, Map<string, CsvColumn[]>>();
const groupsText = new WeakMap<object, string>();

export function csvColumns(options: CsvExportOptions): CsvColumn[] {
  const byMode = columnCache.get(options.survey) ?? new Map<string, CsvColumn[]>();
  columnCache.set(options.survey, byMode);
  let groups = '';
  if (options.groups) {
    groups = groupsText.get(options.groups) ?? JSON.stringify(options.groups);
    groupsText.set(options.groups, groups);
  }
  const mode = `${options.lang}\u0000${options.labels}\u0000${groups}`;
  const cached = byMode.get(mode);
  if (cached) return cached;
  const questions = planQuestions(options.survey);
  const columns = [...FIXED, ...questions.flatMap((question) => questionColumns(question, options)), ...storedCalculations(options.survey)];
  byMode.set(mode, columns);
  return columns;
}

/** Calculated values kept in the answers (`includeIntoResult`), after the questions, headed by their name. */
function storedCalculations(survey: SurveyJson): CsvColumn[] {
  const list = Array.isArray(survey.calculatedValues) ? survey.calculatedValues : [];
  return list.flatMap((item): CsvColumn[] => {
    const calculation = record(item);
    const name = calculation?.name;
    if (typeof name !== 'string' || name === '' || calculation?.includeIntoResult !== true) return [];
    return [{ header: `${oneLine(name)} [${name}]`, cell: (response) => rawCell(response.answers[name]) }];
  });
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

/** Where a question's values are read and how its columns are named: the top level, or one panel or row of a dynamic question. */
interface Scope {
  /** Prepended to every header title, e.g. "Household 2 — ". */
  title: string;
  /** Prepended to every key in brackets, e.g. "household[1].". */
  key: string;
  values: (response: ExportResponse) => Record<string, unknown> | undefined;
}

const TOP: Scope = { title: '', key: '', values: (response) => response.answers };

function questionColumns(question: PlannedQuestion, options: CsvExportOptions, scope: Scope = TOP): CsvColumn[] {
  const { lang, labels } = options;
  const title = scope.title + oneLine(textIn(question.title, lang, question.name));
  const key = scope.key + question.name;
  const valueOf = (response: ExportResponse) => scope.values(response)?.[question.name];
  const columns: CsvColumn[] = [];
  const column = (header: string, path: string, cell: (response: ExportResponse) => Cell) => columns.push({ header: `${header} [${path}]`, cell });

  if (question.type === 'ranking') {
    // One column per place, as survey-core names them in expressions: {priorities[0]} is the first.
    for (let rank = 0; rank < question.ranks; rank += 1) {
      column(`${title} — ${builtIn('rank', lang)} ${rank + 1}`, `${key}[${rank}]`, (response) => {
        const value = valueOf(response);
        return Array.isArray(value) ? choiceCell(question, value[rank], options) : null;
      });
    }
  } else if (question.range) {
    ['start', 'end'].forEach((end, index) => {
      column(`${title} — ${builtIn(end, lang)}`, `${key}[${index}]`, (response) => {
        const value = valueOf(response);
        return Array.isArray(value) ? rawCell(value[index]) : null;
      });
    });
  } else if (question.type === 'multipletext') {
    for (const part of question.parts) {
      column(`${title} — ${oneLine(textIn(part.title, lang, part.name))}`, `${key}.${part.name}`, (response) => rawCell(field(valueOf(response), part.name)));
    }
  } else if (question.type === 'matrixdropdown') {
    for (const row of question.rows) {
      const rowKey = displayValue(row.value);
      const rowScope: Scope = {
        title: `${title} — ${oneLine(textIn(row.text, lang, rowKey))} — `,
        key: `${key}.${rowKey}.`,
        values: (response) => record(field(valueOf(response), rowKey)),
      };
      for (const cell of question.cells) columns.push(...questionColumns(cell, options, rowScope));
    }
  } else if (isDynamic(question)) {
    const inner = question.type === 'paneldynamic' ? question.template : question.cells;
    const groups = options.groups?.[groupKey(scope.key, question.name)] ?? 1;
    for (let group = 0; group < groups; group += 1) {
      const groupScope: Scope = {
        title: `${title} ${group + 1} — `,
        key: `${key}[${group}].`,
        values: (response) => {
          const value = valueOf(response);
          return Array.isArray(value) ? record(value[group]) : undefined;
        },
      };
      for (const part of inner) columns.push(...questionColumns(part, options, groupScope));
    }
  } else if (question.rows.length > 0) {
    for (const row of question.rows) {
      const rowLabel = oneLine(textIn(row.text, lang, displayValue(row.value)));
      const rowKey = displayValue(row.value);
      column(`${title} — ${rowLabel}`, `${key}.${rowKey}`, (response) => {
        const value = field(valueOf(response), rowKey);
        if (value === undefined || value === null) return null;
        if (labels !== 'text') return rawCell(value);
        return Array.isArray(value) ? value.map((item) => itemLabel(question.columns, item, lang)).join(SEPARATOR) : itemLabel(question.columns, value, lang);
      });
    }
  } else {
    column(title, key, (response) => answerCell(question, valueOf(response), options));
  }
  const comment = question.comment;
  if (comment) {
    const fallback = builtIn(comment.other ? 'otherComment' : 'comment', lang);
    const label = oneLine(textIn(comment.label, lang, fallback));
    column(`${title} — ${label}`, scope.key + comment.key, (response) => rawCell(scope.values(response)?.[comment.key]));
  }
  return columns;
}

/** One choice of a ranking, as its label or value. */
function choiceCell(question: PlannedQuestion, value: unknown, options: CsvExportOptions): Cell {
  if (value === undefined || value === null) return null;
  return options.labels === 'text' ? itemLabel(question.items, value, options.lang) : rawCell(value);
}

function field(value: unknown, name: string): unknown {
  return record(value)?.[name];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The name under which a dynamic question's number of groups is given: its path with the group
 * numbers left out (`household`, `household[].visits` for a matrixdynamic inside a dynamic panel).
 */
function groupKey(scopeKey: string, name: string): string {
  return scopeKey.replace(/\[\d+\]/g, '[]') + name;
}

/**
 * How many groups each dynamic question needs in a CSV: the most any of these responses holds
 * (at least one, so the columns are there even before anyone answers). The file has one header,
 * so the responses are read once for this before the rows are written.
 */
export async function csvGroupCounts(
  survey: SurveyJson,
  responses: Iterable<ExportResponse> | AsyncIterable<ExportResponse>,
): Promise<Record<string, number>> {
  const dynamic = planQuestions(survey).filter(holdsDynamic);
  const counts: Record<string, number> = {};
  if (dynamic.length === 0) return counts;
  const visit = (questions: readonly PlannedQuestion[], values: Record<string, unknown> | undefined, prefix: string) => {
    for (const question of questions) {
      const value = values?.[question.name];
      if (question.type === 'matrixdropdown') {
        for (const row of question.rows) visit(question.cells, record(field(value, displayValue(row.value))), `${prefix}${question.name}.${displayValue(row.value)}.`);
        continue;
      }
      if (!isDynamic(question)) continue;
      const key = groupKey(prefix, question.name);
      const groups = Array.isArray(value) ? value : [];
      counts[key] = Math.max(counts[key] ?? 1, groups.length);
      const inner = question.type === 'paneldynamic' ? question.template : question.cells;
      groups.forEach((group, index) => visit(inner, record(group), `${prefix}${question.name}[${index}].`));
    }
  };
  for await (const response of responses) visit(dynamic, response.answers, '');
  return counts;
}

function holdsDynamic(question: PlannedQuestion): boolean {
  return isDynamic(question) || question.template.some(holdsDynamic) || question.cells.some(holdsDynamic);
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
