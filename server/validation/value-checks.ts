import { Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { checkCells, rowCountProblem } from './matrix-cells';
import { checkTextItems } from './multiple-text';
import { checkPanels } from './panel-dynamic';
import { checkSlider } from './slider';
import { inputShapeProblem, rangeBounds } from './text-inputs';
import { choiceValues, visibleItemValues, type Values } from './visibility';

/**
 * The checks survey-core does not make (STACK.md): it accepts any type, keeps rating values out
 * of range and too many checkbox selections, and silently drops unknown choice values. A
 * respondent using survey-core's own UI can never produce what these refuse.
 */
export type StrictCode = 'invalid_type' | 'invalid_choice' | 'too_many_choices' | 'out_of_range';

export interface Problem {
  code: StrictCode;
  /** What the message needs: the offending value, or the bound that was crossed. */
  detail?: unknown;
  expected?: string;
  /** Where in a matrix: the row and column of the cell at fault. */
  cell?: string;
  /** The values offered where a nested question is at fault (a dynamic panel's), when not the question's own. */
  offered?: readonly unknown[];
}

type Check = (question: CompiledQuestion, value: unknown, values: Values, byName: ReadonlyMap<string, CompiledQuestion>) => Problem | undefined;

export function checkValue(
  question: CompiledQuestion,
  value: unknown,
  values: Values,
  byName: ReadonlyMap<string, CompiledQuestion>,
): Problem | undefined {
  // An empty value is no answer: "required" and its kin are survey-core's to judge. Only an
  // empty list of rows is held to minRowCount, as no browser sends one (matrix-cells.ts).
  if (Helpers.isValueEmpty(value)) return rowCountProblem(question, value);
  return CHECKS[question.kind](question, value, values, byName);
}

const isPrimitive = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const single: Check = (question, value, values, byName) => {
  if (!isPrimitive(value)) return { code: 'invalid_type', expected: 'one of its choices' };
  if (!choiceValues(question, values, byName).includes(value)) return { code: 'invalid_choice', detail: value };
  return undefined;
};

const multiple: Check = (question, value, values, byName) => {
  if (!Array.isArray(value) || !value.every(isPrimitive)) return { code: 'invalid_type', expected: 'a list of its choices' };
  const offered = choiceValues(question, values, byName);
  const unknown = value.find((item) => !offered.includes(item));
  if (unknown !== undefined) return { code: 'invalid_choice', detail: unknown };
  if (new Set(value).size !== value.length) return { code: 'invalid_choice', detail: 'the same choice twice' };
  const exclusive = value.find((item) => question.exclusive.includes(item));
  if (exclusive !== undefined && value.length > 1) return { code: 'invalid_choice', detail: exclusive, expected: 'alone' };
  if (question.maxSelected > 0 && value.length > question.maxSelected) return { code: 'too_many_choices', detail: question.maxSelected };
  // survey-core's ranking UI always sends every shown choice, in the respondent's order.
  const unranked = question.ranking && !question.ranking.selectToRank ? offered.find((choice) => !(value as unknown[]).includes(choice)) : undefined;
  if (unranked !== undefined) return { code: 'invalid_choice', detail: unranked, expected: 'ranked' };
  return undefined;
};

const rating: Check = (question, value) => {
  if (question.rateValues.includes(value)) return undefined;
  // A number off the scale is out of range; anything that could never be on it is the wrong type.
  const couldBeOnScale = typeof value === 'number' || (typeof value === 'string' && question.rateValues.some((rate) => typeof rate === 'string'));
  return couldBeOnScale ? { code: 'out_of_range', detail: value } : { code: 'invalid_type', expected: 'a rating' };
};

const boolean: Check = (question, value) =>
  value === question.valueTrue || value === question.valueFalse ? undefined : { code: 'invalid_type', expected: 'yes or no' };

const text: Check = (question, value) => {
  const inputType = question.kind === 'text' ? question.inputType : 'text';
  const expected = inputShapeProblem(inputType, value);
  if (expected) return { code: 'invalid_type', expected };
  if (inputType === 'range') {
    const [min, max] = rangeBounds(question.min, question.max);
    return (value as number) < min || (value as number) > max ? { code: 'out_of_range', detail: [min, max], expected: 'range' } : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (question.maxLength > 0 && value.length > question.maxLength) return { code: 'out_of_range', detail: question.maxLength, expected: 'length' };
  return undefined;
};

const matrix: Check = (question, value, values) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { code: 'invalid_type', expected: 'an answer per row' };
  const rows = visibleItemValues(question.rows, question.rowsVisibleIf, values).map(String);
  const columns = visibleItemValues(question.columns, question.columnsVisibleIf, values);
  for (const [row, cell] of Object.entries(value)) {
    if (Helpers.isValueEmpty(cell)) continue;
    if (!rows.includes(row)) return { code: 'invalid_choice', detail: row, expected: 'row' };
    if (!isPrimitive(cell)) return { code: 'invalid_type', expected: 'an answer per row' };
    if (!columns.includes(cell)) return { code: 'invalid_choice', detail: cell };
  }
  return undefined;
};

function cellsCheck(question: CompiledQuestion, value: unknown, values: Values, byName: ReadonlyMap<string, CompiledQuestion>): Problem | undefined {
  return checkCells(question, value, values, (column, cell, inRow) => checkValue(column, cell, inRow, byName));
}

const multipleText: Check = (question, value, values, byName) =>
  checkTextItems(question.textItems ?? [], value, (item, itemValue) => checkValue(item, itemValue, values, byName));

function panelsCheck(question: CompiledQuestion, value: unknown, values: Values, byName: ReadonlyMap<string, CompiledQuestion>): Problem | undefined {
  if (!question.panels) return undefined;
  return checkPanels(question.panels, value, values, (inner, innerValue, inPanel) => {
    const problem = checkValue(inner, innerValue, inPanel, byName);
    if (problem?.code !== 'invalid_choice' && problem?.code !== 'out_of_range') return problem;
    return { ...problem, offered: inner.kind === 'rating' ? inner.rateValues : choiceValues(inner, inPanel, byName) };
  });
}

const CHECKS: Record<CompiledQuestion['kind'], Check> = {
  radiogroup: single,
  dropdown: single,
  checkbox: multiple,
  rating,
  boolean,
  text,
  comment: text,
  matrix,
  html: () => undefined,
  matrixdropdown: cellsCheck,
  matrixdynamic: cellsCheck,
  multipletext: multipleText,
  slider: checkSlider,
  paneldynamic: panelsCheck,
  // survey-core overwrites a sent value with the computed one; it is ignored, and not stored.
  expression: () => undefined,
};
