import { readNames } from './answer-rules';
import type { CompiledQuestion } from './compile-questions';
import { compileCondition, type Condition } from './expressions';
import { surveyCoreRules } from './survey-rules';
import { isReadOnly, isShown, type Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * The survey's skip triggers. With survey-core's defaults (settings.triggers.
 * executeSkipOnValueChanged true) a skip trigger runs as soon as the respondent changes an answer
 * it reads, if that question then has no error (SurveyModel.checkTriggers, requireValidQuestion);
 * when it holds, survey-core focuses its gotoName question (focusQuestion), which moves to that
 * question's page without validating the page the respondent was on or those in between. On
 * completion survey-core validates only the page the respondent is on (checkErrorsMode
 * "onNextPage"), so the pages passed over are never validated, whatever they hold.
 *
 * Publishing accepts a skip trigger only when every answer it reads is a question on one page and
 * no rule changes those answers (answer-rules.ts): the respondent then changes them only on that
 * page, so the trigger last ran with the answers sent. If it held and a question it reads could
 * be changed without error, the device may have jumped past the pages in between; a respondent
 * who went back (Previous returns to the page jumped from) may also have answered them, which
 * the server accepts too. If it did not hold, the respondent left the page by Next, as without
 * the trigger.
 */
export interface SkipTrigger {
  /** The page whose answers it reads. */
  page: number;
  condition: Condition;
  /** The questions whose change runs it. */
  reads: readonly CompiledQuestion[];
  target: CompiledQuestion;
}

/** `byName` holds the questions as compile-questions.ts read them; refused triggers are not here. */
export function compileSkipTriggers(surveyJson: unknown, byName: ReadonlyMap<string, CompiledQuestion>): SkipTrigger[] {
  if (!isJsonObject(surveyJson) || !Array.isArray(surveyJson.triggers)) return [];
  const triggers: SkipTrigger[] = [];
  for (const trigger of surveyJson.triggers) {
    if (!isJsonObject(trigger) || String(trigger.type).toLowerCase() !== 'skip') continue;
    const condition = compileCondition(trigger.expression);
    const reads = readNames(trigger.expression).map((name) => byName.get(name)).filter((question) => question !== undefined);
    const target = byName.get(String(trigger.gotoName));
    const page = reads[0]?.page;
    if (condition && target && page !== undefined) triggers.push({ page, condition, reads, target });
  }
  return triggers;
}

/**
 * The page a respondent's device may have jumped to from `page` (a later one), or undefined when
 * it left the page by Next: a skip trigger of the page holds for the answers, a question it reads
 * is shown, editable and without error (survey-core runs it only then), and its target is shown.
 */
export function skippedTo(triggers: readonly SkipTrigger[], page: number, values: Values): number | undefined {
  for (const trigger of triggers) {
    if (trigger.page !== page || !trigger.condition.test(values)) continue;
    const target = trigger.target;
    if (target.page === undefined || target.page <= page || !isShown(target, values)) continue;
    const changeable = trigger.reads.some((question) => isShown(question, values) && !isReadOnly(question, values) && surveyCoreRules(question, values).length === 0);
    if (changeable) return target.page;
  }
  return undefined;
}
