import { Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { isBlank } from './loaded-values';
import type { Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * What a matrixdropdown holds once survey-core has drawn its rows, as it does to validate its page
 * (QuestionMatrixDropdownModel.updateValueOnRowsGeneration): each row whose answer differs from
 * what its cell questions hold (a blank cell, '' or null or spaces, or null for the row) is
 * written again from them, in the columns' order after the row's other keys, and dropped when
 * nothing is left; an answer left with nothing is removed (undefined). Rows it does not draw
 * (an unknown row, which the strict check lets through only empty) are kept as sent.
 */
export function drawnMatrixValue(question: CompiledQuestion, value: unknown): unknown {
  if (!isJsonObject(value)) return value;
  const columns = question.cells?.columns ?? [];
  let drawn: Values | undefined;
  for (const row of question.rows) {
    if (Helpers.isValueEmpty(row.value)) continue;
    const key = String(row.value);
    // An absent row is drawn empty, written as {} and dropped again: nothing changes.
    if (!Object.hasOwn(value, key)) continue;
    const sent = value[key] ? value[key] : null;
    const held = heldCells(columns, sent);
    if (Helpers.isTwoValueEquals(sent, held, false, true, false)) continue;
    drawn ??= structuredClone(value);
    const cells = (drawn[key] ||= {}) as Values;
    for (const column of columns) delete cells[column.name];
    Object.assign(cells, structuredClone(held));
    if (Object.keys(cells).length === 0) delete drawn[key];
  }
  if (!drawn || Helpers.isTwoValueEquals(value, drawn, false, true, false)) return value;
  return Helpers.isValueEmpty(drawn) ? undefined : drawn;
}

/** MatrixDropdownRowModelBase's value: each answered cell, and the text of a chosen 'other'. */
function heldCells(columns: readonly CompiledQuestion[], sent: unknown): Values {
  const held: Values = {};
  const cells = isJsonObject(sent) ? sent : {};
  for (const column of columns) {
    const cell = cells[column.name];
    if (!isBlank(cell)) held[column.name] = cell;
    const comment = cells[`${column.name}-Comment`];
    if (comment) held[`${column.name}-Comment`] = comment;
  }
  return held;
}
