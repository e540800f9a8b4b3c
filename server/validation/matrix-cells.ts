import { Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import type { RuleBreak } from './survey-rules';
import type { Problem } from './value-checks';
import { overlay } from './overlay';
import { isReadOnly, isShownOnPage, visibleItemValues, type Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * matrixdropdown (an object of rows, each an object of cells) and matrixdynamic (a list of rows):
 * the shape checks survey-core lacks, cell by cell with each column's own check, and the rows
 * survey-core validates.
 */
type CellCheck = (column: CompiledQuestion, cell: unknown, values: Values) => Problem | undefined;

/** Conditions inside a row read the row's answers as `{row.<column>}`. */
export function rowValues(values: Values, row: Values): Values {
  return overlay(values, 'row', row);
}

export function checkCells(question: CompiledQuestion, value: unknown, values: Values, checkCell: CellCheck): Problem | undefined {
  const cells = question.cells;
  if (!cells) return undefined;
  if (question.kind === 'matrixdynamic') {
    if (!Array.isArray(value)) return { code: 'invalid_type', expected: 'a list of rows' };
    const rowCount = rowCountProblem(question, value);
    if (rowCount) return rowCount;
    for (const [index, row] of value.entries()) {
      const problem = checkRow(question, row, `row ${index + 1}`, values, checkCell);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isJsonObject(value)) return { code: 'invalid_type', expected: 'an answer per row' };
  const rows = visibleItemValues(question.rows, question.rowsVisibleIf, values).map(String);
  const answered = Object.entries(value).filter(([, row]) => !Helpers.isValueEmpty(row));
  // An answer to a row not shown is the first thing wrong, whatever the other rows hold.
  const unknown = answered.find(([key]) => !rows.includes(key));
  if (unknown) return { code: 'invalid_choice', detail: unknown[0], expected: 'row' };
  for (const [key, row] of answered) {
    const problem = checkRow(question, row, `row "${key}"`, values, checkCell);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * A browser draws at least minRowCount rows and offers no remove button below it, nor an add
 * button past maxRowCount, and it sends every row it draws once any cell is answered: a list of
 * another length did not come from survey-core's UI. survey-core itself says nothing of a list
 * shorter than minRowCount (a fresh model keeps `[]` and reports no missing row), so this strict
 * check is the server's own; an empty list counts, though it is otherwise no answer.
 */
export function rowCountProblem(question: CompiledQuestion, value: unknown): Problem | undefined {
  const cells = question.cells;
  if (question.kind !== 'matrixdynamic' || !cells || !Array.isArray(value)) return undefined;
  if (value.length < cells.minRows) return { code: 'out_of_range', detail: cells.minRows, expected: 'rows at least' };
  if (cells.maxRows > 0 && value.length > cells.maxRows) return { code: 'out_of_range', detail: cells.maxRows, expected: 'rows' };
  return undefined;
}

function checkRow(question: CompiledQuestion, row: unknown, where: string, values: Values, checkCell: CellCheck): Problem | undefined {
  if (Helpers.isValueEmpty(row)) return undefined;
  if (!isJsonObject(row)) return { code: 'invalid_type', expected: 'an answer per column in each row' };
  const columns = question.cells?.columns ?? [];
  const inRow = rowValues(values, row);
  for (const [key, cell] of Object.entries(row)) {
    const column = columns.find((candidate) => candidate.name === key);
    if (!column) {
      if (key.endsWith('-Comment') && columns.some((candidate) => `${candidate.name}-Comment` === key && candidate.other !== undefined)) {
        if (cell === undefined || cell === null || typeof cell === 'string') continue;
      }
      return { code: 'invalid_choice', detail: key, expected: 'column', cell: where };
    }
    const problem = checkCell(column, cell, inRow);
    if (problem) return { ...problem, cell: `${where}, column "${key}"` };
  }
  return undefined;
}

/** The rows survey-core validates: the shown rows of a matrixdropdown; the rows a matrixdynamic holds, at least minRowCount. */
function rowsToValidate(question: CompiledQuestion, value: unknown, values: Values): Values[] {
  const cells = question.cells;
  if (!cells) return [];
  if (question.kind === 'matrixdropdown') {
    const held = isJsonObject(value) ? value : {};
    return visibleItemValues(question.rows, question.rowsVisibleIf, values).map((row) => {
      const cellsOfRow = held[String(row)];
      return isJsonObject(cellsOfRow) ? cellsOfRow : {};
    });
  }
  const rows: Values[] = Array.isArray(value)
    ? value.map((row) => (isJsonObject(row) ? row : {}))
    : Array.from({ length: Math.max(cells.rowCount, cells.minRows) }, () => ({}));
  while (rows.length < cells.minRows) rows.push({});
  return rows;
}

/** The cells' own rules (required, validators, min/max...), then keyName's rule that no two rows repeat a key. */
export function cellRules(
  question: CompiledQuestion,
  value: unknown,
  values: Values,
  rulesOf: (column: CompiledQuestion, values: Values) => RuleBreak[],
): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const rows = rowsToValidate(question, value, values);
  for (const row of rows) {
    const inRow = rowValues(values, row);
    for (const column of question.cells?.columns ?? []) {
      if (!isShownOnPage(column, inRow) || isReadOnly(column, inRow)) continue;
      inRow[column.name] = row[column.name];
      inRow[`${column.name}-Comment`] = row[`${column.name}-Comment`];
      breaks.push(...rulesOf(column, inRow));
    }
  }
  const keyName = question.cells?.keyName;
  if (keyName) {
    const keys = rows.map((row) => row[keyName]).filter((key) => !Helpers.isValueEmpty(key)).map((key) => (typeof key === 'string' ? key.toLowerCase() : key));
    if (new Set(keys).size !== keys.length) breaks.push({ code: 'validator', key: 'keyDuplicationError', args: [] });
  }
  return breaks;
}

/**
 * QuestionMatrixDynamicModel.validateMinRows: a required matrixdynamic needs minRowCount rows
 * with an answer in some cell (the rows survey-core adds up to minRowCount are empty).
 */
export function tooFewAnsweredRows(question: CompiledQuestion, value: unknown): boolean {
  const minRows = question.cells?.minRows ?? 0;
  if (question.kind !== 'matrixdynamic' || minRows <= 0) return false;
  return (Array.isArray(value) ? value : []).filter((row) => !Helpers.isValueEmpty(row)).length < minRows;
}

/** A matrix with no answer in any cell is unanswered. */
export function isMatrixEmpty(value: unknown): boolean {
  if (Helpers.isValueEmpty(value)) return true;
  if (Array.isArray(value)) return value.every(isMatrixEmpty);
  if (isJsonObject(value)) return Object.values(value).every((cell) => (isJsonObject(cell) || Array.isArray(cell) ? isMatrixEmpty(cell) : Helpers.isValueEmpty(cell)));
  return false;
}
