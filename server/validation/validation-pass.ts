import { clearUnknownChoices, unchanged } from './clear-unknown-choices';
import type { CompiledQuestion } from './compile-questions';
import { completesAfter, type CompleteTrigger } from './complete-triggers';
import { skippedTo, type SkipTrigger } from './skip-triggers';
import { isPageShown, isReadOnly, isShownOnPage, shownChoices, type Values } from './visibility';

export interface PassResult {
  /** What survey-core's questions hold once validation has run. */
  values: Values;
  /** Questions whose value validation cleared: survey-core also removes them from its data. */
  cleared: ReadonlySet<string>;
  /**
   * Whether each question (by index) was shown when the pass reached it; undefined where the pass
   * stopped before it. Until something is cleared the values do not change, so while `cleared`
   * is empty this is each question's visibility on completion too.
   */
  shown: ReadonlyArray<boolean | undefined>;
}

const CHOICE_KINDS = new Set(['radiogroup', 'dropdown', 'checkbox']);

/** The survey's triggers that decide which pages a respondent's device validated. */
export interface PageTriggers {
  completes: readonly CompleteTrigger[];
  skips: readonly SkipTrigger[];
}

const NO_TRIGGERS: PageTriggers = { completes: [], skips: [] };

/**
 * survey-core's validate() over the loaded answers: every shown question in document order, on
 * the pages shown when validation starts (it lists them first), each question's own and panels'
 * visibility read as it comes. A shown choice question first drops what none of its choices
 * knows (clear-unknown-choices.ts) and the questions after it see the cleared value. `check` is
 * called for each question survey-core checks: shown and editable.
 *
 * `suspects` are the questions whose loaded value may hold what their choices do not know: the
 * malformed ones and those survey-core reshaped. Every other value is known to the choices shown
 * for the loaded answers, so nothing else can be cleared until something is.
 */
export function validationPass(
  questions: readonly CompiledQuestion[],
  byName: ReadonlyMap<string, CompiledQuestion>,
  loaded: Values,
  suspects: ReadonlySet<string>,
  check: (question: CompiledQuestion, values: Values) => void,
  { completes, skips }: PageTriggers = NO_TRIGGERS,
): PassResult {
  const pageShown = questions.map((question) => isPageShown(question, loaded));
  const cleared = new Set<string>();
  const shown: Array<boolean | undefined> = new Array(questions.length);
  let values = loaded;
  // With complete triggers the pass walks the pages as a respondent pressing Next does, and stops
  // after a shown page whose trigger holds (complete-triggers.ts). A skip trigger that holds on a
  // page passes over it and the pages up to its target unvalidated (skip-triggers.ts).
  const walked = completes.length > 0 || skips.length > 0;
  let page: number | undefined;
  let pageVisible = false;
  let skipUntil: number | undefined;
  for (const [index, question] of questions.entries()) {
    if (walked && (index === 0 || question.page !== page)) {
      if (index > 0 && pageVisible && page !== undefined && skipUntil === undefined && completesAfter(completes, page, values)) break;
      [page, pageVisible] = [question.page, false];
      if (skipUntil !== undefined && (page === undefined || page >= skipUntil)) skipUntil = undefined;
      if (skipUntil === undefined && page !== undefined && skips.length > 0) skipUntil = skippedTo(skips, page, values);
    }
    shown[index] = pageShown[index]! && isShownOnPage(question, values);
    if (!shown[index]) continue;
    pageVisible = true;
    if (question.kind === 'html' || skipUntil !== undefined) continue;
    if (CHOICE_KINDS.has(question.kind) && (cleared.size > 0 || suspects.has(question.name))) {
      const value = clearUnknownChoices(question, values[question.name], shownChoices(question, values, byName));
      if (value !== unchanged) {
        values = { ...values, [question.name]: value };
        cleared.add(question.name);
      }
    }
    if (!isReadOnly(question, values)) check(question, values);
  }
  return { values, cleared, shown };
}
