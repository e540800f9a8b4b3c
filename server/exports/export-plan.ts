import {
  choiceItems,
  COMMENT_SUFFIX,
  displayValue,
  isChoiceQuestion,
  localized,
  questionChoices,
  textIn,
  valueKey,
  walkSurvey,
  type ChoiceInfo,
  type LocalizedText,
  type QuestionInfo,
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
  rows: ChoiceInfo[];
  columns: Map<string, ChoiceInfo>;
  booleanLabels: { true: LocalizedText; false: LocalizedText; valueTrue: unknown; valueFalse: unknown } | null;
  /** Set when the question stores a text under `name-Comment` (other item or comment area). */
  comment: { key: string; label: LocalizedText; other: boolean } | null;
}

const MULTIPLE = new Set(['checkbox', 'tagbox', 'ranking']);

export function planQuestions(survey: SurveyJson): PlannedQuestion[] {
  return walkSurvey(survey)
    .questions.filter((question) => !DISPLAY_ONLY.has(question.type))
    .map(planQuestion);
}

function planQuestion(question: QuestionInfo): PlannedQuestion {
  const { json, type } = question;
  const list = isChoiceQuestion(type) ? questionChoices(json) : type === 'rating' ? choiceItems(json.rateValues) : [];
  const hasOther = json.showOtherItem === true || json.hasOther === true;
  const hasCommentArea = json.showCommentArea === true || json.hasComment === true;
  return {
    name: question.name,
    type,
    title: localized(json.title),
    multiple: MULTIPLE.has(type),
    items: new Map(list.map((item) => [item.key, item])),
    order: new Map(list.map((item, index) => [item.key, index])),
    rows: type === 'matrix' || type === 'matrixdropdown' ? choiceItems(json.rows) : [],
    columns: new Map(choiceItems(json.columns).map((item) => [item.key, item])),
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
            key: `${question.name}${COMMENT_SUFFIX}`,
            label: hasOther ? {} : localized(json.commentText),
            other: hasOther,
          }
        : null,
  };
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

/**
 * The human-readable form of one answer: a label, labels for a multiple choice, a label per matrix
 * row; undefined when the answer has no label beyond its value (free text, numbers).
 */
export function answerLabel(
  question: PlannedQuestion,
  value: unknown,
  lang: string,
): string | string[] | Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (question.booleanLabels) return booleanLabel(question, value, lang);
  if (question.rows.length > 0 && typeof value === 'object' && !Array.isArray(value)) {
    const cells = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(cells).map(([row, cell]) => [row, itemLabel(question.columns, cell, lang)]),
    );
  }
  if (question.items.size === 0) return undefined;
  if (Array.isArray(value)) {
    return inChoiceOrder(question, value).map((item) => itemLabel(question.items, item, lang));
  }
  return itemLabel(question.items, value, lang);
}
