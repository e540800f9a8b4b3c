import { Helpers, settings } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { loadedTextItems } from './multiple-text';
import { loadedSlider } from './slider';
import { loadedPanels } from './panel-dynamic';
import { loadedRanking, reRanks, type RankingChoices } from './ranking-load';

/**
 * What a survey-core question holds once `survey.data = answers` has loaded an answer, which is
 * what its conditions read: survey-core 3 evaluates `{name}` against the question's value, not
 * the data as sent (SurveyValueGetterContext). For an answer of the right shape the two are the
 * same, and the answer itself is returned; a malformed one is reshaped the way
 * Question.updateValueFromSurvey and its overrides do. `choices` gives, for a choice question,
 * the regular choices shown now and all of them (activeChoices).
 */
export interface Choices {
  shown: readonly unknown[];
  offered: readonly unknown[];
}

export function loadedValue(question: CompiledQuestion, raw: unknown, choices: () => Choices, rankingChoices?: () => RankingChoices): unknown {
  switch (question.kind) {
    case 'text':
      // QuestionTextBase.convertToCorrectValue, with each type's getValueSeparator
      return Array.isArray(raw) ? raw.join(', ') : raw;
    case 'comment':
      return Array.isArray(raw) ? raw.join('\n') : raw;
    case 'boolean':
      return raw === null ? undefined : raw;
    case 'matrix':
      return loadedMatrix(raw);
    case 'multipletext':
      return loadedTextItems(raw, isBlank(raw));
    case 'slider':
      return loadedSlider(question, raw);
    case 'paneldynamic':
      return loadedPanels(question.panels, raw, loadedInPanel);
    case 'radiogroup':
    case 'dropdown':
      return loadedSingle(question, raw, once(choices));
    case 'checkbox': {
      const held = once(choices);
      const value = loadedMultiple(question, raw, held);
      return reRanks(question) && rankingChoices ? loadedRanking(question, value, rankingChoices()) : value;
    }
    default:
      return raw;
  }
}

/** A panel's question whose choices, if any, are fixed (panel-dynamic.ts loadedPanels). */
function loadedInPanel(question: CompiledQuestion, raw: unknown): unknown {
  const shown = question.fixedChoices ?? [];
  const choices = (): Choices => ({ shown, offered: question.choices.map((choice) => choice.value) });
  return loadedValue(question, raw, choices, () => ({ before: shown, announced: shown, after: shown }));
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** True when clearing the question changes nothing (Question.clearValue, QuestionCheckboxModel.setNewValue). */
export function holdsNothing(question: CompiledQuestion, value: unknown): boolean {
  if (question.kind === 'checkbox') return Helpers.isTwoValueEquals(value || [], [], false, false);
  return value === undefined || Helpers.isTwoValueEquals(undefined, value, false, false);
}

/** Question.isValueEmpty: survey-core trims strings first. */
export function isBlank(value: unknown): boolean {
  return Helpers.isValueEmpty(typeof value === 'string' ? value.trim() : value);
}

/** QuestionMatrixModel: anything but an object is refused (the question keeps no value); a list in a cell becomes its first item. */
function loadedMatrix(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return isBlank(raw) ? raw : undefined;
  if (!Object.values(raw).some(Array.isArray)) return raw;
  const cells: Record<string, unknown> = {};
  for (const [row, cell] of Object.entries(raw)) {
    if (!Array.isArray(cell)) cells[row] = cell;
    else if (cell.length > 0) cells[row] = cell[0];
  }
  return cells;
}

/**
 * QuestionSelectBase.getItemByValue: an `{ value }` object stands for its value; equality as
 * survey-core compares item values. When the question's values are `distinct`, a value found
 * as it is can be no other's loose match, which spares the loose comparison for known values.
 */
export function findChoice(choices: readonly unknown[], value: unknown, distinct = false): { value: unknown } | undefined {
  if (distinct && value !== '' && (typeof value === 'string' || typeof value === 'number') && choices.includes(value)) return { value };
  if (typeof value === 'string' && value !== '' && choices.every((choice) => typeof choice === 'string')) {
    // Two strings compare equal when normalized alike (checkIfValuesEqual, case-sensitive, untrimmed).
    const normalize = settings.comparator.normalizeTextCallback;
    const target = normalize(value, 'compare');
    const found = choices.find((choice) => normalize(choice as string, 'compare') === target);
    return found === undefined ? undefined : { value: found };
  }
  const wanted = isValueObject(value) && !Helpers.isValueEmpty(value.value) ? value.value : value;
  const wantedEmpty = Helpers.isValueEmpty(wanted);
  for (const choice of choices) {
    if (wantedEmpty && Helpers.isValueEmpty(choice)) return { value: choice };
    if (Helpers.isTwoValueEquals(choice, wanted, false, true, false)) return { value: choice };
  }
  return undefined;
}

function isValueObject(value: unknown): value is { value?: unknown } {
  return typeof value === 'object' && value !== null;
}

/** survey-core's OTHER_ITEM_VALUE: isOtherValue compares with it whether or not the question offers 'other'. */
const OTHER = 'other';

const isOtherValue = (value: unknown) => (Array.isArray(value) ? value.includes(OTHER) : value === OTHER);

interface UnknownOptions {
  includeOther: boolean;
  checkEmpty: boolean;
}

/** QuestionSelectBase.hasUnknownValueItem. */
export function isUnknownItem(question: CompiledQuestion, item: unknown, choices: readonly unknown[], options: UnknownOptions): boolean {
  if (!options.checkEmpty && isBlank(item)) return false;
  if (options.includeOther && isOtherValue(item)) return false;
  // The none, refuse and don't-know items are compared loosely (==) there.
  if (question.builtInExclusive.some((special) => special == item)) return false;
  return findChoice(choices, item, question.distinctValues) === undefined;
}

function hasUnknownValue(question: CompiledQuestion, value: unknown, choices: readonly unknown[], options: UnknownOptions): boolean {
  if (!Array.isArray(value)) return isUnknownItem(question, value, choices, options);
  return value.some((item) => isUnknownItem(question, item, choices, options));
}

const LOADING: UnknownOptions = { includeOther: false, checkEmpty: false };

/** QuestionSelectBase.updateValueFromSurvey and valueFromData; an unknown answer becomes 'other' when the question offers it. */
function loadedSingle(question: CompiledQuestion, raw: unknown, choices: () => Choices): unknown {
  let value = raw;
  // An empty answer (or list of them) is no unknown value; the choices are read only if needed.
  const mayBeUnknown = Array.isArray(raw) ? raw.length > 0 : !isBlank(raw);
  if (question.other !== undefined && mayBeUnknown && !isOtherValue(raw)) {
    const { shown, offered } = choices();
    if (offered.length > 0 && hasUnknownValue(question, raw, shown, LOADING)) value = question.other;
  }
  // setQuestionValue keeps the value the question starts with when the new one equals it.
  if (Helpers.isTwoValueEquals(undefined, value)) return undefined;
  const choice = findChoice(choices().offered, value, question.distinctValues);
  if (choice) return choice.value;
  // getFilteredValue: conditions read an `{ value, comment }` answer as its value.
  return isValueObject(value) && !Helpers.isValueEmpty(value.value) ? value.value : value;
}

/** QuestionCheckboxModel: the first item no choice knows becomes 'other'; a single value becomes a list of one. */
function loadedMultiple(question: CompiledQuestion, raw: unknown, choices: () => Choices): unknown {
  if (!raw) return [];
  if (Array.isArray(raw) && raw.length === 0) return raw;
  const { shown, offered } = choices();
  let value = raw;
  if (question.other !== undefined && offered.length > 0 && Array.isArray(raw) && hasUnknownValue(question, raw, shown, LOADING) && !isOtherValue(raw)) {
    const first = raw.findIndex((item) => isUnknownItem(question, item, offered, LOADING));
    if (first >= 0) value = raw.map((item, index) => (index === first ? question.other : item));
  }
  if (!Array.isArray(value)) return [findChoice(offered, value, question.distinctValues)?.value ?? value];
  const visible = [...shown, ...question.special];
  const items = value.map((item) => findChoice(visible, item, question.distinctValues)?.value ?? item);
  return items.every((item, index) => item === (raw as unknown[])[index]) ? raw : items;
}
