import { Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { isBlank, isUnknownItem } from './loaded-values';

const CLEARING = { includeOther: true, checkEmpty: true };

/** What clearUnknownChoices returns when survey-core leaves the value alone. */
export const unchanged = Symbol('unchanged');

/**
 * QuestionSelectBase.validateElementCore: before survey-core validates a shown choice question,
 * clearIncorrectValues drops what none of its shown choices (nor other, none, refused, don't
 * know) knows. Later questions' conditions then read the cleared value.
 */
export function clearUnknownChoices(question: CompiledQuestion, value: unknown, shown: readonly unknown[]): unknown {
  if (isBlank(value)) return unchanged;
  if (question.kind !== 'checkbox') {
    const unknown = Array.isArray(value)
      ? value.some((item) => isUnknownItem(question, item, shown, CLEARING))
      : isUnknownItem(question, value, shown, CLEARING);
    // A list sent to a single choice reads as an empty list once cleared.
    if (unknown) return Array.isArray(value) ? [] : undefined;
    return unchanged;
  }
  const items = Array.isArray(value) ? value : [value];
  const kept = items.filter((item) => !isUnknownItem(question, item, shown, CLEARING));
  if (kept.length === items.length) return unchanged;
  if (kept.length === 0) return [];
  return withoutRepeatedNone(question, items, kept);
}

/**
 * QuestionCheckboxModel.removeNoneItemsValues, run as clearIncorrectValues assigns the kept items:
 * it reads the change as a respondent's click, so when the old and new answers end with the same
 * none-like item, that item is taken out; a none-like item newly added alone replaces the rest.
 */
function withoutRepeatedNone(question: CompiledQuestion, before: readonly unknown[], after: unknown[]): unknown[] {
  if (Helpers.isTwoValueEquals(before, after)) return after;
  const previous = lastNone(question, before);
  const current = lastNone(question, after);
  if (previous.index >= 0) {
    if (previous.value === current.value) {
      if (after.length > 0) after.splice(current.index, 1);
    } else {
      const again = after.indexOf(previous.value);
      if (again >= 0 && again < after.length - 1) after.splice(again, 1);
    }
  } else if (current.index >= 0 && after.length > 1) {
    return [current.value];
  }
  return after;
}

function lastNone(question: CompiledQuestion, items: readonly unknown[]): { index: number; value: unknown } {
  for (let index = items.length - 1; index >= 0; index--) {
    if (question.exclusive.includes(items[index])) return { index, value: items[index] };
  }
  return { index: -1, value: undefined };
}
