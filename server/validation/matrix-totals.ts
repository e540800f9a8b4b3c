import { ExpressionRunner, FunctionFactory, Helpers, type MatrixDropdownColumn, type QuestionMatrixDropdownModelBase } from 'survey-core';
import { overlay } from './overlay';
import type { Values } from './visibility';

/**
 * Matrix totals (`totalType`, `totalExpression` on a matrixdropdown or matrixdynamic column):
 * survey-core computes them in its total row, whose cells are expression questions, and stores
 * them with the answers as `<name>-total`. The server computes them from the answers it stores
 * and never takes the client's.
 */
export interface CompiledTotals {
  columns: { name: string; runner: ExpressionRunner }[];
  /** The totals on the empty survey: survey-core's total row holds them without writing them. */
  initial: Values;
}

export const TOTAL_SUFFIX = '-total';

export function compileTotals(matrix: QuestionMatrixDropdownModelBase): CompiledTotals | undefined {
  const columns = matrix.columns.filter((column) => column.hasTotal).map((column) => ({ name: column.name, runner: new ExpressionRunner(totalExpression(column)) }));
  if (columns.length === 0) return undefined;
  const totals: CompiledTotals = { columns, initial: {} };
  totals.initial = totalsOf(totals, undefined, {});
  return totals;
}

/** MatrixDropdownTotalCell.getTotalExpression. */
function totalExpression(column: MatrixDropdownColumn): string {
  if (column.totalExpression) return column.totalExpression;
  if (column.totalType === 'none') return "''";
  const functionName = `${column.totalType}InArray`;
  return FunctionFactory.Instance.hasFunction(functionName) ? `${functionName}({matrix}, '${column.name}')` : '';
}

/**
 * The total row's value: each column's expression with `{matrix}` reading the matrix's rows and
 * `{row.<column>}` the totals so far, run again until it settles (three times at most, as
 * MatrixDropdownTotalRowModel.runCondition does). A total that comes out empty is left out.
 */
export function totalsOf(totals: CompiledTotals, matrix: unknown, values: Values): Values {
  let row: Values = {};
  for (let pass = 0; pass < 3; pass++) {
    const before = row;
    row = { ...row };
    const inRow = overlay(overlay(values, 'matrix', matrix), 'row', row);
    for (const { name, runner } of totals.columns) {
      const result = runner.runValues(inRow);
      if (Helpers.isValueEmpty(result)) delete row[name];
      else row[name] = result;
    }
    if (Helpers.isTwoValueEquals(before, row)) break;
  }
  return row;
}

/**
 * survey-core writes `<name>-total` only when the total row's value changes from what it held on
 * the empty survey: an unanswered matrix, or one whose totals come out as they were, stores none.
 */
export function storedTotal(totals: CompiledTotals, matrix: unknown, values: Values): Values | undefined {
  const total = totalsOf(totals, matrix, values);
  return Helpers.isTwoValueEquals(total, totals.initial) ? undefined : total;
}
