import {
  Helpers,
  SurveyModel,
  type PageModel,
  type ItemValue,
  type Question,
  type QuestionBooleanModel,
  type QuestionExpressionModel,
  type QuestionCheckboxModel,
  type QuestionImagePickerModel,
  type QuestionMatrixDropdownModelBase,
  type QuestionMatrixModel,
  type QuestionMultipleTextModel,
  type QuestionPanelDynamicModel,
  type QuestionRankingModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionSliderModel,
  type QuestionTextModel,
  type SurveyValidator,
} from 'survey-core';
import { registerTesseraProperties } from '../../surveys/survey-properties';
import { compileCondition, type Condition } from './expressions';
import { addCells } from './compile-cells';
import { compileTextItems } from './multiple-text';
import { compilePanels, type CompiledPanels } from './panel-dynamic';
import { compileSlider, type CompiledSlider } from './slider';
import { compileComputed, type Computed } from './computed-values';
import { initialHold } from './expression-hold';
import { compileBounds, type Bounds } from './computed-bounds';
import { findRefusals, type Refusal } from './survey-support';
import type { CompiledTotals } from './matrix-totals';

registerTesseraProperties();

export const SUPPORTED_TYPES = [
  'radiogroup', 'checkbox', 'dropdown', 'rating', 'boolean', 'text', 'comment', 'matrix', 'html', 'matrixdropdown', 'matrixdynamic', 'multipletext', 'slider', 'expression', 'paneldynamic',
] as const;
export type QuestionKind = (typeof SUPPORTED_TYPES)[number];

/** A choice (or matrix row/column) with the condition survey-core would use to show it. */
export interface CompiledItem {
  value: unknown;
  /** The item's own visibleIf wins over the question's choicesVisibleIf, as in ItemValue.runConditionsForItems. */
  visibleIf?: Condition;
  alwaysHidden: boolean;
}

export interface CompiledQuestion {
  name: string;
  kind: QuestionKind;
  title(locale: string): string;
  /** The question's and its panels' visibility: every entry must hold. */
  shownIf: readonly Condition[];
  /** Its page's visibility, apart: survey-core decides which pages to validate before it starts. */
  pageShownIf?: Condition;
  /** The index of its page in the survey (complete triggers stop the walk after one). */
  page?: number;
  alwaysHidden: boolean;
  /** enableIf on the question and its containers: survey-core skips validation of read-only questions. */
  enabledIf: readonly Condition[];
  alwaysReadOnly: boolean;
  isRequired: boolean;
  requiredIf?: Condition;
  choices: CompiledItem[];
  itemsVisibleIf?: Condition;
  choicesFrom?: { question: string; mode: 'all' | 'selected' | 'unselected' };
  /** True when which choices it shows depends on the answers (choicesFrom or a visibleIf). */
  choicesFollowAnswers: boolean;
  /** The regular choices it always shows, when they do not follow the answers. */
  fixedChoices?: readonly unknown[];
  /** True when no two of its possible values are equal the loose way survey-core compares them. */
  distinctValues: boolean;
  other?: unknown;
  /** Values that stand alone in a checkbox answer (none, refused, don't know, isExclusive choices). */
  exclusive: unknown[];
  /** The none, refused and don't-know items it shows. */
  builtInExclusive: unknown[];
  special: unknown[];
  minSelected: number;
  maxSelected: number;
  rateValues: unknown[];
  valueTrue: unknown;
  valueFalse: unknown;
  inputType: string;
  min?: unknown;
  max?: unknown;
  step?: unknown;
  /** minValueExpression / maxValueExpression: the bounds computed from the answers. */
  bounds?: Bounds;
  maxLength: number;
  rows: CompiledItem[];
  rowsVisibleIf?: Condition;
  columns: CompiledItem[];
  columnsVisibleIf?: Condition;
  eachRowRequired: boolean;
  eachRowUnique: boolean;
  validators: SurveyValidator[];
  /**
   * A ranking: survey-core's checkbox whose list is ordered. Unless `selectToRank`, it holds every
   * shown choice: survey-core completes and re-ranks it whenever its value or choices change.
   */
  ranking?: { selectToRank: boolean };
  /** matrixdropdown and matrixdynamic: one compiled question per column, judged in each row. */
  cells?: CompiledCells;
  /** multipletext: one compiled text question per item, named by the item. */
  textItems?: CompiledQuestion[];
  /** paneldynamic: its template's questions, judged in each panel. */
  panels?: CompiledPanels;
  slider?: CompiledSlider;
  /** expression: its value, computed from the other answers (what the client sends is ignored). */
  computed?: Computed;
}

export interface CompiledCells {
  columns: CompiledQuestion[];
  /** matrixdynamic: rows shown when no answer is given, at least, at most (0: no limit). */
  rowCount: number;
  minRows: number;
  maxRows: number;
  /** matrixdynamic: the column whose answers must differ from row to row. */
  keyName?: string;
  /** The columns' totals, stored as `<name>-total` (matrix-totals.ts). */
  totals?: CompiledTotals;
}

/**
 * Reads a published SurveyJS document through survey-core's Serializer once and keeps, per
 * question, only what validation needs. Features that would change answers behind the
 * respondent's back (triggers, calculated values, setValueExpression) are refused here rather
 * than validated wrongly.
 */
export function compileQuestions(surveyJson: unknown): CompiledQuestion[] {
  const refusals = findRefusals(surveyJson);
  if (refusals.length > 0) throw new UnsupportedSurveyError(refusals);
  const survey = new SurveyModel(surveyJson as object);
  // Not nested: a matrix column or a dynamic panel's template is part of its question, not one itself.
  const models = survey.getAllQuestions(false, false, false);
  // Before compiling reads anything: reading a property can change what survey-core holds.
  const initial = models.map((model) => (model.getType() === 'expression' ? initialHold(model) : undefined));
  const questions = models.map(compileQuestion);
  questions.forEach((question, index) => {
    if (question.computed) question.computed.initial = initial[index];
  });
  models.forEach((model, index) => (questions[index]!.page = survey.pages.indexOf(model.page as PageModel)));
  survey.dispose();
  const byName = new Map(questions.map((question) => [question.name, question]));
  for (const question of questions) {
    const source = question.choicesFrom ? byName.get(question.choicesFrom.question) : undefined;
    const values = [...(source ?? question).choices.map((choice) => choice.value), ...question.special];
    question.distinctValues = values.every((value, index) => values.every((other, j) => j <= index || !Helpers.isTwoValueEquals(value, other, false, true, false)));
  }
  return questions;
}

/** A survey using what the server cannot validate; `refusals` says what, element by element. */
export class UnsupportedSurveyError extends Error {
  constructor(readonly refusals: readonly Refusal[]) {
    super(`The survey uses features the server cannot validate: ${refusals.map((refusal) => refusal.message).join(' ')}`);
    this.name = 'UnsupportedSurveyError';
  }
}

export function compileQuestion(question: Question): CompiledQuestion {
  const kind = kindOf(question);
  const visibility = chainConditions(question, 'visibleIf', (element) => element.visible === false);
  const enabling = chainConditions(question, 'enableIf', (element) => element.readOnly === true);
  if (enabling.page) enabling.conditions.push(enabling.page);
  const compiled: CompiledQuestion = {
    name: question.name,
    kind,
    title: titleOf(question),
    shownIf: visibility.conditions,
    pageShownIf: visibility.page,
    alwaysHidden: visibility.never,
    enabledIf: enabling.conditions,
    alwaysReadOnly: enabling.never,
    isRequired: question.isRequired,
    requiredIf: compileCondition(question.requiredIf),
    choices: [],
    choicesFollowAnswers: false,
    distinctValues: true,
    exclusive: [],
    builtInExclusive: [],
    special: [],
    minSelected: 0,
    maxSelected: 0,
    rateValues: [],
    valueTrue: true,
    valueFalse: false,
    inputType: 'text',
    maxLength: 0,
    rows: [],
    columns: [],
    eachRowRequired: false,
    eachRowUnique: false,
    validators: [...question.validators],
  };
  if (kind === 'radiogroup' || kind === 'dropdown' || kind === 'checkbox') addChoices(compiled, question as QuestionSelectBase);
  if (kind === 'checkbox' && question.getType() !== 'imagepicker') {
    const checkbox = question as QuestionCheckboxModel;
    compiled.minSelected = checkbox.minSelectedChoices;
    compiled.maxSelected = checkbox.maxSelectedChoices;
  }
  if (question.getType() === 'ranking') compiled.ranking = { selectToRank: (question as QuestionRankingModel).selectToRankEnabled };
  if (kind === 'rating') compiled.rateValues = (question as QuestionRatingModel).visibleRateValues.map((item) => item.value);
  if (kind === 'boolean') {
    compiled.valueTrue = (question as QuestionBooleanModel).getValueTrue();
    compiled.valueFalse = (question as QuestionBooleanModel).getValueFalse();
  }
  if (kind === 'text' || kind === 'comment') addText(compiled, question as QuestionTextModel);
  if (kind === 'matrix') addMatrix(compiled, question as QuestionMatrixModel);
  if (kind === 'matrixdropdown' || kind === 'matrixdynamic') addCells(compiled, question as QuestionMatrixDropdownModelBase);
  if (kind === 'expression') {
    compiled.computed = compileComputed(question as QuestionExpressionModel);
    // hasRequiredError is always false for an expression: only its validators apply.
    compiled.isRequired = false;
    compiled.requiredIf = undefined;
  }
  if (kind === 'slider') compiled.slider = compileSlider(question as QuestionSliderModel);
  if (kind === 'multipletext') compiled.textItems = compileTextItems(question as QuestionMultipleTextModel);
  if (kind === 'paneldynamic') compiled.panels = compilePanels(question as QuestionPanelDynamicModel);
  return compiled;
}

/**
 * The kind whose semantics a survey-core type shares: an image holds no value, like html; an
 * imagepicker is a radiogroup, or a checkbox with multiSelect, that offers no other, none,
 * refuse or don't-know item and no min/max selected; a buttongroup is a radiogroup drawn as
 * buttons, with none, refuse and don't-know items but no other (its supportOther() is false);
 * a tagbox is a checkbox.
 */
function kindOf(question: Question): QuestionKind {
  const type = question.getType();
  if (type === 'image') return 'html';
  if (type === 'buttongroup') return 'radiogroup';
  if (type === 'imagepicker') return (question as QuestionImagePickerModel).multiSelect ? 'checkbox' : 'radiogroup';
  // A tagbox is a checkbox shown as a dropdown, a ranking an ordered one (both extend QuestionCheckboxModel).
  if (type === 'tagbox' || type === 'ranking') return 'checkbox';
  return type as QuestionKind;
}

type Element = { visible: boolean; readOnly: boolean; isPage: boolean; getPropertyValue(name: string): unknown; parent?: unknown };

/** Collects a property's conditions up the panel/page chain, the page's apart; a static false with no condition is off forever. */
function chainConditions(question: Question, property: string, staticallyOff: (element: Element) => boolean) {
  const conditions: Condition[] = [];
  let page: Condition | undefined;
  let never = false;
  let element: Element | undefined = question as unknown as Element;
  while (element) {
    const condition = compileCondition(element.getPropertyValue(property));
    if (condition && element.isPage) page = condition;
    else if (condition) conditions.push(condition);
    else if (staticallyOff(element)) never = true;
    element = element.parent as Element | undefined;
  }
  return { conditions, page, never };
}

function titleOf(question: Question): (locale: string) => string {
  const locTitle = question.locTitle;
  return (locale) =>
    locTitle.getLocaleText(locale) || locTitle.getLocaleText('default') || locTitle.getLocaleText('en') || question.name;
}

function compileItems(items: readonly ItemValue[]): CompiledItem[] {
  return items.map((item) => ({
    value: item.value,
    visibleIf: compileCondition(item.visibleIf),
    alwaysHidden: !item.visibleIf && item.getPropertyValue('visible') === false,
  }));
}

function addChoices(compiled: CompiledQuestion, question: QuestionSelectBase): void {
  compiled.choices = compileItems(question.choices);
  compiled.itemsVisibleIf = compileCondition(question.choicesVisibleIf);
  if (question.choicesFromQuestion) {
    const mode = question.choicesFromQuestionMode;
    compiled.choicesFrom = {
      question: question.choicesFromQuestion,
      mode: mode === 'selected' || mode === 'unselected' ? mode : 'all',
    };
  }
  if (question.showOtherItem && question.supportOther()) {
    compiled.other = question.otherItem.value;
    compiled.special.push(question.otherItem.value);
  }
  const exclusiveItems: [boolean, ItemValue][] = [
    [question.showNoneItem, question.noneItem],
    [question.showRefuseItem, question.refuseItem],
    [question.showDontKnowItem, question.dontKnowItem],
  ];
  const supported = [question.supportNone(), question.supportRefuse(), question.supportDontKnow()];
  for (const [index, [shown, item]] of exclusiveItems.entries()) {
    if (!shown || !supported[index]) continue;
    compiled.special.push(item.value);
    compiled.exclusive.push(item.value);
    compiled.builtInExclusive.push(item.value);
  }
  for (const item of question.choices) {
    if (item.getPropertyValue('isExclusive') === true) compiled.exclusive.push(item.value);
  }
  compiled.choicesFollowAnswers = !!compiled.choicesFrom || !!compiled.itemsVisibleIf || compiled.choices.some((choice) => choice.visibleIf);
  if (!compiled.choicesFollowAnswers) compiled.fixedChoices = compiled.choices.filter((choice) => !choice.alwaysHidden).map((choice) => choice.value);
}

function addText(compiled: CompiledQuestion, question: QuestionTextModel): void {
  if (compiled.kind === 'text') {
    compiled.inputType = question.inputType;
    compiled.min = question.min;
    compiled.max = question.max;
    compiled.step = question.step;
    compiled.bounds = compileBounds(question);
  }
  compiled.maxLength = question.getMaxLength() ?? 0;
}

function addMatrix(compiled: CompiledQuestion, question: QuestionMatrixModel): void {
  compiled.rows = compileItems(question.rows);
  compiled.rowsVisibleIf = compileCondition(question.rowsVisibleIf);
  compiled.columns = compileItems(question.columns);
  compiled.columnsVisibleIf = compileCondition(question.columnsVisibleIf);
  compiled.eachRowRequired = question.eachRowRequired;
  compiled.eachRowUnique = question.eachRowUnique;
}
