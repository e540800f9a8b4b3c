import { isJsonObject, type JsonObject } from './survey-elements';

/** Choice questions whose value is a choice's value or a list of them. */
export const CHOICE_TYPES = new Set(['checkbox', 'radiogroup', 'dropdown', 'tagbox', 'ranking', 'imagepicker', 'buttongroup']);

/** Cell types of matrixdropdown and matrixdynamic columns whose cell value is a choice (or a list of them). */
export const CHOICE_CELL_TYPES = new Set(['dropdown', 'radiogroup', 'checkbox', 'tagbox']);

/** Cell types whose cell holds typed text. */
export const TEXT_CELL_TYPES = new Set(['text', 'comment']);

/**
 * The questions that share one value object: a page's questions and the questions of its panels
 * share the answers; a dynamic panel's template questions share one panel's object. Panels are
 * looked into, dynamic panels are not: their questions belong to the values of each panel.
 */
export function questionsOf(elements: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isJsonObject(element)) continue;
      if (element.type === 'panel') visit(element.elements);
      else if (typeof element.name === 'string' && element.name !== '') found.push(element);
    }
  };
  visit(elements);
  return found;
}

/** The questions answered at the top level of a response, across every page. */
export function topLevelQuestions(survey: unknown): JsonObject[] {
  if (!isJsonObject(survey)) return [];
  const pages = Array.isArray(survey.pages) ? survey.pages : [];
  return [...pages.flatMap((page) => (isJsonObject(page) ? questionsOf(page.elements) : [])), ...questionsOf(survey.elements)];
}

/** A matrix column's cell type: its own, else the matrix's, else survey-core's default (dropdown). */
export function cellType(matrix: JsonObject, column: JsonObject): string {
  if (typeof column.cellType === 'string' && column.cellType !== 'default') return column.cellType;
  return typeof matrix.cellType === 'string' ? matrix.cellType : 'dropdown';
}

/** The rows of a matrixdropdown (keyed by row value) or a matrixdynamic (numbered from 0) answer. */
export function matrixRows(matrix: JsonObject, value: unknown): Array<[string, JsonObject]> {
  if (matrix.type === 'matrixdynamic') {
    return Array.isArray(value) ? value.flatMap((row, index) => (isJsonObject(row) ? [[String(index), row] as [string, JsonObject]] : [])) : [];
  }
  return isJsonObject(value) ? Object.entries(value).flatMap(([row, cells]) => (isJsonObject(cells) ? [[row, cells] as [string, JsonObject]] : [])) : [];
}

/** The columns of a matrixdropdown or matrixdynamic, each with a name. */
export function matrixColumns(matrix: JsonObject): JsonObject[] {
  return (Array.isArray(matrix.columns) ? matrix.columns : []).filter(
    (column): column is JsonObject => isJsonObject(column) && typeof column.name === 'string' && column.name !== '',
  );
}
