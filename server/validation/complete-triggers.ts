import { readNames } from './answer-rules';
import { compileCondition, type Condition } from './expressions';
import type { Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * The survey's complete triggers. With survey-core's defaults (settings.triggers.
 * executeCompleteOnValueChanged false) a complete trigger runs when the respondent presses Next:
 * the page is validated, then the triggers that read a question on it run (SurveyModel.doNextPage,
 * checkOnPageTriggers), and one that holds completes the survey there. The later pages are never
 * validated; their answers, given before the respondent went back, are kept as sent.
 *
 * Publishing accepts a complete trigger only when every answer it reads is a question on one
 * page (answer-rules.ts): the trigger then fires on that page's Next exactly when it holds for
 * the answers sent, as the respondent cannot change those answers without passing that page's
 * Next again. One that reads answers on several pages could have fired, or not, on any of them
 * depending on the order the answers were given.
 */
export interface CompleteTrigger {
  page: number;
  condition: Condition;
}

type Json = Record<string, unknown>;

/** `pageOf` gives the page index of a question, by name, as compile-questions.ts read it. */
export function compileCompleteTriggers(surveyJson: unknown, pageOf: (name: string) => number | undefined): CompleteTrigger[] {
  if (!isJsonObject(surveyJson) || !Array.isArray(surveyJson.triggers)) return [];
  const triggers: CompleteTrigger[] = [];
  for (const trigger of surveyJson.triggers) {
    if (!isJsonObject(trigger) || String(trigger.type).toLowerCase() !== 'complete') continue;
    const condition = compileCondition(trigger.expression);
    const page = condition ? pageOf(readNames(condition.text)[0] ?? '') : undefined;
    if (condition && page !== undefined) triggers.push({ page, condition });
  }
  return triggers;
}

/** Whether the walk stops after `page`: a complete trigger of that page holds. */
export function completesAfter(triggers: readonly CompleteTrigger[], page: number, values: Values): boolean {
  return triggers.some((trigger) => trigger.page === page && trigger.condition.test(values));
}
