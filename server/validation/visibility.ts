import type { CompiledItem, CompiledQuestion } from './compile-questions';
import { allHold, type Condition } from './expressions';

export type Values = Record<string, unknown>;

export function isShown(question: CompiledQuestion, values: Values): boolean {
  return !question.alwaysHidden && allHold(question.shownIf, values);
}

export function isReadOnly(question: CompiledQuestion, values: Values): boolean {
  return question.alwaysReadOnly || !allHold(question.enabledIf, values);
}

/** requiredIf replaces isRequired whenever it is set, as survey-core's runCondition does. */
export function isRequired(question: CompiledQuestion, values: Values): boolean {
  return question.requiredIf ? question.requiredIf.test(values) : question.isRequired;
}

/** Items survey-core shows: an item's own visibleIf, else the question-wide one with `{item}` bound. */
export function visibleItemValues(items: readonly CompiledItem[], common: Condition | undefined, values: Values): unknown[] {
  const shown: unknown[] = [];
  let withItem: Values | undefined;
  for (const item of items) {
    if (item.alwaysHidden) continue;
    if (item.visibleIf) {
      if (!item.visibleIf.test(withItemValue(values, item.value))) continue;
    } else if (common) {
      withItem ??= { ...values };
      withItem.item = item.value;
      if (!common.test(withItem)) continue;
    }
    shown.push(item.value);
  }
  return shown;
}

function withItemValue(values: Values, value: unknown): Values {
  return { ...values, item: value };
}

/**
 * The values a respondent can pick right now, special items (other, none, refused) included,
 * following choicesFromQuestion the way survey-core copies a source question's choices.
 */
export function choiceValues(question: CompiledQuestion, values: Values, byName: ReadonlyMap<string, CompiledQuestion>): unknown[] {
  const source = question.choicesFrom ? byName.get(question.choicesFrom.question) : undefined;
  let regular: unknown[];
  if (source && question.choicesFrom) {
    const mode = question.choicesFrom.mode;
    const sourceChoices = visibleItemValues(source.choices, source.itemsVisibleIf, values);
    const selected = values[source.name];
    const isSelected = (value: unknown) => (Array.isArray(selected) ? selected.includes(value) : selected === value);
    regular = sourceChoices.filter((value) => mode === 'all' || (mode === 'selected') === isSelected(value));
    if (question.itemsVisibleIf) {
      regular = visibleItemValues(regular.map((value) => ({ value, alwaysHidden: false })), question.itemsVisibleIf, values);
    }
  } else {
    regular = visibleItemValues(question.choices, question.itemsVisibleIf, values);
  }
  return [...regular, ...question.special];
}

/**
 * The answers survey-core keeps when the respondent completes the survey: with its default
 * clearInvisibleValues 'onComplete' it drops the answers of questions hidden at that moment,
 * all judged on the submitted answers (clearing one does not re-run the others' conditions), and
 * an 'other' comment whose 'other' is not selected.
 */
export function keptAnswers(questions: readonly CompiledQuestion[], answers: Values): Values {
  const kept: Values = { ...answers };
  for (const question of questions) {
    const commentKey = `${question.name}-Comment`;
    if (!isShown(question, answers)) {
      delete kept[question.name];
      delete kept[commentKey];
    } else if (question.other !== undefined && commentKey in kept && !otherSelected(question, answers[question.name])) {
      delete kept[commentKey];
    }
  }
  return kept;
}

export function otherSelected(question: CompiledQuestion, value: unknown): boolean {
  if (question.other === undefined) return false;
  return Array.isArray(value) ? value.includes(question.other) : value === question.other;
}
