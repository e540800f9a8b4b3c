import { Helpers, type Question } from 'survey-core';
import type { Values } from './visibility';

/**
 * What an expression question holds while survey-core loads a response, and what it writes into
 * the survey's data, step by step as survey-core 3.0.0 does. It matters when the client sends a
 * list for an expression: survey-core keeps the question's value in a property, and
 * Base.setPropertyValue, once the question has its array bookkeeping (`arraysInfo`, made the first
 * time any array property such as its errors is read), empties a held list in place instead of
 * replacing it when the new value is falsy (0, false, '', null) or a list. The question then holds
 * `[]`, and writing `[]` into the data deletes the key, or leaves a `[]` the client sent, so
 * conditions read no result. Everything else is the ordinary path: a result equal to what the
 * question holds is not written, and an empty one deletes the key.
 */
export interface Hold {
  value: unknown;
  /** Whether the question has made its array bookkeeping, so a held list is emptied in place. */
  arrays: boolean;
}

/** The state a new model leaves the question in, read before anything else touches it. */
export function initialHold(question: Question): Hold {
  return { value: question.value, arrays: (question as unknown as { arraysInfo?: object }).arraysInfo !== undefined };
}

/**
 * Question.updateValueFromSurvey while `survey.data = ...` loads the response: the question takes
 * the sent value, and when it differs from what it held it revalidates, which reads its errors.
 */
export function loadHold(initial: Hold, sent: unknown): Hold {
  const arrays = initial.arrays || !questionEquals(initial.value, sent);
  return { value: assign(initial.value, sent, arrays), arrays };
}

/**
 * Question.setNewValue with a computed result: the new held value, and whether the data changed
 * (the key written, or deleted when the held value is empty). The data object is updated in place.
 */
export function setResult(hold: Hold, name: string, result: unknown, data: Values): boolean {
  if (questionEquals(result, hold.value) && !(result === hold.value && typeof result === 'object' && result !== null)) return false;
  hold.value = assign(hold.value, result, hold.arrays);
  if (dataEquals(data[name], hold.value)) return false;
  // SurveyModel.setValue goes on to validate the question on the change, which reads its errors.
  hold.arrays = true;
  const had = Object.hasOwn(data, name);
  if (Helpers.isValueEmpty(hold.value)) delete data[name];
  else data[name] = typeof hold.value === 'object' && hold.value !== null ? structuredClone(hold.value) : hold.value;
  return had || Object.hasOwn(data, name);
}

/** Base.setPropertyValue for the question's value. */
function assign(held: unknown, value: unknown, arrays: boolean): unknown {
  if (Array.isArray(held) && arrays && (!value || Array.isArray(value))) {
    return questionEquals(held, value) ? held : Array.isArray(value) ? [...(value as unknown[])] : [];
  }
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}

/** Base.isTwoValueEquals: numbers are not converted, case and spaces count. */
export function questionEquals(a: unknown, b: unknown): boolean {
  return Helpers.checkIfValuesEqual(a, b, { ignoreOrder: false, caseSensitive: true, trimStrings: false, doNotConvertNumbers: true });
}

/** SurveyModel.isValueEqual: '' and undefined count as null, which equals only null. */
function dataEquals(old: unknown, value: unknown): boolean {
  const [a, b] = [old === '' || old === undefined ? null : old, value === '' || value === undefined ? null : value];
  if (a === null || b === null) return a === b;
  return questionEquals(b, a);
}
