import {
  choiceItems,
  COMMENT_SUFFIX,
  displayValue,
  isChoiceQuestion,
  isRecord,
  localized,
  questionChoices,
  textIn,
  valueKey,
  walkSurvey,
  type ChoiceInfo,
  type LocalizedText,
  type SurveyJson,
} from '../questionnaires/diff-survey-model';

/** Display-only elements: they collect nothing. */
const DISPLAY_ONLY = new Set(['html', 'image']);

/** What an export needs to know about one question, read once per export, not per response. */
export interface PlannedQuestion {
  name: string;
  type: string;
  title: LocalizedText;
  multiple: boolean;
  /** Choices (or rating values) by value key. */
  items: Map<string, ChoiceInfo>;
  /** Choice order, to list a checkbox answer in the order the questionnaire shows. */
  order: Map<string, number>;
  /** Rows of a matrix or a matrixdropdown. */
  rows: ChoiceInfo[];
  /** Columns of a single-choice matrix, by value key. */
  columns: Map<string, ChoiceInfo>;
  booleanLabels: { true: LocalizedText; false: LocalizedText; valueTrue: unknown; valueFalse: unknown } | null;
  /** Set when the question stores a text under `name-Comment` (other item or comment area). */
  comment: { key: string; label: LocalizedText; other: boolean } | null;
  /** A ranking's number of places: one column per rank. */
  ranks: number;
  /** A multipletext's items, one column each. */
  parts: Array<{ name: string; title: LocalizedText }>;
  /** A slider with `sliderType: "range"`: a start and an end. */
  range: boolean;
  /** The cells of a matrixdropdown or matrixdynamic row, each planned as a question of its cell type. */
  cells: PlannedQuestion[];
  /** The questions of each panel of a dynamic panel. */
  template: PlannedQuestion[];
}

const MULTIPLE = new Set(['checkbox', 'tagbox', 'ranking']);

/** A dynamic question: as many groups as the respondent added (panels, or rows of a matrixdynamic). */
export function isDynamic(question: PlannedQuestion): boolean {
  return question.type === 'paneldynamic' || question.type === 'matrixdynamic';
}

export function planQuestions(survey: SurveyJson): PlannedQuestion[] {
  const questions = walkSurvey(survey).questions;
  const byName = new Map(questions.map((question) => [question.name, question.json]));
  return questions.filter((question) => !DISPLAY_ONLY.has(question.type)).map((question) => planQuestion(question.name, question.type, question.json, byName));
}

function planQuestion(name: string, type: string, json: Record<string, unknown>, byName: Map<string, Record<string, unknown>>): PlannedQuestion {
  const list = isChoiceQuestion(type) ? questionChoices(choiceSource(json, byName)) : type === 'rating' ? choiceItems(json.rateValues) : [];
  const hasOther = json.showOtherItem === true || json.hasOther === true;
  const hasCommentArea = json.showCommentArea === true || json.hasComment === true;
  const maxSelected = typeof json.maxSelectedChoices === 'number' && json.maxSelectedChoices > 0 ? json.maxSelectedChoices : Infinity;
  return {
    name,
    type,
    title: localized(json.title),
    multiple: MULTIPLE.has(type) || (type === 'imagepicker' && json.multiSelect === true),
    items: new Map(list.map((item) => [item.key, item])),
    order: new Map(list.map((item, index) => [item.key, index])),
    rows: type === 'matrix' || type === 'matrixdropdown' ? choiceItems(json.rows) : [],
    columns: type === 'matrix' ? new Map(choiceItems(json.columns).map((item) => [item.key, item])) : new Map(),
    booleanLabels:
      type === 'boolean'
        ? {
            true: localized(json.labelTrue),
            false: localized(json.labelFalse),
            valueTrue: json.valueTrue,
            valueFalse: json.valueFalse,
          }
        : null,
    comment:
      hasOther || hasCommentArea
        ? {
            key: `${name}${COMMENT_SUFFIX}`,
            label: hasOther ? {} : localized(json.commentText),
            other: hasOther,
          }
        : null,
    ranks: type === 'ranking' ? Math.max(1, Math.min(list.length, maxSelected)) : 0,
    parts:
      type === 'multipletext'
        ? named(json.items).map((item) => ({ name: item.name as string, title: localized(item.title) }))
        : [],
    range: type === 'slider' && json.sliderType === 'range',
    cells: type === 'matrixdropdown' || type === 'matrixdynamic' ? named(json.columns).map((column) => planCell(json, column, byName)) : [],
    template: type === 'paneldynamic' ? templateQuestions(json.templateElements).map((inner) => planQuestion(inner.name as string, inner.type as string, inner, byName)) : [],
  };
}

/** A matrix column, planned as the question its cells are: its own choices, else the matrix's. */
function planCell(matrix: Record<string, unknown>, column: Record<string, unknown>, byName: Map<string, Record<string, unknown>>): PlannedQuestion {
  const own = typeof column.cellType === 'string' && column.cellType !== 'default' ? column.cellType : undefined;
  const type = own ?? (typeof matrix.cellType === 'string' ? matrix.cellType : 'dropdown');
  const choices = Array.isArray(column.choices) && column.choices.length > 0 ? column.choices : matrix.choices;
  const cell = planQuestion(column.name as string, type, { ...column, choices }, byName);
  // A column's header text is its title, else its name, as survey-core shows it.
  return { ...cell, title: localized(column.title) };
}

/** The choices a question shows: its own, or those of the question named by choicesFromQuestion. */
function choiceSource(json: Record<string, unknown>, byName: Map<string, Record<string, unknown>>): Record<string, unknown> {
  const own = Array.isArray(json.choices) && json.choices.length > 0;
  const source = typeof json.choicesFromQuestion === 'string' ? byName.get(json.choicesFromQuestion) : undefined;
  return own || !source || source === json ? json : { ...json, choices: source.choices };
}

/** A dynamic panel's questions, panels inside it looked into; display-only elements skipped. */
function templateQuestions(elements: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (list: unknown): void => {
    for (const element of Array.isArray(list) ? list : []) {
      if (!isRecord(element) || typeof element.type !== 'string') continue;
      if (element.type === 'panel') visit(element.elements);
      else if (!DISPLAY_ONLY.has(element.type) && typeof element.name === 'string' && element.name !== '') found.push(element);
    }
  };
  visit(elements);
  return found;
}

function named(list: unknown): Array<Record<string, unknown>> {
  return (Array.isArray(list) ? list : []).filter((item): item is Record<string, unknown> => isRecord(item) && typeof item.name === 'string' && item.name !== '');
}

/** survey-core's own English and French texts for built-in items, used when a survey sets none. */
const BUILT_IN: Record<string, { en: string; fr: string }> = {
  other: { en: 'Other (describe)', fr: 'Autre (préciser)' },
  none: { en: 'None', fr: 'Aucun' },
  refused: { en: 'Refuse to answer', fr: 'Refuser de répondre' },
  dontknow: { en: "Don't know", fr: 'Sais pas' },
  true: { en: 'Yes', fr: 'Oui' },
  false: { en: 'No', fr: 'Non' },
  otherComment: { en: 'Other (describe)', fr: 'Autre (préciser)' },
  comment: { en: 'Comment', fr: 'Commentaire' },
  rank: { en: 'rank', fr: 'rang' },
  start: { en: 'start', fr: 'début' },
  end: { en: 'end', fr: 'fin' },
};

const BUILT_IN_ITEMS = new Set(['other', 'none', 'refused', 'dontknow']);

export function builtIn(key: string, lang: string): string {
  const texts = BUILT_IN[key];
  if (!texts) return key;
  return lang === 'fr' ? texts.fr : texts.en;
}

export function itemLabel(items: Map<string, ChoiceInfo>, value: unknown, lang: string): string {
  const item = items.get(valueKey(value));
  // A value outside the list is shown as stored: an "other" text kept in the value, or an old choice.
  if (!item) return displayValue(value);
  const fallback = typeof value === 'string' && BUILT_IN_ITEMS.has(value) ? builtIn(value, lang) : displayValue(value);
  return textIn(item.text, lang, fallback);
}

/**
 * A multiple answer's values in the order the questionnaire lists them, unknown values last, so
 * equal answers give equal cells whatever order they were ticked in. A ranking's order is the
 * answer itself and is kept.
 */
export function inChoiceOrder(question: PlannedQuestion, values: readonly unknown[]): unknown[] {
  if (question.type === 'ranking') return [...values];
  const rank = (value: unknown) => question.order.get(valueKey(value)) ?? Number.MAX_SAFE_INTEGER;
  return values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => rank(a.value) - rank(b.value) || a.index - b.index)
    .map((entry) => entry.value);
}

export function booleanLabel(question: PlannedQuestion, value: unknown, lang: string): string | undefined {
  const labels = question.booleanLabels;
  if (!labels) return undefined;
  const isTrue = labels.valueTrue !== undefined ? value === labels.valueTrue : value === true;
  const isFalse = labels.valueFalse !== undefined ? value === labels.valueFalse : value === false;
  if (isTrue) return textIn(labels.true, lang, builtIn('true', lang));
  if (isFalse) return textIn(labels.false, lang, builtIn('false', lang));
  return undefined;
}

/** A label for an answer: a text, a list, an object per row, item or panel question, or a list of them. */
export type AnswerLabel = string | AnswerLabel[] | { [key: string]: AnswerLabel };

/**
 * The human-readable form of one answer: a label, labels for a multiple choice (a ranking's in
 * rank order), a label per matrix row, per matrixdropdown cell, per matrixdynamic row or dynamic
 * panel (a list, in the respondent's order); undefined when the answer has no label beyond its
 * value (free text, numbers, sliders, multipletext items).
 */
export function answerLabel(question: PlannedQuestion, value: unknown, lang: string): AnswerLabel | undefined {
  if (value === undefined || value === null) return undefined;
  if (question.booleanLabels) return booleanLabel(question, value, lang);
  if (question.type === 'paneldynamic' || question.type === 'matrixdynamic') {
    if (!Array.isArray(value)) return undefined;
    const inner = question.type === 'paneldynamic' ? question.template : question.cells;
    const groups = value.map((group) => (isRecord(group) ? labelsOf(inner, group, lang) : {}));
    return groups.some((group) => Object.keys(group).length > 0) ? groups : undefined;
  }
  if (question.type === 'matrixdropdown') {
    if (!isRecord(value)) return undefined;
    const rows = Object.entries(value).flatMap(([row, cells]) => {
      const labels = isRecord(cells) ? labelsOf(question.cells, cells, lang) : {};
      return Object.keys(labels).length > 0 ? [[row, labels] as const] : [];
    });
    return rows.length > 0 ? Object.fromEntries(rows) : undefined;
  }
  if (question.rows.length > 0 && isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([row, cell]) => [row, Array.isArray(cell) ? cell.map((item) => itemLabel(question.columns, item, lang)) : itemLabel(question.columns, cell, lang)]),
    );
  }
  if (question.items.size === 0) return undefined;
  if (Array.isArray(value)) {
    return inChoiceOrder(question, value).map((item) => itemLabel(question.items, item, lang));
  }
  return itemLabel(question.items, value, lang);
}

/** The labels of the questions (or cells) of one panel or row, keyed by name; those without a label left out. */
export function labelsOf(questions: readonly PlannedQuestion[], values: Record<string, unknown>, lang: string): Record<string, AnswerLabel> {
  const labels: Record<string, AnswerLabel> = {};
  for (const question of questions) {
    const label = answerLabel(question, values[question.name], lang);
    if (label !== undefined) labels[question.name] = label;
  }
  return labels;
}
