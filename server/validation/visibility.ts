import type { CompiledItem, CompiledQuestion } from './compile-questions';
import { allHold, type Condition } from './expressions';
import { holdsNothing } from './loaded-values';
import { isMatrixEmpty } from './matrix-cells';
import { overlay } from './overlay';
import { drawnMatrixValue } from './drawn-rows';
import { hiddenPanelsKept, keptPanels } from './panel-dynamic';

export type Values = Record<string, unknown>;

export function isShown(question: CompiledQuestion, values: Values): boolean {
  return isPageShown(question, values) && isShownOnPage(question, values);
}

export function isPageShown(question: CompiledQuestion, values: Values): boolean {
  return !question.pageShownIf || question.pageShownIf.test(values);
}

/** Shown if its page is: its own and its panels' visibility. */
export function isShownOnPage(question: CompiledQuestion, values: Values): boolean {
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
      withItem ??= overlay(values, 'item', undefined);
      withItem.item = item.value;
      if (!common.test(withItem)) continue;
    }
    shown.push(item.value);
  }
  return shown;
}

function withItemValue(values: Values, value: unknown): Values {
  return overlay(values, 'item', value);
}

/**
 * The values a respondent can pick right now, special items (other, none, refused) included,
 * following choicesFromQuestion the way survey-core copies a source question's choices.
 */
export function choiceValues(question: CompiledQuestion, values: Values, byName: ReadonlyMap<string, CompiledQuestion>): unknown[] {
  return [...shownChoices(question, values, byName), ...question.special];
}

/**
 * The regular choices shown now (survey-core's filtered choices). `sourceShownOn` gives the
 * answers the source of copied choices reads its own choices' visibility from, when that differs.
 */
export function shownChoices(
  question: CompiledQuestion,
  values: Values,
  byName: ReadonlyMap<string, CompiledQuestion>,
  sourceShownOn: Values = values,
): readonly unknown[] {
  if (question.fixedChoices) return question.fixedChoices;
  const copied = copiedChoices(question, values, byName, sourceShownOn);
  if (!copied) return visibleItemValues(question.choices, question.itemsVisibleIf, values);
  if (!question.itemsVisibleIf) return copied;
  return visibleItemValues(copied.map((value) => ({ value, alwaysHidden: false })), question.itemsVisibleIf, values);
}

/** Every regular choice, shown or not (survey-core's activeChoices). */
export function offeredChoices(question: CompiledQuestion, values: Values, byName: ReadonlyMap<string, CompiledQuestion>): unknown[] {
  return copiedChoices(question, values, byName) ?? question.choices.map((choice) => choice.value);
}

/** choicesFromQuestion: the source's shown choices, all or those selected or not. */
function copiedChoices(question: CompiledQuestion, values: Values, byName: ReadonlyMap<string, CompiledQuestion>, sourceShownOn = values): unknown[] | undefined {
  const source = question.choicesFrom ? byName.get(question.choicesFrom.question) : undefined;
  if (!source || !question.choicesFrom) return undefined;
  const mode = question.choicesFrom.mode;
  const sourceChoices = visibleItemValues(source.choices, source.itemsVisibleIf, sourceShownOn);
  const selected = values[source.name];
  const isSelected = (value: unknown) => (Array.isArray(selected) ? selected.includes(value) : selected === value);
  return sourceChoices.filter((value) => mode === 'all' || (mode === 'selected') === isSelected(value));
}

/**
 * The answers survey-core keeps when the respondent completes the survey. Validation has removed
 * the values it cleared (`cleared`, see validation-pass.ts). With its default clearInvisibleValues
 * 'onComplete' it then clears the questions hidden at that moment, all judged on what the
 * questions hold after validation (`values`; clearing one does not re-run the others'
 * conditions): a question that already holds nothing keeps its empty answer as sent
 * (Question.clearValue sees no change). It empties an 'other' comment only if it has text
 * (clearUnusedValues, clearValue), so an empty one ('' or null) is kept too.
 */
export function keptAnswers(
  questions: readonly CompiledQuestion[],
  answers: Values,
  values: Values,
  cleared: ReadonlySet<string>,
  knownShown: ReadonlyArray<boolean | undefined> = [],
): Values {
  const kept: Values = { ...answers };
  for (const [index, question] of questions.entries()) {
    const commentKey = `${question.name}-Comment`;
    if (cleared.has(question.name)) delete kept[question.name];
    // A matrixdynamic that draws rows and asks for none replaces a blank answer ('' or null) with its empty rows, which survey-core stores as nothing.
    if (question.kind === 'matrixdynamic' && (question.cells?.rowCount ?? 0) > 0 && question.cells?.minRows === 0 && (kept[question.name] === '' || kept[question.name] === null)) delete kept[question.name];
    const shown = knownShown[index] ?? isShown(question, values);
    if (!shown && question.panels) {
      const left = Object.hasOwn(kept, question.name) ? hiddenPanelsKept(question, question.panels, kept[question.name]) : undefined;
      if (left === undefined) delete kept[question.name];
      else kept[question.name] = left;
    } else if (!shown) {
      if (!holdsNothing(question, values[question.name])) delete kept[question.name];
      if (kept[commentKey]) delete kept[commentKey];
    } else if (question.other !== undefined && kept[commentKey] && !otherSelected(question, answers[question.name])) {
      delete kept[commentKey];
    } else if (question.kind === 'matrixdropdown' && Object.hasOwn(kept, question.name)) {
      const drawn = drawnMatrixValue(question, kept[question.name]);
      if (drawn === undefined) delete kept[question.name];
      else kept[question.name] = drawn;
      if (drawn !== undefined) keepShownRows(question, kept, values);
    } else if (question.panels && Object.hasOwn(kept, question.name)) {
      kept[question.name] = keptPanels(question.panels, kept[question.name], values);
    }
  }
  return kept;
}

export function otherSelected(question: CompiledQuestion, value: unknown): boolean {
  if (question.other === undefined) return false;
  return Array.isArray(value) ? value.includes(question.other) : value === question.other;
}

/**
 * QuestionMatrixDropdownModel.clearInvisibleValuesInRows: when some row is hidden and the matrix
 * holds an answer, it keeps only the shown rows that hold one, and no key at all if none does.
 */
function keepShownRows(question: CompiledQuestion, kept: Values, values: Values): void {
  const value = kept[question.name];
  if (isMatrixEmpty(value) || typeof value !== 'object' || value === null) return;
  const shown = visibleItemValues(question.rows, question.rowsVisibleIf, values).map(String);
  const all = question.rows.map((row) => String(row.value));
  if (shown.length === all.length) return;
  const rows: Values = {};
  for (const row of all) {
    const cells = (value as Values)[row];
    if (shown.includes(row) && !isMatrixEmpty(cells)) rows[row] = cells;
  }
  if (Object.keys(rows).length > 0) kept[question.name] = rows;
  else delete kept[question.name];
}
