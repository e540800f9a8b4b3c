import type { MatrixDropdownColumn, Question, QuestionMatrixDropdownModelBase, QuestionMatrixDynamicModel, QuestionSelectBase } from 'survey-core';
import { compileQuestion, type CompiledQuestion } from './compile-questions';
import { compileCondition } from './expressions';
import { compileTotals } from './matrix-totals';

const SELECT_CELLS = new Set(['dropdown', 'radiogroup', 'checkbox', 'tagbox']);

/**
 * matrixdropdown and matrixdynamic: each column is compiled as the question survey-core puts in
 * its cells (the column's template, with the matrix's choices when the column has none). A
 * column's visibleIf, enableIf and requiredIf are read per row, with `{row.<column>}` bound to
 * that row's answers.
 */
export function addCells(compiled: CompiledQuestion, matrix: QuestionMatrixDropdownModelBase): void {
  compiled.rows = matrix.getType() === 'matrixdropdown' ? compileRows(matrix) : [];
  compiled.rowsVisibleIf = compileCondition(matrix.rowsVisibleIf);
  const dynamic = matrix.getType() === 'matrixdynamic' ? (matrix as QuestionMatrixDynamicModel) : undefined;
  compiled.cells = {
    columns: matrix.columns.map((column) => compileColumn(matrix, column)),
    rowCount: dynamic?.rowCount ?? 0,
    minRows: dynamic?.minRowCount ?? 0,
    maxRows: dynamic ? dynamic.maxRowCount : 0,
    keyName: dynamic?.keyName || undefined,
    totals: compileTotals(matrix),
  };
}

function compileRows(matrix: QuestionMatrixDropdownModelBase): CompiledQuestion['rows'] {
  return (matrix as unknown as { rows: { value: unknown; visibleIf: string; getPropertyValue(name: string): unknown }[] }).rows.map((row) => ({
    value: row.value,
    visibleIf: compileCondition(row.visibleIf),
    alwaysHidden: !row.visibleIf && row.getPropertyValue('visible') === false,
  }));
}

function compileColumn(matrix: QuestionMatrixDropdownModelBase, column: MatrixDropdownColumn): CompiledQuestion {
  const template = column.templateQuestion as Question;
  if (SELECT_CELLS.has(template.getType()) && (template as QuestionSelectBase).choices.length === 0) {
    (template as QuestionSelectBase).choices = matrix.choices;
  }
  const compiled = compileQuestion(template);
  compiled.title = (locale) => column.locTitle.getLocaleText(locale) || column.locTitle.getLocaleText('default') || column.name;
  compiled.shownIf = [compileCondition(column.visibleIf)].filter((condition) => condition !== undefined);
  compiled.alwaysHidden = !column.visibleIf && column.visible === false;
  compiled.enabledIf = [compileCondition(column.enableIf)].filter((condition) => condition !== undefined);
  compiled.alwaysReadOnly = !column.enableIf && column.readOnly === true;
  compiled.isRequired = column.isRequired;
  compiled.requiredIf = compileCondition(column.requiredIf);
  compiled.pageShownIf = undefined;
  return compiled;
}
