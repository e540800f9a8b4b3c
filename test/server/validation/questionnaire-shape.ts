import {
  ConditionRunner,
  ExpressionRunner,
  SurveyModel,
  type ItemValue,
  type Question,
  type QuestionBooleanModel,
  type QuestionCheckboxModel,
  type QuestionMatrixModel,
  type QuestionMultipleTextModel,
  type QuestionPanelDynamicModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
  type SurveyValidator,
} from 'survey-core';
import { registerTesseraProperties } from '../../../surveys/survey-properties';

registerTesseraProperties();

/**
 * What a simulated respondent needs to know about each question, read once from a survey-core
 * model. It is the generator's own reading, kept apart from server/validation so a shared
 * misreading cannot hide a disagreement: the oracle, not this, decides what is valid.
 */
export type Values = Record<string, unknown>;
export type Test = (values: Values) => boolean;

export interface ShapeItem {
  value: unknown;
  shown: Test;
}

export interface QuestionShape {
  name: string;
  type: string;
  shown: Test;
  required: Test;
  choices: ShapeItem[];
  choicesFrom?: { question: string; mode: string };
  other?: unknown;
  exclusive: unknown[];
  minSelected: number;
  maxSelected: number;
  rates: unknown[];
  booleans: unknown[];
  inputType: string;
  /** As the JSON gives them: numbers for number and range inputs, strings for dates and times. */
  min?: unknown;
  max?: unknown;
  step?: number;
  maxLength: number;
  rows: ShapeItem[];
  columns: ShapeItem[];
  eachRowRequired: boolean;
  eachRowUnique: boolean;
  /** matrixdropdown and matrixdynamic: the question in each column's cells. */
  cellColumns: QuestionShape[];
  rowCount: number;
  minRows: number;
  maxRows: number;
  keyName?: string;
  /** matrixdropdown and matrixdynamic: whether a column has a total (stored as `<name>-total`). */
  hasTotal?: boolean;
  /** multipletext: the text question of each item, named by the item. */
  textItems: QuestionShape[];
  /** paneldynamic: the template's questions (nested panels' too), each shown and judged per panel. */
  panelElements: QuestionShape[];
  /** paneldynamic: panels built for no answer, at least, at most. */
  panelCount: number;
  minPanels: number;
  maxPanels: number;
  /** expression: the value survey-core computes from the answers. */
  compute?: (values: Values) => unknown;
  /** slider: a range slider answers [start, end]. */
  sliderRange: boolean;
  /** A ranking without selectToRankEnabled: its answer lists every shown choice. */
  ranksAll: boolean;
  /** True when the value passes the question's validators, given the other answers. */
  passes(value: unknown, values: Values): boolean;
}

const always: Test = () => true;

function condition(text: unknown): Test | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const runner = new ConditionRunner(text);
  return (values) => runner.runValues(values);
}

type Element = { getPropertyValue(name: string): unknown; visible: boolean; parent?: unknown };

function visibility(question: Question, within?: unknown): Test {
  const tests: Test[] = [];
  let element: Element | undefined = question as unknown as Element;
  while (element && element !== within) {
    const test = condition(element.getPropertyValue('visibleIf'));
    if (test) tests.push(test);
    else if (element.visible === false) return () => false;
    element = element.parent as Element | undefined;
  }
  return (values) => tests.every((test) => test(values));
}

function items(list: readonly ItemValue[], common: unknown): ShapeItem[] {
  const shared = condition(common);
  return list.map((item) => {
    const own = condition(item.visibleIf);
    const test = own ?? shared;
    if (!own && !item.visibleIf && item.getPropertyValue('visible') === false) return { value: item.value, shown: () => false };
    return { value: item.value, shown: test ? (values) => test({ ...values, item: item.value }) : always };
  });
}

function validatorTest(validators: readonly SurveyValidator[], name: string): QuestionShape['passes'] {
  return (value, values) =>
    validators.every((validator) => {
      if (validator.getType() === 'expressionvalidator') {
        const test = condition(validator.getPropertyValue('expression'));
        return !test || test({ ...values, [name]: value });
      }
      return !validator.validate(value, name, {})?.error;
    });
}

/** A careful respondent keeps within the bounds the browser computes from their earlier answers. */
function withinComputedBounds(text: QuestionTextModel, passes: QuestionShape['passes']): QuestionShape['passes'] {
  const [min, max] = [text.minValueExpression, text.maxValueExpression].map((expression) => (expression ? new ExpressionRunner(expression) : undefined));
  if (!min && !max) return passes;
  return (value, values) => {
    const [low, high] = [min?.runValues(values), max?.runValues(values)];
    if (low && (value as number) < low) return false;
    if (high && (value as number) > high) return false;
    return passes(value, values);
  };
}

export function readShapes(surveyJson: unknown): QuestionShape[] {
  const survey = new SurveyModel(surveyJson as object);
  const shapes = survey
    .getAllQuestions(false, false, false)
    .filter((question) => question.getType() !== 'html' && question.getType() !== 'image')
    .map(shapeOf);
  survey.dispose();
  return shapes;
}

function shapeOf(question: Question, within?: unknown): QuestionShape {
  const requiredIf = condition(question.requiredIf);
  const isRequired = question.isRequired;
  const shape: QuestionShape = {
    name: question.name,
    type: shapeType(question),
    shown: visibility(question, within),
    required: requiredIf ?? (() => isRequired),
    choices: [],
    exclusive: [],
    minSelected: 0,
    maxSelected: 0,
    rates: [],
    booleans: [],
    inputType: 'text',
    maxLength: 0,
    rows: [],
    columns: [],
    eachRowRequired: false,
    eachRowUnique: false,
    cellColumns: [],
    textItems: [],
    panelElements: [],
    panelCount: 0,
    minPanels: 0,
    maxPanels: 0,
    sliderRange: false,
    rowCount: 0,
    minRows: 0,
    maxRows: 0,
    ranksAll: question.getType() === 'ranking' && !(question as unknown as { selectToRankEnabled: boolean }).selectToRankEnabled,
    passes: validatorTest([...question.validators], question.name),
  };
  const type = shape.type;
  if (type === 'radiogroup' || type === 'dropdown' || type === 'checkbox') {
    const select = question as QuestionSelectBase;
    shape.choices = items(select.choices, select.choicesVisibleIf);
    if (select.choicesFromQuestion) shape.choicesFrom = { question: select.choicesFromQuestion, mode: select.choicesFromQuestionMode };
    // A buttongroup draws no 'other' button even when showOtherItem is set.
    if (select.showOtherItem && select.supportOther()) shape.other = select.otherItem.value;
    const specials: [boolean, ItemValue][] = [[select.showNoneItem, select.noneItem], [select.showRefuseItem, select.refuseItem], [select.showDontKnowItem, select.dontKnowItem]];
    for (const [shown, item] of specials) if (shown) shape.exclusive.push(item.value);
  }
  if (type === 'checkbox' && question.getType() !== 'imagepicker') {
    shape.minSelected = (question as QuestionCheckboxModel).minSelectedChoices;
    shape.maxSelected = (question as QuestionCheckboxModel).maxSelectedChoices;
  }
  if (type === 'rating') shape.rates = (question as QuestionRatingModel).visibleRateValues.map((item) => item.value);
  if (type === 'boolean') shape.booleans = [(question as QuestionBooleanModel).getValueTrue(), (question as QuestionBooleanModel).getValueFalse()];
  if (type === 'text' || type === 'comment') {
    const text = question as QuestionTextModel;
    if (type === 'text') {
      shape.inputType = text.inputType;
      shape.min = text.min;
      shape.max = text.max;
      shape.step = typeof text.step === 'number' ? text.step : undefined;
      shape.passes = withinComputedBounds(text, shape.passes);
    }
    shape.maxLength = text.getMaxLength() ?? 0;
  }
  if (type === 'matrix') {
    const matrix = question as QuestionMatrixModel;
    shape.rows = items(matrix.rows, matrix.rowsVisibleIf);
    shape.columns = items(matrix.columns, matrix.columnsVisibleIf);
    shape.eachRowRequired = matrix.eachRowRequired;
    shape.eachRowUnique = matrix.eachRowUnique;
  }
  if (type === 'matrixdropdown' || type === 'matrixdynamic') readCells(question, shape);
  if (type === 'expression') {
    const runner = new ExpressionRunner((question as unknown as { expression: string }).expression);
    const precision = (question as unknown as { precision: number }).precision;
    shape.compute = (values) => {
      const value = runner.runValues(values);
      return precision >= 0 && typeof value === 'number' ? Number(value.toFixed(precision)) : value;
    };
  }
  if (type === 'slider') {
    const slider = question as unknown as { sliderType: string; min: number; max: number; step: number };
    Object.assign(shape, { sliderRange: slider.sliderType === 'range', min: slider.min, max: slider.max, step: slider.step });
  }
  if (type === 'paneldynamic') {
    const dynamic = question as QuestionPanelDynamicModel;
    Object.assign(shape, { panelCount: dynamic.getPropertyValue('panelCount') as number, minPanels: dynamic.minPanelCount, maxPanels: dynamic.maxPanelCount, keyName: dynamic.keyName || undefined });
    const answerable = dynamic.template.questions.filter((inner) => inner.getType() !== 'html' && inner.getType() !== 'image');
    shape.panelElements = answerable.map((inner) => {
      const innerShape = shapeOf(inner, dynamic.template);
      const passes = innerShape.passes;
      // A validator reads the value being tried as `{panel.<name>}` too.
      innerShape.passes = (value, values) => passes(value, { ...values, panel: { ...(values.panel as Values | undefined), [inner.name]: value } });
      return innerShape;
    });
  }
  if (type === 'multipletext') {
    shape.textItems = (question as QuestionMultipleTextModel).items.map((item) => {
      const itemShape = shapeOf(item.editor as unknown as Question);
      const required = item.isRequired;
      return { ...itemShape, name: item.name, shown: always, required: () => required, passes: validatorTest([...item.validators], item.name) };
    });
  }
  return shape;
}

type Column = { name: string; visibleIf: string; requiredIf: string; isRequired: boolean; visible: boolean; templateQuestion: Question };

function readCells(question: Question, shape: QuestionShape): void {
  const matrix = question as unknown as {
    columns: Column[]; choices: ItemValue[]; rows?: ItemValue[]; rowsVisibleIf?: string;
    rowCount?: number; minRowCount?: number; maxRowCount?: number; keyName?: string; hasTotal?: boolean;
  };
  if (type(question) === 'matrixdropdown') shape.rows = items(matrix.rows ?? [], matrix.rowsVisibleIf);
  shape.rowCount = matrix.rowCount ?? 0;
  shape.minRows = matrix.minRowCount ?? 0;
  shape.maxRows = matrix.maxRowCount ?? 0;
  shape.keyName = matrix.keyName || undefined;
  shape.hasTotal = matrix.hasTotal === true;
  shape.cellColumns = matrix.columns.map((column) => {
    const template = column.templateQuestion as QuestionSelectBase;
    if (['dropdown', 'radiogroup', 'checkbox', 'tagbox'].includes(template.getType()) && template.choices.length === 0) template.choices = matrix.choices;
    const cell = shapeOf(template);
    const shown = condition(column.visibleIf);
    cell.shown = shown ?? (column.visible === false ? () => false : always);
    const requiredIf = condition(column.requiredIf);
    cell.required = requiredIf ?? (() => column.isRequired);
    return cell;
  });
}

const type = (question: Question) => question.getType();

/** The answer a type takes, as the generator sees it: an imagepicker answers like a radiogroup or a checkbox, a buttongroup like a radiogroup, a tagbox like a checkbox. */
function shapeType(question: Question): string {
  const own = question.getType();
  if (own === 'imagepicker') return (question as unknown as { multiSelect: boolean }).multiSelect ? 'checkbox' : 'radiogroup';
  if (own === 'buttongroup') return 'radiogroup';
  if (own === 'tagbox' || own === 'ranking') return 'checkbox';
  return own;
}

/** The choices a respondent sees now, following choicesFromQuestion; special items included. */
export function offeredChoices(shape: QuestionShape, byName: ReadonlyMap<string, QuestionShape>, values: Values): unknown[] {
  let regular: unknown[];
  const source = shape.choicesFrom ? byName.get(shape.choicesFrom.question) : undefined;
  if (source && shape.choicesFrom) {
    const picked = values[source.name];
    const isPicked = (value: unknown) => (Array.isArray(picked) ? picked.includes(value) : picked === value);
    const mode = shape.choicesFrom.mode;
    regular = source.choices
      .filter((item) => item.shown(values))
      .map((item) => item.value)
      .filter((value) => mode !== 'selected' && mode !== 'unselected' ? true : (mode === 'selected') === isPicked(value));
  } else {
    regular = shape.choices.filter((item) => item.shown(values)).map((item) => item.value);
  }
  return [...regular, ...(shape.other === undefined ? [] : [shape.other]), ...shape.exclusive];
}

/** A survey's calculatedValues as the respondent's device computes them. */
export function readCalculated(surveyJson: unknown): { name: string; compute: (values: Values) => unknown; stored: boolean }[] {
  const list = (surveyJson as { calculatedValues?: { name: string; expression: string; includeIntoResult?: boolean }[] }).calculatedValues ?? [];
  return list.map((entry) => {
    const runner = new ExpressionRunner(entry.expression);
    return { name: entry.name, compute: (values: Values) => runner.runValues(values), stored: entry.includeIntoResult === true };
  });
}
