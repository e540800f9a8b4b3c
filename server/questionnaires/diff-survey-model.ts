/**
 * A plain walk over SurveyJS JSON, shared by the questionnaire diff and the response exports.
 * survey-core would give the same flattening, but it costs milliseconds per model and a live
 * model per call (see STACK.md); the JSON is regular enough to read directly.
 */

/** A SurveyJS survey definition as stored in questionnaire_versions.survey_json. */
export type SurveyJson = Record<string, unknown>;

/** A localized string, locale code → text. SurveyJS's `default` key is read as `en`. */
export type LocalizedText = Record<string, string>;

export interface PageInfo {
  name: string;
  /** 1-based position among the pages. */
  position: number;
  json: Record<string, unknown>;
}

export interface QuestionInfo {
  name: string;
  type: string;
  json: Record<string, unknown>;
  page: string;
  /** Innermost panel holding the question, or null when it sits directly on the page. */
  panel: string | null;
  /** 1-based position in the whole questionnaire, in the order a respondent meets questions. */
  position: number;
}

export interface ChoiceInfo {
  value: unknown;
  /** Stable key for matching: 1 and "1" are different answers, so the type is part of it. */
  key: string;
  text: LocalizedText;
  themes: string[];
}

export interface SurveyOutline {
  pages: PageInfo[];
  questions: QuestionInfo[];
}

/** Built-in items SurveyJS appends to choice questions, with the property holding their text. */
export const SPECIAL_ITEMS = [
  { flags: ['showNoneItem', 'hasNone'], value: 'none', textProperty: 'noneText' },
  { flags: ['showRefuseItem'], value: 'refused', textProperty: 'refuseText' },
  { flags: ['showDontKnowItem'], value: 'dontknow', textProperty: 'dontKnowText' },
  { flags: ['showOtherItem', 'hasOther'], value: 'other', textProperty: 'otherText' },
] as const;

/** Suffix SurveyJS gives the key holding an "other" or comment-area text in the answers. */
export const COMMENT_SUFFIX = '-Comment';

const CHOICE_TYPES = new Set(['radiogroup', 'checkbox', 'dropdown', 'tagbox', 'ranking', 'imagepicker', 'buttongroup']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function localized(value: unknown): LocalizedText {
  if (typeof value === 'string') return value.trim() === '' ? {} : { en: value.trim() };
  if (!isRecord(value)) return {};
  const out: LocalizedText = {};
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    const code = locale === 'default' ? 'en' : locale;
    // An explicit `en` wins over `default` whatever the key order.
    if (locale === 'default' && out.en !== undefined) continue;
    out[code] = text.trim();
  }
  // Sorted (en first) so output never depends on the key order of the stored JSON.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compareLocaleCodes(a, b)));
}

/** English first, then the other locale codes alphabetically. */
export function compareLocaleCodes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'en') return -1;
  if (b === 'en') return 1;
  return a < b ? -1 : 1;
}

/** The text in `lang`, else English, else the fallback. */
export function textIn(text: LocalizedText, lang: string, fallback: string): string {
  return text[lang] ?? text.en ?? fallback;
}

export function valueKey(value: unknown): string {
  return `${typeof value}:${typeof value === 'string' ? value : JSON.stringify(value)}`;
}

export function displayValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function choiceItems(list: unknown): ChoiceInfo[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const items: ChoiceInfo[] = [];
  for (const raw of list) {
    const item = readItem(raw);
    if (!item || seen.has(item.key)) continue;
    seen.add(item.key);
    items.push(item);
  }
  return items;
}

function readItem(raw: unknown): ChoiceInfo | undefined {
  if (isRecord(raw)) {
    // Matrix dropdown columns are named, not valued.
    const value = raw.value !== undefined ? raw.value : raw.name;
    if (value === undefined || value === null) return undefined;
    const themes = Array.isArray(raw.themes)
      ? raw.themes.filter((code): code is string => typeof code === 'string')
      : [];
    return { value, key: valueKey(value), text: localized(raw.text), themes };
  }
  if (raw === undefined || raw === null) return undefined;
  return { value: raw, key: valueKey(raw), text: {}, themes: [] };
}

/** The choices a respondent sees, built-in items (none, other…) included, in display order. */
export function questionChoices(question: Record<string, unknown>): ChoiceInfo[] {
  const items = choiceItems(question.choices);
  for (const special of SPECIAL_ITEMS) {
    if (!special.flags.some((flag) => question[flag] === true)) continue;
    if (items.some((item) => item.value === special.value)) continue;
    items.push({
      value: special.value,
      key: valueKey(special.value),
      text: localized(question[special.textProperty]),
      themes: [],
    });
  }
  return items;
}

export function isChoiceQuestion(type: string): boolean {
  return CHOICE_TYPES.has(type);
}

export function walkSurvey(survey: SurveyJson): SurveyOutline {
  const pages: PageInfo[] = [];
  const questions: QuestionInfo[] = [];
  const seenNames = new Set<string>();
  let unnamed = 0;

  const visit = (elements: unknown, page: string, panel: string | null): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!isRecord(element)) continue;
      const type = typeof element.type === 'string' ? element.type : '';
      if (type === 'panel') {
        const panelName = typeof element.name === 'string' ? element.name : panel;
        visit(element.elements, page, panelName);
        continue;
      }
      unnamed += 1;
      // SurveyJS names unnamed questions question1, question2…; follow it so matching stays stable.
      const name = typeof element.name === 'string' && element.name !== '' ? element.name : `question${unnamed}`;
      // A duplicate name is an authoring error; SurveyJS would share one value, so keep the first.
      if (seenNames.has(name)) continue;
      seenNames.add(name);
      questions.push({ name, type, json: element, page, panel, position: questions.length + 1 });
    }
  };

  const rawPages = Array.isArray(survey.pages) ? survey.pages : [];
  rawPages.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const name = typeof raw.name === 'string' && raw.name !== '' ? raw.name : `page${index + 1}`;
    pages.push({ name, position: pages.length + 1, json: raw });
    visit(raw.elements, name, null);
  });
  // A survey with top-level elements and no pages is one implicit page, as SurveyJS builds it.
  if (rawPages.length === 0 && Array.isArray(survey.elements)) {
    pages.push({ name: 'page1', position: 1, json: {} });
    visit(survey.elements, 'page1', null);
  }
  return { pages, questions };
}
