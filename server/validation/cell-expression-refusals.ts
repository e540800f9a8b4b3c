import type { Refusal } from './survey-support';
import { isJsonObject } from '../../analysis/coding/survey-elements';

type Json = Record<string, unknown>;

interface Computing {
  matrix: Json;
  path: string;
  name: string;
  /** readOnly or enableIf on the matrix, its panels or its page. */
  lockable: boolean;
}

/**
 * Expression cells are computed on the server (cell-expressions.ts) as survey-core computes them
 * when it draws a shown, editable matrix's rows to validate its page. What survey-core then does
 * otherwise is refused, element by element:
 * - an expression column with no expression: survey-core keeps what the client sent in it;
 * - a matrix that may be read-only (readOnly or enableIf on it, its panel or page): survey-core
 *   does not compute a read-only matrix's cells and keeps what was sent;
 * - a complete trigger: survey-core leaves the matrices on the pages after it unvalidated, their
 *   rows undrawn and the cells the client sent kept;
 * - an expression reading the matrix by name (`{name.row.column}`, `{name}` in sumInArray...) from
 *   anywhere: its cells are written as survey-core reaches the matrix while it validates, so what
 *   such an expression read depends on where it is read;
 * - a valueName: the cells would be written under another name;
 * - an expression cell reading itself or a later expression cell (`{row.<column>}`): survey-core
 *   runs a row's cells once in the columns' order and does not run an earlier one again when a
 *   later one changes, so what it keeps depends on what the client sent;
 * - a choice shown by an expression cell (`{row.<column>}` in a column's choicesVisibleIf or a
 *   choice's visibleIf): the check of a cell's choice reads the row as sent;
 * - a total over an expression column, or a totalExpression in such a matrix: survey-core also
 *   computes the totals from the cells as sent when it loads the response, and stores
 *   `<name>-total` when those differ from the empty survey's, so whether a total is stored
 *   would depend on what the client sent.
 */
export function cellExpressionRefusals(surveyJson: unknown): Refusal[] {
  const found: Computing[] = [];
  findComputing(surveyJson, '', false, found);
  if (found.length === 0) return [];
  const refusals: Refusal[] = [];
  for (const { matrix, path, name, lockable } of found) {
    const label = `"${name}" (${String(matrix.type)}, at ${path})`;
    const columns = Array.isArray(matrix.columns) ? matrix.columns : [];
    columns.forEach((column, index) => {
      if (!isJsonObject(column) || cellTypeOf(matrix, column) !== 'expression' || hasText(column.expression)) return;
      const columnName = typeof column.name === 'string' ? column.name : undefined;
      refusals.push({ path: `${path}.columns[${index}]`, ...(columnName === undefined ? {} : { name: columnName }), message: `Column ${columnName === undefined ? index + 1 : `"${columnName}"`} of ${label} holds expression cells with no "expression": survey-core then keeps what the respondent's device sends; give it the expression whose result it shows, or remove it.` });
    });
    refusals.push(...orderRefusals(matrix, path, label), ...choiceRefusals(matrix, path, label), ...totalRefusals(matrix, path, label));
    if (lockable) refusals.push({ path, name, message: `${label} has expression cells and may be read-only (readOnly or enableIf on it, its panel or its page): survey-core does not compute a read-only matrix's cells and keeps what the respondent's device sends; remove readOnly and enableIf, or the expression columns.` });
    if (hasText(matrix.valueName)) refusals.push({ path, name, message: `${label} has expression cells and a valueName: its cells would be computed under another name, which the server does not follow yet; remove valueName.` });
  }
  const triggers = isJsonObject(surveyJson) && Array.isArray(surveyJson.triggers) ? surveyJson.triggers : [];
  triggers.forEach((trigger, index) => {
    if (isJsonObject(trigger) && typeof trigger.type === 'string' && trigger.type.toLowerCase() === 'complete') {
      refusals.push({ path: `triggers[${index}]`, message: `The complete trigger at triggers[${index}] can end the survey before survey-core computes the expression cells of ${found.map(({ name }) => `"${name}"`).join(', ')} on a later page, and survey-core then keeps what the respondent's device sent in them; remove the trigger, or the expression columns.` });
    }
  });
  const reads = found.map(({ name }) => ({ name, pattern: new RegExp(`\\{\\s*${escaped(name)}\\s*(?=[.\\[}])`, 'i') }));
  walkExpressions(surveyJson, '', (text, path) => {
    for (const { name, pattern } of reads) {
      if (pattern.test(text)) refusals.push({ path, message: `The expression at ${path} reads "${name}", whose expression cells survey-core writes only when it reaches the matrix while validating, so what the expression reads depends on where it stands; inside the matrix read a cell of the same row with {row.<column>}, and outside compute the value from the other columns instead.` });
    }
  });
  return refusals;
}

/** Expression columns reading themselves or a later expression column. */
function orderRefusals(matrix: Json, path: string, label: string): Refusal[] {
  const columns = Array.isArray(matrix.columns) ? matrix.columns : [];
  const computing = columns.map((column, index) => ({ column, index })).filter(({ column }) => isJsonObject(column) && cellTypeOf(matrix, column) === 'expression');
  const refusals: Refusal[] = [];
  computing.forEach(({ column, index }, position) => {
    const json = column as Json;
    const later = computing.slice(position).map(({ column: other }) => (other as Json).name).filter((name): name is string => typeof name === 'string');
    const read = later.find((name) => typeof json.expression === 'string' && new RegExp(`\\{\\s*row\\.${escaped(name)}\\s*[.\\[}]`, 'i').test(json.expression));
    if (read === undefined) return;
    const columnName = String(json.name);
    refusals.push({ path: `${path}.columns[${index}]`, name: columnName, message: `Column "${columnName}" of ${label} reads the expression cell "${read}" ({row.${read}}), which is ${read === columnName ? 'itself' : 'further right'}: survey-core computes a row's expression cells once, left to right, so it would read what the respondent's device sent; move "${columnName}" after "${read}".` });
  });
  return refusals;
}

/** Choices of a cell shown by an expression cell of its row. */
function choiceRefusals(matrix: Json, path: string, label: string): Refusal[] {
  const columns = (Array.isArray(matrix.columns) ? matrix.columns : []).filter(isJsonObject);
  const computed = columns.filter((column) => cellTypeOf(matrix, column) === 'expression').map((column) => column.name).filter((name): name is string => typeof name === 'string');
  const readsComputed = (text: unknown) => typeof text === 'string' && computed.some((name) => new RegExp(`\\{\\s*row\\.${escaped(name)}\\s*[.\\[}]`, 'i').test(text));
  const refusals: Refusal[] = [];
  (Array.isArray(matrix.columns) ? matrix.columns : []).forEach((column, index) => {
    if (!isJsonObject(column)) return;
    const choices = Array.isArray(column.choices) ? column.choices : [];
    if (!readsComputed(column.choicesVisibleIf) && !choices.some((choice) => isJsonObject(choice) && readsComputed(choice.visibleIf))) return;
    const columnName = typeof column.name === 'string' ? column.name : String(index + 1);
    refusals.push({ path: `${path}.columns[${index}]`, name: columnName, message: `Column "${columnName}" of ${label} shows its choices by an expression cell of the row, which the server's check of the choice sent does not read yet; show or hide the whole column with visibleIf, or read the cells the expression reads.` });
  });
  return refusals;
}

/** Totals that read expression cells: a total on an expression column, any totalExpression. */
function totalRefusals(matrix: Json, path: string, label: string): Refusal[] {
  const columns = Array.isArray(matrix.columns) ? matrix.columns : [];
  const refusals: Refusal[] = [];
  columns.forEach((column, index) => {
    if (!isJsonObject(column)) return;
    const columnName = typeof column.name === 'string' ? column.name : String(index + 1);
    const summed = cellTypeOf(matrix, column) === 'expression' && typeof column.totalType === 'string' && column.totalType !== 'none';
    if (!summed && !hasText(column.totalExpression)) return;
    refusals.push({ path: `${path}.columns[${index}]`, name: columnName, message: `Column "${columnName}" of ${label} has a total that ${summed ? 'adds up an expression column' : 'is a totalExpression in a matrix with expression cells'}: survey-core first computes it from the cells the respondent's device sent, and whether it stores the total then depends on them; total the columns the expression reads (totalType on them) instead.` });
  });
  return refusals;
}

function findComputing(json: unknown, path: string, lockedAbove: boolean, found: Computing[]): void {
  if (Array.isArray(json)) {
    json.forEach((item, index) => findComputing(item, `${path}[${index}]`, lockedAbove, found));
    return;
  }
  if (!isJsonObject(json)) return;
  const locked = lockedAbove || json.readOnly === true || hasText(json.enableIf);
  const type = typeof json.type === 'string' ? json.type.toLowerCase() : '';
  const columns = Array.isArray(json.columns) ? json.columns.filter(isJsonObject) : [];
  if ((type === 'matrixdropdown' || type === 'matrixdynamic') && typeof json.name === 'string' && columns.some((column) => cellTypeOf(json, column) === 'expression')) {
    found.push({ matrix: json, path, name: json.name, lockable: locked });
  }
  for (const key of ['pages', 'elements', 'questions', 'templateElements']) {
    if (Array.isArray(json[key])) findComputing(json[key], path ? `${path}.${key}` : key, locked, found);
  }
}

function cellTypeOf(matrix: Json, column: Json): string {
  const own = typeof column.cellType === 'string' ? column.cellType.toLowerCase() : 'default';
  if (own !== 'default') return own;
  return typeof matrix.cellType === 'string' ? matrix.cellType.toLowerCase() : 'dropdown';
}

/** Every condition and expression (visibleIf, expression, validators...); titles only display a value. */
function walkExpressions(json: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (Array.isArray(json)) json.forEach((item, index) => walkExpressions(item, `${path}[${index}]`, visit));
  if (!isJsonObject(json)) return;
  for (const [key, value] of Object.entries(json)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string' && (key.endsWith('If') || /expression$/i.test(key))) visit(value, at);
    else if (typeof value === 'object') walkExpressions(value, at, visit);
  }
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
