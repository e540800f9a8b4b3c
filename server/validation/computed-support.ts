/**
 * Which of the properties survey-support.ts refuses as "changes answers" or "computed" the server
 * now validates, and where (see docs/validation.md). Kept apart from survey-support.ts so the
 * list of refusals stays one table.
 */
import { QUESTION_RULES, readNames } from './answer-rules';

type Json = Record<string, unknown>;

/**
 * min/maxValueExpression: computed per response on a text question (computed-bounds.ts). A range
 * input is left out: its thumb is held within the bounds by the browser, which the strict check
 * reads from the fixed min and max.
 */
const BOUND_EXPRESSIONS = new Set(['minValueExpression', 'maxValueExpression']);

export function validatedOnServer(type: string, element: Json, property: string): boolean {
  // Validated as sent, under the conditions answer-rules.ts checks.
  if ((QUESTION_RULES as readonly string[]).includes(property)) return true;
  // survey-core runs a default again on loading a response only where the answer equals the
  // default it computed on the empty survey. One that reads no answer (today(), a constant)
  // computes that same value again, so every answer is kept as sent (docs/validation.md).
  if (property === 'defaultValueExpression') return readNames(element.defaultValueExpression).length === 0;
  if (BOUND_EXPRESSIONS.has(property)) {
    const inputType = typeof element.inputType === 'string' ? element.inputType.toLowerCase() : 'text';
    return type === 'text' && inputType !== 'range';
  }
  return false;
}
