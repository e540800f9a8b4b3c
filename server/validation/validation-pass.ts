import { clearUnknownChoices, unchanged } from './clear-unknown-choices';
import type { CompiledQuestion } from './compile-questions';
import { completesAfter, type CompleteTrigger } from './complete-triggers';
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
  completes: readonly CompleteTrigger[] = [],
): PassResult {
  const pageShown = questions.map((question) => isPageShown(question, loaded));
  const cleared = new Set<string>();
  const shown: Array<boolean | undefined> = new Array(questions.length);
  let values = loaded;
  // With complete triggers the pass walks the pages as a respondent pressing Next does, and stops
  // after a shown page whose trigger holds (complete-triggers.ts).
  let page = questions[0]?.page;
  let pageVisible = false;
  for (const [index, question] of questions.entries()) {
    if (completes.length > 0 && question.page !== page) {
      if (pageVisible && page !== undefined && completesAfter(completes, page, values)) break;
      [page, pageVisible] = [question.page, false];
    }
    shown[index] = pageShown[index]! && isShownOnPage(question, values);
    if (!shown[index]) continue;
    pageVisible = true;
    if (question.kind === 'html') continue;
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
