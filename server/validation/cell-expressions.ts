import { Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { questionEquals } from './expression-hold';
import { isBlank } from './loaded-values';
import { rowValues } from './matrix-cells';
import { isShown, type Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * Expression cells of a matrixdropdown or matrixdynamic: survey-core computes them per row, from
 * the row's answers (`{row.<column>}`) and the survey's, once it draws the rows of a shown matrix
 * (as it validates its page), and writes each result into the row; what the client sent for such
 * a cell is never kept. Step by step as survey-core 3.0.0 does:
 * - every row is drawn, answered or not: all rows of a matrixdropdown (hidden ones too, dropped
 *   again on completion), the rows sent to a matrixdynamic, or rowCount rows when it has no answer
 *   (`[]` draws none);
 * - a result equal to what the cell holds (Base.isTwoValueEquals, numbers not converted) changes
 *   nothing; any other is written and the row is rewritten from its cells (getNewValueOnRowChanged):
 *   keys other than the columns' stay where they were, then each column's answer that is not blank,
 *   in the columns' order, with its 'other' text; an empty result leaves the cell out;
 * - a matrixdropdown row it writes to takes its place among the rows sent, or comes after them;
 *   a matrixdynamic row that is not an object (null) takes no write; a row left with nothing is
 *   dropped (a matrixdynamic keeps its empty rows unless all are empty);
 * - a row's expression cells run once, in the columns' order, each reading the row as the cells
 *   before it left it (one reading itself or a later expression cell is refused at publish,
 *   cell-expression-refusals.ts).
 */
export function hasCellExpressions(question: CompiledQuestion): boolean {
  return !!question.cells?.columns.some((column) => column.computed);
}

/** The answers with each shown matrix's expression cells computed, or the answers themselves when nothing changes. */
export function withCellExpressions(computing: readonly CompiledQuestion[], values: Values): Values {
  let result = values;
  for (const question of computing) {
    if (!isShown(question, values)) continue;
    const value = computedCells(question, values[question.name], values);
    if (value === values[question.name]) continue;
    if (result === values) result = { ...values };
    if (value === undefined) delete result[question.name];
    else result[question.name] = value;
  }
  return result;
}

function computedCells(question: CompiledQuestion, value: unknown, values: Values): unknown {
  if (question.kind === 'matrixdynamic') return computedList(question, value, values);
  if (value !== undefined && value !== null && !isJsonObject(value) && !isBlank(value)) return value;
  let written: Values | undefined;
  for (const row of question.rows) {
    if (Helpers.isValueEmpty(row.value)) continue;
    const key = String(row.value);
    const sent = isJsonObject(value) ? value[key] : undefined;
    const cells = computedRow(question, isJsonObject(sent) ? sent : {}, values);
    if (cells === undefined) continue;
    written ??= isJsonObject(value) ? { ...value } : {};
    if (Object.keys(cells).length === 0) delete written[key];
    else written[key] = cells;
  }
  if (!written) return value;
  return Object.keys(written).length === 0 ? null : written;
}

function computedList(question: CompiledQuestion, value: unknown, values: Values): unknown {
  if (!Array.isArray(value) && !Helpers.isValueEmpty(value)) return value;
  const count = Array.isArray(value) ? value.length : question.cells?.rowCount ?? 0;
  let written: unknown[] | undefined;
  for (let index = 0; index < count; index++) {
    const sent = Array.isArray(value) ? value[index] : {};
    if (!isJsonObject(sent)) continue;
    const cells = computedRow(question, sent, values);
    if (cells === undefined) continue;
    written ??= Array.isArray(value) ? [...value] : Array.from({ length: count }, () => ({}));
    written[index] = cells;
  }
  if (!written) return value;
  return written.every((row) => isJsonObject(row) && Object.keys(row).length === 0) ? null : written;
}

/** The row once its expression cells are computed, or undefined when none changes. */
function computedRow(question: CompiledQuestion, sent: Values, values: Values): Values | undefined {
  const columns = question.cells?.columns ?? [];
  let row = sent;
  for (const column of columns) {
    if (!column.computed) continue;
    const result = column.computed.run(rowValues(values, row));
    if (!questionEquals(row[column.name], result)) row = rewritten(columns, row, column.name, result);
  }
  return row === sent ? undefined : row;
}

/** MatrixDropdownModelBase.getNewValueOnRowChanged with the row's value in the columns' order. */
function rewritten(columns: readonly CompiledQuestion[], row: Values, name: string, result: unknown): Values {
  const cells: Values = { ...row };
  for (const column of columns) delete cells[column.name];
  for (const column of columns) {
    const cell = column.name === name ? result : row[column.name];
    if (!isBlank(cell)) cells[column.name] = cell;
    const comment = row[`${column.name}-Comment`];
    if (comment) cells[`${column.name}-Comment`] = comment;
  }
  return cells;
}
