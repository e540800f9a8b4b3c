import { ExpressionRunner } from 'survey-core';
import type { Refusal } from './survey-support';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * Rules that change an answer when other answers change: a question's setValueIf (with or
 * without setValueExpression) and resetValueIf, and the survey's setvalue, copyvalue and
 * runexpression triggers. (defaultValueExpression is not one of them: survey-core re-runs it
 * when it loads a response, see survey-support.ts.)
 *
 * survey-core does not run them when it loads a response (`survey.data = ...` then completion
 * keeps every value as sent; see test/server/validation/answer-rules.test.ts), so the server keeps
 * what survey-core keeps: the answers as sent, validated as any other. The respondent's browser
 * did run them, but each runs again only when an answer it reads changes, and a respondent may
 * then type over the answer it set. When the rules form no cycle, a respondent who answers in
 * the order of the rules (what a rule reads before what it sets) and gives each changed answer
 * last can send any combination of values, so every response the validator accepts could have
 * come from a browser. That holds only if the respondent can edit the changed answer, which
 * these refusals guard:
 * - the changed answer is read-only (readOnly, or enableIf on it or its panels or page);
 * - the rules form a cycle (an answer set by a rule that reads, directly or through other rules,
 *   the answer itself): typing over it would fire the rule again;
 * - the survey hides the Previous button, so an answer on an earlier page cannot be given last;
 * - the rule sits in a dynamic panel or a matrix column, or a trigger sets a name that is no
 *   question (a variable): the server does not validate those yet.
 */
type Json = Record<string, unknown>;

interface RuleTarget {
  /** The answer the rule changes. */
  name: string;
  /** The answers it reads. */
  reads: string[];
  path: string;
  what: string;
}

interface QuestionAt {
  path: string;
  readOnly: boolean;
  inTemplate: boolean;
  /** An expression question: survey-core computes its value from answers on any page. */
  computed: boolean;
}

export const QUESTION_RULES = ['setValueIf', 'setValueExpression', 'resetValueIf'] as const;
const ANSWER_TRIGGERS = new Set(['setvalue', 'copyvalue', 'runexpression']);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The question an expression variable names: `{a.b}`, `{a[0]}`, `{a-unwrapped}` and `{a-Comment}` read `a`. */
export function readNames(expression: unknown): string[] {
  if (!text(expression)) return [];
  return new ExpressionRunner(text(expression)).getVariables().map((variable) => variable.split(/[.[]/)[0]!.replace(/-(unwrapped|Comment)$/, ''));
}

export function answerRuleRefusals(surveyJson: Json): Refusal[] {
  const questions = new Map<string, QuestionAt>();
  const targets: RuleTarget[] = [];
  const refusals: Refusal[] = [];
  const completes: { path: string; reads: string[] }[] = [];
  const skips: { path: string; reads: string[]; page: string }[] = [];
  walk(surveyJson, '', false, false, questions, targets, refusals);
  if (Array.isArray(surveyJson.pages)) {
    surveyJson.pages.forEach((page, index) => {
      if (isJsonObject(page)) walk(page, `pages[${index}]`, readOnlyOf(page), false, questions, targets, refusals);
    });
  }
  if (Array.isArray(surveyJson.triggers)) {
    surveyJson.triggers.forEach((trigger, index) => {
      const path = `triggers[${index}]`;
      const type = isJsonObject(trigger) ? String(trigger.type).toLowerCase() : '';
      if (type === 'complete') {
        const refusal = completeTriggerRefusal(trigger, path, questions) ?? pagingRefusal(surveyJson, 'complete', path);
        if (refusal) refusals.push(refusal);
        else completes.push({ path, reads: readNames(trigger.expression) });
        return;
      }
      if (type === 'skip') {
        const refusal = skipTriggerRefusal(surveyJson, trigger as Json, path, questions, skips);
        if (refusal) refusals.push(refusal);
        else skips.push({ path, reads: readNames((trigger as Json).expression), page: pageRead(readNames((trigger as Json).expression), questions)! });
        return;
      }
      if (!isJsonObject(trigger) || !ANSWER_TRIGGERS.has(type)) {
        // A visible trigger shows or hides questions as answers change and keeps that state, which a loaded response does not hold.
        refusals.push({ path, message: `The ${type || 'untyped'} trigger at ${path} cannot be published: it ${type === 'visible' ? 'shows or hides questions when an answer changes, and a response does not say what the respondent saw' : 'is not a trigger the server knows'}; the server validates setvalue, copyvalue, runexpression, skip and complete triggers. Give the questions it shows a visibleIf instead.` });
        return;
      }
      const name = text(trigger.setToName);
      // A runexpression trigger without setToName changes no answer.
      if (!name && String(trigger.type).toLowerCase() === 'runexpression') return;
      if (!name || !questions.has(name) || questions.get(name)?.inTemplate || trigger.isVariable === true) {
        refusals.push({ path, message: `The ${String(trigger.type)} trigger at ${path} sets "${name}", which is not a question of this survey: the server validates triggers that set a question's answer only; set a question, or use a calculated value.` });
        return;
      }
      const reads = [...readNames(trigger.expression), ...readNames(trigger.runExpression), ...(text(trigger.fromName) ? [text(trigger.fromName)] : [])];
      targets.push({ name, reads, path, what: `The ${String(trigger.type)} trigger at ${path}` });
    });
  }
  for (const skip of skips) {
    const completing = completes.find((complete) => complete.reads.some((name) => questions.has(name) && pageOfPath(questions.get(name)!.path) === skip.page));
    if (completing) refusals.push({ path: skip.path, message: `The skip trigger at ${skip.path} reads answers on the page that the complete trigger at ${completing.path} reads: the respondent may have jumped from that page or completed the survey there, which the server cannot tell from a response; keep one of the two rules for that page.` });
    // A rule can change the answer while the respondent is on another page, and the skip then runs from there.
    const changed = skip.reads.find((name) => targets.some((target) => target.name === name));
    if (changed) refusals.push({ path: skip.path, message: `The skip trigger at ${skip.path} reads "${changed}", which a rule (setValueIf, resetValueIf or a trigger) changes: the answer can then change on another page, and the jump would start from there, which the server cannot tell from a response; read answers that no rule changes.` });
  }
  for (const complete of completes) {
    // A rule can change the answer while the respondent is on another page, where survey-core then offers Complete.
    const changed = complete.reads.find((name) => targets.some((target) => target.name === name));
    if (changed) refusals.push({ path: complete.path, message: `The complete trigger at ${complete.path} reads "${changed}", which a rule (setValueIf, resetValueIf or a trigger) changes: the answer can then change on another page, where survey-core offers to complete the survey, so the page where it ended depends on the order the answers were given; read answers that no rule changes.` });
  }
  if (targets.length === 0) return refusals;
  for (const target of targets) {
    const question = questions.get(target.name);
    if (question?.readOnly) {
      refusals.push({ path: target.path, name: target.name, message: `${target.what} changes "${target.name}", which is read-only or has enableIf: the respondent cannot then type over what it set, so what the device sends depends on the order the answers were given, which the server cannot know; make "${target.name}" editable or use an expression question.` });
    }
  }
  for (const target of targets) {
    if (reachesItself(target.name, targets)) {
      refusals.push({ path: target.path, name: target.name, message: `${target.what} changes "${target.name}" from answers that themselves depend on "${target.name}": typing over it fires the rule again, so what the device sends depends on the order the answers were given; break the cycle.` });
    }
  }
  if (surveyJson.showPrevButton === false) {
    refusals.push({ path: 'showPrevButton', message: 'This survey hides the Previous button and has rules that change answers (setValueIf, resetValueIf or triggers): a respondent could not go back to type over an answer a later page changed, so the server could not tell what the device may send; show the Previous button.' });
  }
  return refusals;
}

/**
 * A complete trigger is validated (complete-triggers.ts) when every answer it reads is a question
 * on one page: it then fires on that page's Next exactly when it holds for the answers sent.
 */
function completeTriggerRefusal(trigger: Json, path: string, questions: ReadonlyMap<string, QuestionAt>): Refusal | undefined {
  const reads = readNames(trigger.expression);
  if (pageRead(reads, questions) !== undefined) return undefined;
  return {
    path,
    message: `The complete trigger at ${path} ${reads.length === 0 ? 'reads no answer' : 'reads answers that are not all questions of one page (an expression question is computed from answers on any page)'}: survey-core runs it when the respondent presses Next on a page with a question it reads, so whether it ended the survey depends on the order the answers were given, which the server cannot know; make it read questions of one page only, or hide the later pages with visibleIf.`,
  };
}

/**
 * A skip trigger is validated (skip-triggers.ts) when every answer it reads is a question of one
 * page, so the respondent changes them only there, and it jumps to a question placed directly on
 * a page: survey-core moves to that question's page when the question itself is visible, whatever
 * its panels, which the server reads only for questions on a page. The survey must navigate page
 * by page with survey-core's default validation, as the skip is judged by which pages it passes.
 */
function skipTriggerRefusal(survey: Json, trigger: Json, path: string, questions: ReadonlyMap<string, QuestionAt>, earlier: readonly { page: string }[]): Refusal | undefined {
  const refuse = (why: string): Refusal => ({ path, message: `The skip trigger at ${path} ${why}` });
  const reads = readNames(trigger.expression);
  const page = pageRead(reads, questions);
  if (page === undefined) {
    return refuse(`${reads.length === 0 ? 'reads no answer' : 'reads answers that are not all questions of one page (an expression question is computed from answers on any page)'}: survey-core runs it as soon as one of them changes, so the page it jumped from would depend on the order the answers were given, which the server cannot know; make it read questions of one page only.`);
  }
  const gotoName = text(trigger.gotoName);
  const target = questions.get(gotoName);
  if (!target || target.inTemplate || !/^(pages\[\d+\]\.)?(elements|questions)\[\d+\]$/.test(target.path)) {
    return refuse(`jumps to ${gotoName ? `"${gotoName}", which is not a question placed directly on a page` : 'no question (gotoName is empty)'}: the server validates jumps to a question on a page only; set gotoName to the first question of the page to jump to.`);
  }
  if (earlier.some((skip) => skip.page === page)) return refuse('reads answers on the same page as another skip trigger: which of the two jumped would depend on the order the answers were given; combine them into one trigger per page.');
  return pagingRefusal(survey, 'skip', path);
}

/**
 * Complete and skip triggers are judged by the pages a respondent passes with Next, each
 * validated as it is left: survey-core's default navigation and validation. Other settings show
 * the questions one by one or all at once, or validate only on completion.
 */
function pagingRefusal(survey: Json, type: 'complete' | 'skip', path: string): Refusal | undefined {
  const paging = text(survey.questionsOnPageMode) || 'standard';
  const checking = text(survey.checkErrorsMode) || 'onNextPage';
  if (paging === 'standard' && checking === 'onNextPage') return undefined;
  return {
    path,
    message: `The ${type} trigger at ${path} is in a survey with ${paging !== 'standard' ? `questionsOnPageMode "${paging}"` : `checkErrorsMode "${checking}"`}: the server judges it by the pages a respondent passes, each validated as it is left, as survey-core does with its default page-by-page navigation and validation; remove that setting or the trigger.`,
  };
}

/**
 * The page of the questions an expression reads, when they are all answers given on one page:
 * not a question of a dynamic panel nor an expression question (computed from any page).
 */
function pageRead(reads: readonly string[], questions: ReadonlyMap<string, QuestionAt>): string | undefined {
  const pages = new Set(reads.map((name) => questions.get(name)).map((question) => (question && !question.inTemplate && !question.computed ? pageOfPath(question.path) : undefined)));
  return pages.size === 1 ? [...pages][0] : undefined;
}

/** `pages[2].elements[0]` is on page 2; a survey without pages has one. */
function pageOfPath(path: string): string {
  return /^pages\[(\d+)\]/.exec(path)?.[1] ?? 'root';
}

function readOnlyOf(element: Json): boolean {
  return element.readOnly === true || !!text(element.enableIf);
}

function walk(
  container: Json,
  path: string,
  readOnly: boolean,
  inTemplate: boolean,
  questions: Map<string, QuestionAt>,
  targets: RuleTarget[],
  refusals: Refusal[],
): void {
  for (const key of ['elements', 'questions', 'templateElements']) {
    const list = container[key];
    if (!Array.isArray(list)) continue;
    list.forEach((element, index) => {
      if (!isJsonObject(element)) return;
      const at = `${path ? `${path}.` : ''}${key}[${index}]`;
      const lockedHere = readOnly || readOnlyOf(element);
      const templated = inTemplate || key === 'templateElements';
      const name = text(element.name);
      if (name && !Array.isArray(element.elements) && !questions.has(name)) questions.set(name, { path: at, readOnly: lockedHere, inTemplate: templated, computed: text(element.type).toLowerCase() === 'expression' });
      const rules = QUESTION_RULES.filter((rule) => text(element[rule]));
      if (rules.length > 0 && name) {
        const what = `"${name}" (at ${at})`;
        if (templated) refusals.push({ path: at, name, message: `${what} uses ${rules.join(', ')} inside a dynamic panel: the server does not validate rules that change answers there yet.` });
        else targets.push({ name, reads: rules.flatMap((rule) => readNames(element[rule])), path: at, what: `${what}, with ${rules.join(', ')},` });
      }
      walk(element, at, lockedHere, templated, questions, targets, refusals);
    });
  }
}

/** True when the answer `name` is read, directly or through other rules, by a rule that changes it. */
function reachesItself(name: string, targets: readonly RuleTarget[]): boolean {
  const seen = new Set<string>();
  const pending = targets.filter((target) => target.name === name).flatMap((target) => target.reads);
  while (pending.length > 0) {
    const read = pending.pop()!;
    if (read === name) return true;
    if (seen.has(read)) continue;
    seen.add(read);
    for (const target of targets) if (target.name === read) pending.push(...target.reads);
  }
  return false;
}
