import type { ImportResult, NotConverted, SurveyJson } from './import-types';
import { UnreadableImport } from './import-types';
import type { FormNames } from './xlsform-expressions';
import { translateCell } from './xlsform-expressions';
import { formLanguages, rowText, type FormLanguages } from './xlsform-languages';
import { convertQuestion, KNOWN_TYPES, unconvertedType } from './xlsform-question';
import { readXlsFormSheets, type SheetRow } from './xlsform-sheets';

const STRUCTURE = /^(begin|end)[ _](group|repeat)$/i;

interface Container {
  elements: SurveyJson[];
  /** The page or panel being filled; undefined for the survey's loose questions. */
  element?: SurveyJson;
  kind: 'page' | 'panel' | 'repeat' | 'loose';
  row: number;
  /** The dynamic panel a repeat became, or the outermost one this container is inside. */
  repeat?: string;
}

/**
 * Converts an XLSForm workbook into a SurveyJS document. Top-level groups become pages,
 * nested groups panels, repeats dynamic panels, calculations calculatedValues; questions outside
 * any group are gathered into pages of their own. Every row, column or expression that does not
 * convert is listed in `notConverted`.
 */
export async function importXlsForm(bytes: Uint8Array, fileName = 'form.xlsx'): Promise<ImportResult> {
  const sheets = await readXlsFormSheets(bytes);
  const report: NotConverted[] = [];
  const settings = sheets.settings[0]?.cells ?? new Map<string, string>();
  const languages = formLanguages([...sheets.surveyHeaders, ...sheets.choiceHeaders], settings.get('default_language'), report);
  const choiceLists = groupChoices(sheets.choices, report);
  const names = collectNames(sheets.survey);
  const calculatedValues: SurveyJson[] = [];

  const pages: SurveyJson[] = [];
  const stack: Container[] = [];
  const current = () => stack.at(-1);
  const loosePage = (row: number): Container => {
    const top = current();
    if (top) return top;
    const page: SurveyJson = { name: `page${pages.length + 1}`, elements: [] };
    pages.push(page);
    const container: Container = { elements: page.elements as SurveyJson[], element: page, kind: 'loose', row };
    stack.push(container);
    return container;
  };

  for (const row of sheets.survey) {
    const typeText = (row.cells.get('type') ?? '').trim().replace(/\s+/g, ' ');
    const [type = '', listName, other] = typeText.split(' ');
    const structure = STRUCTURE.exec(typeText)?.[1]?.toLowerCase();
    const at = (column: string, reason: string) => report.push({ sheet: 'survey', row: row.row, column, question: row.cells.get('name'), reason });
    const repeat = current()?.repeat;
    const rowNames: FormNames = repeat === undefined ? names : { ...names, scope: repeat };
    if (structure === 'begin') {
      openGroup(row, /repeat/i.test(typeText), { stack, pages, languages, names: rowNames, report, at, loosePage });
      continue;
    }
    if (structure === 'end') {
      const top = current();
      if (!top || top.kind === 'loose') at('type', 'This "end group" closes no group; it was ignored.');
      else stack.pop();
      continue;
    }
    if (!typeText) {
      at('type', 'The row has no type; it was left out.');
      continue;
    }
    const name = row.cells.get('name');
    if (type === 'calculate') {
      const calculated = convertCalculation(row, rowNames, report, at);
      if (calculated) calculatedValues.push(calculated);
      continue;
    }
    const why = unconvertedType(type);
    if (why) {
      at('type', `${name ?? 'This row'} was not converted: ${why}.`);
      continue;
    }
    if (!KNOWN_TYPES.has(type)) {
      at('type', `The type "${typeText}" is not an XLSForm type Tessera converts; the row was left out.`);
      continue;
    }
    if (!name) {
      at('name', 'The question has no name; it was left out.');
      continue;
    }
    const question = convertQuestion({ row, type, listName, orOther: other === 'or_other', languages, choiceLists, names: rowNames, report });
    if (question) loosePage(row.row).elements.push(question);
  }
  for (const open of stack.filter((container) => container.kind !== 'loose')) {
    report.push({ sheet: 'survey', row: open.row, column: 'type', reason: 'This group is never closed by an "end group"; it was closed at the end of the sheet.' });
  }

  const survey: SurveyJson = {};
  const title = settings.get('form_title');
  survey.title = title ?? fileName.replace(/\.[^.]+$/, '');
  if (calculatedValues.length) survey.calculatedValues = calculatedValues;
  survey.pages = pages.filter((page) => (page.elements as unknown[]).length > 0);
  return { format: 'xlsform', survey, notConverted: report };
}

interface GroupState {
  stack: Container[];
  pages: SurveyJson[];
  languages: FormLanguages;
  names: FormNames;
  report: NotConverted[];
  at: (column: string, reason: string) => void;
  loosePage: (row: number) => Container;
}

const GROUP_COLUMNS = ['type', 'name', 'label', 'hint', 'relevant', 'appearance', 'repeat_count'];

function openGroup(row: SheetRow, repeat: boolean, state: GroupState): void {
  const { stack, pages, languages, names, report, at } = state;
  const name = row.cells.get('name') ?? `group_${row.row}`;
  const element: SurveyJson = { name };
  const title = rowText(row, 'label', languages);
  if (title !== undefined) element.title = title;
  const description = rowText(row, 'hint', languages);
  if (description !== undefined) element.description = description;
  const visibleIf = translateCell(row, 'relevant', names, report);
  if (visibleIf) element.visibleIf = visibleIf;
  const appearance = (row.cells.get('appearance') ?? '').split(/\s+/).filter((value) => value && value !== 'field-list');
  if (appearance.length) at('appearance', `The appearance "${appearance.join(' ')}" has no SurveyJS equivalent and was ignored.`);
  for (const column of row.cells.keys()) {
    if (!GROUP_COLUMNS.includes(column.split('::')[0]!)) at(column, `The column "${column}" is not converted for groups.`);
  }
  const top = stack.at(-1);
  if (repeat && names.scope === undefined) {
    const templateElements: SurveyJson[] = [];
    const dynamicPanel: SurveyJson = { type: 'paneldynamic', ...element, templateElements, ...repeatCount(row, at) };
    (top ?? state.loosePage(row.row)).elements.push(dynamicPanel);
    stack.push({ elements: templateElements, element: dynamicPanel, kind: 'repeat', row: row.row, repeat: name });
    return;
  }
  element.elements = [];
  if (repeat) {
    // A dynamic panel inside another is refused by the validator (docs/validation.md).
    at('type', `The repeat "${name}" is inside the repeat "${names.scope}"; it was converted to a group asked once in each entry.`);
    if (row.cells.has('repeat_count')) at('repeat_count', 'The repeat count is not converted (the group is asked once).');
  } else if (row.cells.has('repeat_count')) {
    at('repeat_count', 'A group has no repeat count; it was ignored.');
  }
  if (!top || top.kind === 'loose') {
    if (top) stack.pop();
    pages.push(element);
    stack.push({ elements: element.elements as SurveyJson[], element, kind: 'page', row: row.row });
  } else {
    top.elements.push({ type: 'panel', ...element });
    stack.push({ elements: element.elements as SurveyJson[], element, kind: 'panel', row: row.row, ...(top.repeat !== undefined && { repeat: top.repeat }) });
  }
}

/**
 * ODK asks a repeat with a fixed count exactly that many times; without one, the respondent
 * adds entries, and one is shown to start. A count read from an answer is not converted.
 */
function repeatCount(row: SheetRow, at: (column: string, reason: string) => void): SurveyJson {
  const count = row.cells.get('repeat_count')?.trim();
  if (count === undefined) return { panelCount: 1 };
  if (/^\d+$/.test(count) && Number(count) >= 1 && Number(count) <= 100) {
    const n = Number(count);
    return { panelCount: n, minPanelCount: n, maxPanelCount: n };
  }
  at('repeat_count', `The repeat count ${count} was not converted: only a fixed number from 1 to 100 is; respondents add the entries they need.`);
  return { panelCount: 1 };
}

/** A calculate row as a SurveyJS calculated value, stored with the response as ODK stores it. */
function convertCalculation(row: SheetRow, names: FormNames, report: NotConverted[], at: (column: string, reason: string) => void): SurveyJson | undefined {
  const name = row.cells.get('name');
  if (!name) {
    at('name', 'The calculation has no name; it was left out.');
    return undefined;
  }
  if (names.scope !== undefined) {
    at('type', `The calculation ${name} is inside the repeat "${names.scope}": a calculation per entry is not converted.`);
    return undefined;
  }
  if (!row.cells.has('calculation')) {
    at('calculation', `The calculation ${name} has no calculation; it was left out.`);
    return undefined;
  }
  const expression = translateCell(row, 'calculation', names, report);
  if (!expression) return undefined;
  for (const column of row.cells.keys()) {
    if (!['type', 'name', 'calculation'].includes(column.split('::')[0]!)) at(column, `The column "${column}" is not converted for calculations.`);
  }
  return { name, expression, includeIntoResult: true };
}

function groupChoices(rows: readonly SheetRow[], report: NotConverted[]): Map<string, SheetRow[]> {
  const lists = new Map<string, SheetRow[]>();
  for (const row of rows) {
    const list = row.cells.get('list_name') ?? row.cells.get('list name');
    if (!list || !row.cells.has('name')) {
      report.push({ sheet: 'choices', row: row.row, column: list ? 'name' : 'list_name', reason: 'The choice has no list name or no name; it was left out.' });
      continue;
    }
    lists.set(list, [...(lists.get(list) ?? []), row]);
  }
  return lists;
}

function collectNames(rows: readonly SheetRow[]): FormNames {
  const names: FormNames = { shapes: new Map(), missing: new Map(), repeatOf: new Map() };
  // Each open group or repeat, with the outermost repeat it is in (undefined outside any).
  const open: Array<string | undefined> = [];
  for (const row of rows) {
    const typeText = (row.cells.get('type') ?? '').trim().replace(/\s+/g, ' ');
    const structure = STRUCTURE.exec(typeText);
    const repeat = open.at(-1);
    if (structure) {
      if (structure[1]!.toLowerCase() === 'begin') open.push(repeat ?? (/repeat/i.test(typeText) ? (row.cells.get('name') ?? `group_${row.row}`) : undefined));
      else open.pop();
      continue;
    }
    const name = row.cells.get('name');
    const type = typeText.split(' ')[0] ?? '';
    if (!name) continue;
    if (repeat !== undefined) names.repeatOf.set(name, repeat);
    if (type === 'calculate') {
      if (repeat !== undefined) names.missing.set(name, `it is a calculation inside the repeat "${repeat}"`);
      else names.shapes.set(name, 'value');
      continue;
    }
    const why = unconvertedType(type) ?? (KNOWN_TYPES.has(type) ? undefined : `its type "${type}" is not converted`);
    if (why) names.missing.set(name, why.replace(/^"[^"]*" is /, 'it is '));
    else names.shapes.set(name, type === 'select_multiple' ? 'multiple' : type === 'select_one' ? 'single' : 'value');
  }
  return names;
}
