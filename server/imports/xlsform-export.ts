import ExcelJS from 'exceljs';
import { Untranslatable } from './expression-tree';
import type { NotConverted, SurveyJson } from './import-types';
import { defaultText, htmlToText } from './localized-text';
import { toXPath } from './xpath-print';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', fr: 'Français', ar: 'العربية', es: 'Español', 'zh-cn': 'Chinese', pa: 'ਪੰਜਾਬੀ', tl: 'Tagalog', fa: 'فارسی', uk: 'Українська',
};

type Cells = Record<string, string>;
type Text = string | Record<string, string> | undefined;

interface Sheets {
  survey: Cells[];
  choices: Cells[];
  locales: Set<string>;
  report: NotConverted[];
  multiple: Set<string>;
}

/**
 * Writes a SurveyJS document as an XLSForm workbook (survey, choices and settings sheets, one
 * label/hint column per language) that KoboToolbox and ODK read. What XLSForm cannot say is
 * listed in `notExported` by question name.
 */
export async function exportXlsForm(survey: SurveyJson, formId: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; notExported: NotConverted[] }> {
  const sheets: Sheets = { survey: [], choices: [], locales: new Set(['default']), report: [], multiple: new Set() };
  const pages = (survey.pages as SurveyJson[] | undefined) ?? [{ name: 'page1', elements: survey.elements ?? survey.questions ?? [] }];
  collectMultiple(pages, sheets.multiple);
  for (const page of pages) writeContainer(page, sheets, true);
  writeCalculations(survey, sheets);
  const locales = [...sheets.locales];
  const column = (base: string, locale: string) => `${base}::${languageColumn(locale)}`;
  const labelColumns = (base: string) => locales.map((locale) => column(base, locale));
  const surveyHeaders = ['type', 'name', ...labelColumns('label'), ...labelColumns('hint'), 'required', ...labelColumns('required_message'), 'relevant', 'constraint', ...labelColumns('constraint_message'), 'choice_filter', 'appearance', 'parameters', 'repeat_count', 'calculation'];
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, 'survey', surveyHeaders, sheets.survey.map((row) => expandTexts(row, locales)));
  addSheet(workbook, 'choices', ['list_name', 'name', ...labelColumns('label')], sheets.choices.map((row) => expandTexts(row, locales)));
  addSheet(workbook, 'settings', ['form_title', 'form_id', 'default_language'], [{ form_title: defaultText(survey.title) || formId, form_id: formId, default_language: languageColumn('default') }]);
  if (survey.title && typeof survey.title === 'object') {
    sheets.report.push({ column: 'title', reason: "The survey title's translations were not exported: XLSForm's form_title has one language." });
  }
  if (survey.description !== undefined) sheets.report.push({ column: 'description', reason: 'The survey description was not exported: XLSForm has no place for it.' });
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as Uint8Array);
  return { bytes, notExported: sheets.report };
}

function languageColumn(locale: string): string {
  const code = locale === 'default' ? 'en' : locale;
  return `${LANGUAGE_NAMES[code] ?? code} (${code})`;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Cells[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
}

/** Texts were stored as `label@fr`; the headers want `label::Français (fr)`. */
function expandTexts(row: Cells, locales: string[]): Cells {
  const result: Cells = {};
  for (const [key, value] of Object.entries(row)) {
    const [base, locale] = key.split('@');
    if (locale === undefined) result[key] = value;
    else if (locales.includes(locale)) result[`${base}::${languageColumn(locale)}`] = value;
  }
  return result;
}

function putText(row: Cells, base: string, text: Text, sheets: Sheets, plain = false): void {
  if (text === undefined) return;
  const texts = typeof text === 'string' ? { default: text } : text;
  for (const [locale, value] of Object.entries(texts)) {
    const key = locale === 'en' && !('default' in texts) ? 'default' : locale;
    sheets.locales.add(key);
    row[`${base}@${key}`] = plain ? htmlToText(value) : value;
  }
}

function collectMultiple(elements: SurveyJson[], multiple: Set<string>): void {
  for (const element of elements) {
    if (element.type === 'checkbox') multiple.add(String(element.name));
    if (Array.isArray(element.elements)) collectMultiple(element.elements as SurveyJson[], multiple);
    if (Array.isArray(element.templateElements)) collectMultiple(element.templateElements as SurveyJson[], multiple);
  }
}

function expression(text: unknown, sheets: Sheets, name: string, property: string, self?: string): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return toXPath(text, (question) => sheets.multiple.has(question), self);
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    sheets.report.push({ question: name, column: property, reason: `${text} was not exported: ${error.message}.` });
    return undefined;
  }
}

function writeContainer(container: SurveyJson, sheets: Sheets, isPage: boolean): void {
  const name = String(container.name ?? `group_${sheets.survey.length + 1}`);
  const begin: Cells = { type: 'begin group', name, ...(isPage && { appearance: 'field-list' }) };
  putText(begin, 'label', container.title as Text, sheets);
  putText(begin, 'hint', container.description as Text, sheets);
  const relevant = expression(container.visibleIf, sheets, name, 'visibleIf');
  if (relevant) begin.relevant = relevant;
  sheets.survey.push(begin);
  writeElements((container.elements as SurveyJson[] | undefined) ?? [], sheets);
  sheets.survey.push({ type: 'end group' });
}

function writeElements(elements: SurveyJson[], sheets: Sheets): void {
  for (const element of elements) {
    if (element.type === 'panel') writeContainer(element, sheets, false);
    else if (element.type === 'paneldynamic') writeRepeat(element, sheets);
    else writeQuestion(element, sheets);
  }
}

/** A dynamic panel as a repeat; a fixed number of panels (min = max) as its repeat_count. */
function writeRepeat(panel: SurveyJson, sheets: Sheets): void {
  const name = String(panel.name);
  const begin: Cells = { type: 'begin repeat', name };
  putText(begin, 'label', panel.title as Text, sheets);
  putText(begin, 'hint', panel.description as Text, sheets);
  const relevant = expression(panel.visibleIf, sheets, name, 'visibleIf');
  if (relevant) begin.relevant = relevant;
  const count = panel.minPanelCount;
  if (typeof count === 'number' && count > 0 && panel.maxPanelCount === count) begin.repeat_count = String(count);
  else if (panel.minPanelCount !== undefined || panel.maxPanelCount !== undefined) {
    sheets.report.push({ question: name, column: 'minPanelCount', reason: 'The least and most numbers of entries were not exported: XLSForm has only a fixed repeat count.' });
  }
  sheets.survey.push(begin);
  writeElements((panel.templateElements as SurveyJson[] | undefined) ?? [], sheets);
  sheets.survey.push({ type: 'end repeat' });
}

/** Calculated values as calculate rows; ODK stores every calculation with the submission. */
function writeCalculations(survey: SurveyJson, sheets: Sheets): void {
  for (const calculated of (survey.calculatedValues as SurveyJson[] | undefined) ?? []) {
    const name = String(calculated.name);
    const calculation = expression(calculated.expression, sheets, name, 'expression');
    if (calculation) sheets.survey.push({ type: 'calculate', name, calculation });
  }
}

function writeQuestion(question: SurveyJson, sheets: Sheets): void {
  const name = String(question.name);
  const row: Cells = { name };
  const type = typeOf(question, row, sheets);
  if (!type) {
    sheets.report.push({ question: name, column: 'type', reason: `The SurveyJS type "${String(question.type)}" has no XLSForm equivalent; the question was not exported.` });
    return;
  }
  row.type = type;
  if (question.type === 'html') putText(row, 'label', question.html as Text, sheets, true);
  else putText(row, 'label', (question.title as Text) ?? name, sheets);
  putText(row, 'hint', question.description as Text, sheets);
  if (question.isRequired === true) row.required = 'yes';
  const requiredIf = expression(question.requiredIf, sheets, name, 'requiredIf', name);
  if (requiredIf) row.required = requiredIf;
  putText(row, 'required_message', question.requiredErrorText as Text, sheets);
  const relevant = expression(question.visibleIf, sheets, name, 'visibleIf', name);
  if (relevant) row.relevant = relevant;
  const filter = expression(question.choicesVisibleIf, sheets, name, 'choicesVisibleIf', name);
  if (filter) row.choice_filter = filter;
  writeValidators(question, row, sheets);
  for (const property of ['enableIf', 'defaultValue', 'readOnly']) {
    if (question[property] !== undefined) sheets.report.push({ question: name, column: property, reason: `${property} was not exported.` });
  }
  sheets.survey.push(row);
}

function typeOf(question: SurveyJson, row: Cells, sheets: Sheets): string | undefined {
  const name = String(question.name);
  switch (question.type) {
    case 'radiogroup':
    case 'dropdown':
    case 'checkbox': {
      writeChoices(name, (question.choices as unknown[] | undefined) ?? [], sheets);
      if (question.type === 'dropdown') row.appearance = 'minimal';
      else if (question.colCount === 0) row.appearance = 'horizontal';
      const other = question.showOtherItem === true ? ' or_other' : '';
      for (const special of ['showNoneItem', 'showRefuseItem', 'showDontKnowItem']) {
        if (question[special] === true) sheets.report.push({ question: name, column: special, reason: `${special} was not exported.` });
      }
      return `${question.type === 'checkbox' ? 'select_multiple' : 'select_one'} ${name}${other}`;
    }
    case 'boolean': {
      const yes = String(question.valueTrue ?? 'true');
      const no = String(question.valueFalse ?? 'false');
      writeChoices(name, [{ value: yes, text: question.labelTrue ?? 'Yes' }, { value: no, text: question.labelFalse ?? 'No' }], sheets);
      return `select_one ${name}`;
    }
    case 'text': {
      const inputType = question.inputType ?? 'text';
      if (inputType === 'number') return question.step === 1 ? 'integer' : 'decimal';
      if (inputType === 'date') return 'date';
      if (inputType === 'time') return 'time';
      if (inputType === 'datetime-local') return 'datetime';
      if (inputType !== 'text') sheets.report.push({ question: name, column: 'inputType', reason: `The input type "${String(inputType)}" became plain text.` });
      return 'text';
    }
    case 'comment':
      row.appearance = 'multiline';
      return 'text';
    case 'rating':
      if (question.rateValues) {
        writeChoices(name, question.rateValues as unknown[], sheets);
        return `select_one ${name}`;
      }
      row.parameters = `start=${Number(question.rateMin ?? 1)} end=${Number(question.rateMax ?? 5)} step=${Number(question.rateStep ?? 1)}`;
      return 'range';
    case 'html':
      return 'note';
    default:
      return undefined;
  }
}

function writeChoices(list: string, choices: unknown[], sheets: Sheets): void {
  for (const choice of choices) {
    const value = typeof choice === 'object' && choice !== null ? (choice as SurveyJson).value : choice;
    const row: Cells = { list_name: list, name: String(value) };
    const text = typeof choice === 'object' && choice !== null ? ((choice as SurveyJson).text as Text) : undefined;
    putText(row, 'label', text ?? String(value), sheets);
    if (typeof choice === 'object' && choice !== null && (choice as SurveyJson).visibleIf) {
      sheets.report.push({ question: list, column: 'choices', reason: `The condition on the choice "${String(value)}" was not exported.` });
    }
    sheets.choices.push(row);
  }
}

function writeValidators(question: SurveyJson, row: Cells, sheets: Sheets): void {
  const name = String(question.name);
  const constraints: string[] = [];
  for (const validator of (question.validators as SurveyJson[] | undefined) ?? []) {
    if (validator.type === 'regex' && typeof validator.regex === 'string') constraints.push(`regex(., '${validator.regex}')`);
    else if (validator.type === 'expression') {
      // Imports guard constraints with "{q} empty or" because ODK skips them on empty answers; XLSForm needs no guard.
      const text = String(validator.expression ?? '');
      const guard = `{${name}} empty or `;
      const translated = expression(text.startsWith(guard) ? text.slice(guard.length) : text, sheets, name, 'validators', name);
      if (translated) constraints.push(translated);
    } else sheets.report.push({ question: name, column: 'validators', reason: `The ${String(validator.type)} validator was not exported.` });
    if (validator.text !== undefined && constraints.length === 1) putText(row, 'constraint_message', validator.text as Text, sheets);
  }
  if (constraints.length) row.constraint = constraints.length === 1 ? constraints[0]! : constraints.map((text) => `(${text})`).join(' and ');
}
