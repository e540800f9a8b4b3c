import type { NotConverted, SurveyJson } from './import-types';
import { type FormNames, translateCell, translateChoiceFilter } from './xlsform-expressions';
import { type FormLanguages, rowText } from './xlsform-languages';
import type { SheetRow } from './xlsform-sheets';

export interface QuestionInput {
  row: SheetRow;
  type: string;
  listName?: string;
  orOther: boolean;
  languages: FormLanguages;
  choiceLists: Map<string, SheetRow[]>;
  names: FormNames;
  report: NotConverted[];
}

/** Columns read for every question; any other column with a value is reported. */
const READ_COLUMNS = new Set(['type', 'name', 'label', 'hint', 'required', 'required_message', 'relevant', 'constraint', 'constraint_message', 'choice_filter', 'appearance', 'parameters', 'read_only']);

const METADATA = new Set(['start', 'end', 'today', 'deviceid', 'subscriberid', 'simserial', 'phonenumber', 'username', 'email', 'audit', 'start-geopoint', 'background-audio']);

const NO_EQUIVALENT = new Set(['geopoint', 'geotrace', 'geoshape', 'image', 'audio', 'video', 'file', 'barcode', 'hidden', 'xml-external', 'csv-external', 'rank', 'acknowledge', 'select_one_from_file', 'select_multiple_from_file', 'background-geopoint', 'trigger']);

/** Why a survey-sheet type is not converted, or undefined when it is. */
export function unconvertedType(type: string): string | undefined {
  if (METADATA.has(type)) return `"${type}" is data ODK records about the device or the session; Tessera records none`;
  if (NO_EQUIVALENT.has(type)) return `the question type "${type}" has no equivalent Tessera accepts`;
  return undefined;
}

export const KNOWN_TYPES = new Set(['select_one', 'select_multiple', 'text', 'integer', 'decimal', 'date', 'time', 'datetime', 'note', 'range']);

/** One survey-sheet row as a SurveyJS question (undefined when its type is not converted). */
export function convertQuestion(input: QuestionInput): SurveyJson | undefined {
  const { row, type, languages, names, report } = input;
  const name = row.cells.get('name')!;
  const at = (column: string, reason: string) => report.push({ sheet: 'survey', row: row.row, column, question: name, reason });
  const { type: surveyType, ...properties } = typeProperties(input, at);
  const question: SurveyJson = { type: surveyType, name };
  const title = rowText(row, 'label', languages);
  if (surveyType === 'html') {
    question.html = noteHtml(title, rowText(row, 'hint', languages), languages);
  } else {
    if (title !== undefined) question.title = title;
    const hint = rowText(row, 'hint', languages);
    if (hint !== undefined) question.description = hint;
  }
  Object.assign(question, properties);
  addRequired(question, row, input, at);
  const visibleIf = translateCell(row, 'relevant', names, report, { self: name });
  if (visibleIf) question.visibleIf = visibleIf;
  addConstraint(question, row, input);
  if (/^(yes|true|true\(\))$/i.test(row.cells.get('read_only') ?? '')) question.readOnly = true;
  for (const column of row.cells.keys()) {
    const base = column.split('::')[0]!;
    if (!READ_COLUMNS.has(base)) at(column, `The column "${column}" is not converted.`);
  }
  return question;
}

type At = (column: string, reason: string) => void;

function typeProperties(input: QuestionInput, at: At): SurveyJson {
  const { row, type } = input;
  const appearance = (row.cells.get('appearance') ?? '').split(/\s+/).filter(Boolean);
  const unused = (used: string[]) => {
    const ignored = appearance.filter((value) => !used.includes(value));
    if (ignored.length) at('appearance', `The appearance "${ignored.join(' ')}" has no SurveyJS equivalent and was ignored.`);
  };
  switch (type) {
    case 'select_one':
    case 'select_multiple': {
      const dropdown = type === 'select_one' && appearance.some((value) => value === 'minimal' || value === 'autocomplete' || value === 'search');
      const horizontal = appearance.some((value) => value.startsWith('horizontal') || value === 'likert' || value === 'columns');
      unused(['minimal', 'autocomplete', 'search', 'horizontal', 'horizontal-compact', 'likert', 'columns']);
      return {
        type: type === 'select_multiple' ? 'checkbox' : dropdown ? 'dropdown' : 'radiogroup',
        ...choiceProperties(input, at),
        ...(horizontal && !dropdown && { colCount: 0 }),
      };
    }
    case 'text':
      unused(['multiline']);
      return appearance.includes('multiline') ? { type: 'comment' } : { type: 'text' };
    case 'integer':
      unused(['numbers', 'thousands-sep']);
      // step 1 makes survey-core (and the server) refuse fractions, in every language it speaks.
      return { type: 'text', inputType: 'number', step: 1 };
    case 'decimal':
      unused(['numbers', 'thousands-sep']);
      return { type: 'text', inputType: 'number' };
    case 'date':
      unused([]);
      return { type: 'text', inputType: 'date' };
    case 'time':
      unused([]);
      return { type: 'text', inputType: 'time' };
    case 'datetime':
      unused([]);
      return { type: 'text', inputType: 'datetime-local' };
    case 'note':
      unused([]);
      return { type: 'html' };
    case 'range':
      unused([]);
      return rangeProperties(row, at);
    default:
      throw new Error(`unexpected type ${type}`);
  }
}

function choiceProperties(input: QuestionInput, at: At): SurveyJson {
  const { row, listName, choiceLists, languages, names, report } = input;
  const list = listName ? choiceLists.get(listName) : undefined;
  if (!list) {
    at('type', `The choice list "${listName ?? ''}" is not on the choices sheet; the question has no choices.`);
    return { choices: [] };
  }
  const filter = translateChoiceFilter(row, list, names, report);
  const choices = list
    .filter((choice) => !(input.orOther && choice.cells.get('name') === 'other'))
    .map((choice) => {
      const text = rowText(choice, 'label', languages);
      const visibleIf = filter.itemVisibleIf?.get(choice);
      const value = choice.cells.get('name') ?? '';
      return text === undefined && !visibleIf ? value : { value, ...(text !== undefined && { text }), ...(visibleIf && { visibleIf }) };
    });
  return {
    choices,
    ...(filter.choicesVisibleIf && { choicesVisibleIf: filter.choicesVisibleIf }),
    ...(input.orOther && { showOtherItem: true }),
  };
}

function rangeProperties(row: SheetRow, at: At): SurveyJson {
  const parameters = new Map((row.cells.get('parameters') ?? '').split(/\s+/).filter(Boolean).map((pair) => pair.split('=') as [string, string]));
  const start = Number(parameters.get('start') ?? 1);
  const end = Number(parameters.get('end') ?? 10);
  const step = Number(parameters.get('step') ?? 1);
  if (![start, end, step].every(Number.isFinite) || step <= 0 || (end - start) / step > 20) {
    at('parameters', 'The range has more than 21 values or unreadable parameters; it became a number input.');
    return { type: 'text', inputType: 'number', min: start, max: end };
  }
  return { type: 'rating', rateMin: start, rateMax: end, rateStep: step };
}

function noteHtml(title: unknown, hint: unknown, languages: FormLanguages): unknown {
  const paragraph = (text: string | undefined) => (text ? `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>` : '');
  const textIn = (value: unknown, locale: string) =>
    typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as Record<string, string>)[locale === languages.defaultLocale ? 'default' : locale] ?? (value as Record<string, string>).default) : undefined;
  const locales = languages.locales;
  const html: Record<string, string> = {};
  for (const locale of locales) {
    const text = paragraph(textIn(title, locale)) + paragraph(textIn(hint, locale));
    if (text) html[locale === languages.defaultLocale ? 'default' : locale] = text;
  }
  const keys = Object.keys(html);
  return keys.length === 1 && keys[0] === 'default' ? html.default : html;
}

function addRequired(question: SurveyJson, row: SheetRow, input: QuestionInput, at: At): void {
  const required = row.cells.get('required');
  if (required === undefined || question.type === 'html') return;
  if (/^(yes|true|true\(\))$/i.test(required)) question.isRequired = true;
  else if (!/^(no|false|false\(\))$/i.test(required)) {
    const requiredIf = translateCell(row, 'required', input.names, input.report, { self: question.name as string });
    if (requiredIf) question.requiredIf = requiredIf;
  }
  const message = rowText(row, 'required_message', input.languages);
  if (message !== undefined) question.requiredErrorText = message;
  void at;
}

/** ODK checks a constraint only once the question is answered; SurveyJS validators run always. */
function addConstraint(question: SurveyJson, row: SheetRow, input: QuestionInput): void {
  const source = row.cells.get('constraint');
  if (source === undefined) return;
  const name = question.name as string;
  const text = rowText(row, 'constraint_message', input.languages);
  const regex = /^\s*regex\(\s*\.\s*,\s*'([^']*)'\s*\)\s*$/.exec(source);
  if (regex) {
    question.validators = [{ type: 'regex', regex: regex[1], ...(text !== undefined && { text }) }];
    return;
  }
  const expression = translateCell(row, 'constraint', input.names, input.report, {
    self: name,
    wrap: (expr) => ({ kind: 'binary', op: 'or', left: { kind: 'empty', operand: { kind: 'ref', name }, negated: false }, right: expr }),
  });
  if (expression) question.validators = [{ type: 'expression', expression, ...(text !== undefined && { text }) }];
}
