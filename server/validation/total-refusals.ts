import type { Refusal } from './survey-support';
import { isJsonObject } from '../../analysis/coding/survey-elements';

type Json = Record<string, unknown>;

/**
 * Matrix totals are computed on the server from the answers it stores (matrix-totals.ts), but
 * not what survey-core's conditions read of them while a respondent answers: survey-core writes
 * `<name>-total` only when a total changes, and keeps a total the client sent with an unanswered
 * matrix, so when `{name-total.x}` holds depends on the order the answers were given. Reading a
 * total (or the total row, `{totalRow.x}`) is refused, as is a total on a matrix whose answers
 * are stored under another name (valueName).
 */
export function totalRefusals(surveyJson: unknown): Refusal[] {
  const matrices = totaledMatrices(surveyJson);
  if (matrices.length === 0) return [];
  const refusals: Refusal[] = [];
  for (const { name, path, valueName } of matrices) {
    if (valueName) refusals.push({ path, name, message: `"${name}" (at ${path}) has column totals and a valueName: its totals would be stored under another name, which the server does not follow yet; remove valueName.` });
  }
  const reads = matrices.map(({ name }) => ({ name, pattern: new RegExp(`\\{\\s*${escaped(name)}-total\\s*(?=[.\\[}])`, 'i') }));
  walkExpressions(surveyJson, '', (text, path) => {
    for (const { name, pattern } of reads) {
      if (pattern.test(text)) refusals.push({ path, message: `The expression at ${path} reads the totals of "${name}" ({${name}-total...}): survey-core computes them while the respondent answers, and when a condition reading them holds depends on the order the answers were given, which the server cannot know; compute the total in an expression question (sumInArray({${name}}, 'column')) and read that instead.` });
    }
    if (/\{\s*totalRow\s*\./i.test(text)) refusals.push({ path, message: `The expression at ${path} reads a matrix's total row ({totalRow...}), which the server does not judge yet; compute the total in an expression question (sumInArray({matrix name}, 'column')) and read that instead.` });
  });
  return refusals;
}

function totaledMatrices(json: unknown, path = '', found: { name: string; path: string; valueName: boolean }[] = []) {
  if (Array.isArray(json)) json.forEach((item, index) => totaledMatrices(item, `${path}[${index}]`, found));
  if (!isJsonObject(json)) return found;
  const type = typeof json.type === 'string' ? json.type.toLowerCase() : '';
  const columns = Array.isArray(json.columns) ? json.columns.filter(isJsonObject) : [];
  const hasTotal = columns.some((column) => (typeof column.totalType === 'string' && column.totalType !== 'none') || (typeof column.totalExpression === 'string' && column.totalExpression.trim() !== ''));
  if ((type === 'matrixdropdown' || type === 'matrixdynamic') && hasTotal && typeof json.name === 'string') {
    found.push({ name: json.name, path, valueName: typeof json.valueName === 'string' && json.valueName.trim() !== '' });
  }
  for (const [key, value] of Object.entries(json)) if (typeof value === 'object') totaledMatrices(value, path ? `${path}.${key}` : key, found);
  return found;
}

/** Every condition and expression (visibleIf, expression, setValueExpression...); titles only display a total. */
function walkExpressions(json: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (Array.isArray(json)) json.forEach((item, index) => walkExpressions(item, `${path}[${index}]`, visit));
  if (!isJsonObject(json)) return;
  for (const [key, value] of Object.entries(json)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string' && (key.endsWith('If') || /expression$/i.test(key))) visit(value, at);
    else if (typeof value === 'object') walkExpressions(value, at, visit);
  }
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
