/**
 * Which of the properties survey-support.ts refuses as "changes answers" or "computed" the server
 * now validates, and where (see docs/validation.md). Kept apart from survey-support.ts so the
 * list of refusals stays one table.
 */
import { QUESTION_RULES } from './answer-rules';

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
  if (BOUND_EXPRESSIONS.has(property)) {
    const inputType = typeof element.inputType === 'string' ? element.inputType.toLowerCase() : 'text';
    return type === 'text' && inputType !== 'range';
  }
  return false;
}
