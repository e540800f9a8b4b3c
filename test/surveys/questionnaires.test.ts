import { describe, expect, it } from 'vitest';
import { SurveyModel } from 'survey-core';
import { TOPIC_CODES } from '../../analysis/taxonomy/codes';
import { questionnaires } from '../../surveys/catalog';
import { choiceThemes, registerTesseraProperties } from '../../surveys/survey-properties';

registerTesseraProperties();

// A choice names a topic, so `no_content` (an empty answer) is not a valid choice theme.
const TAXONOMY_CODES: ReadonlySet<string> = new Set(TOPIC_CODES);

// What docs/architecture.md lets the shipped questionnaires use (the server validator supports these).
const ALLOWED_TYPES = new Set([
  'radiogroup', 'checkbox', 'dropdown', 'rating', 'boolean', 'text', 'comment', 'matrix', 'html',
]);

// Keys SurveyJS treats as localizable strings: a plain string there would show English to everyone.
const LOCALIZABLE_KEYS = new Set([
  'title', 'description', 'text', 'html', 'placeholder', 'otherText', 'noneText', 'refuseText',
  'otherPlaceholder', 'commentPlaceholder', 'minRateDescription', 'maxRateDescription', 'labelTrue',
  'labelFalse', 'requiredErrorText', 'otherErrorText', 'completedHtml', 'completedBeforeHtml',
  'loadingHtml', 'commentText', 'completeText', 'pageNextText', 'pagePrevText', 'startSurveyText',
]);

// Questions whose choices name a need, barrier, gap or service: each of their choices carries themes.
const THEMED_QUESTIONS: Record<string, string[]> = {
  'newcomer-needs': [
    'needs', 'top_priorities', 'children_school_help', 'barriers', 'services_used',
    'services_satisfaction', 'reasons_to_leave', 'discrimination_settings',
  ],
  'provider-survey': [
    'service_gaps', 'top_gaps', 'populations_underserved', 'collaboration_barriers', 'supports_needed',
  ],
};

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const RESERVED_VALUES = new Set(['other', 'none', 'refused', 'dontknow']);
const REVIEWED = ['default', 'fr'] as const;

type Json = Record<string, unknown>;
interface Choice extends Json { value: string; themes?: string[] }
interface Element extends Json {
  type: string;
  name: string;
  choices?: Choice[];
  rows?: Choice[];
  columns?: Choice[];
  validators?: Json[];
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function elementsOf(survey: Json): Element[] {
  const pages = (survey.pages ?? []) as { elements?: Element[] }[];
  return pages.flatMap((page) => page.elements ?? []);
}

function itemListsOf(element: Element): [string, Choice[]][] {
  const lists: [string, Choice[]][] = [];
  for (const key of ['choices', 'rows', 'columns'] as const) {
    const items = element[key];
    if (items) lists.push([key, items]);
  }
  return lists;
}

/** Every problem with the localized strings, as "path: what is wrong". */
function localizationProblems(node: unknown, locales: string[], path: string, key = ''): string[] {
  if (typeof node === 'string') {
    return LOCALIZABLE_KEYS.has(key) ? [`${path}: plain string "${node}" is not localized`] : [];
  }
  if (Array.isArray(node)) {
    const isItemList = ['choices', 'rows', 'columns', 'rateValues'].includes(key);
    return node.flatMap((item, index) =>
      isItemList && !isObject(item)
        ? [`${path}[${index}]: item without a localized text`]
        : localizationProblems(item, locales, `${path}[${index}]`),
    );
  }
  if (!isObject(node)) return [];
  if ('default' in node) {
    return locales
      .filter((locale) => typeof node[locale] !== 'string' || (node[locale] as string).trim() === '')
      .map((locale) => `${path}: missing or empty "${locale}"`);
  }
  return Object.entries(node).flatMap(([childKey, child]) =>
    childKey === 'translationStatus' ? [] : localizationProblems(child, locales, `${path}.${childKey}`, childKey),
  );
}

describe.each(questionnaires.map((q) => [q.key, q] as const))('the %s questionnaire', (key, questionnaire) => {
  const json = questionnaire.json;
  const elements = elementsOf(json);
  const questions = elements.filter((element) => element.type !== 'html');

  it('loads in survey-core without JSON errors and with every question', () => {
    const model = new SurveyModel(json);
    expect(model.jsonErrors ?? []).toEqual([]);
    expect(model.getAllQuestions().map((q) => q.name)).toEqual(elements.map((e) => e.name));
  });

  it('uses only the question types the server validator supports', () => {
    expect(elements.map((element) => element.type).filter((type) => !ALLOWED_TYPES.has(type))).toEqual([]);
  });

  it('declares its audience consistently with the catalog', () => {
    expect(json.audience).toBe(questionnaire.audience);
    expect(questionnaire.title.en).toBe((json.title as Json).default);
    expect(questionnaire.title.fr).toBe((json.title as Json).fr);
  });

  it('declares English and French reviewed and the seven other languages as drafts', () => {
    expect(json.translationStatus).toEqual({
      en: 'reviewed', fr: 'reviewed', ar: 'draft', es: 'draft', 'zh-cn': 'draft', pa: 'draft', tl: 'draft',
      fa: 'draft', uk: 'draft',
    });
  });

  it('has a non-empty English and French text, and one for each declared locale, for every string', () => {
    const declared = Object.keys(json.translationStatus as Json).filter((locale) => locale !== 'en');
    const locales = [...new Set([...REVIEWED, ...declared])];
    expect(localizationProblems(json, locales, key)).toEqual([]);
  });

  it('shows the title and first question in each declared locale', () => {
    const model = new SurveyModel(json);
    const first = elements.find((element) => element.type !== 'html');
    for (const locale of Object.keys(json.translationStatus as Json).filter((l) => l !== 'en')) {
      model.locale = locale;
      expect(model.title, locale).toBe((json.title as Json)[locale]);
      expect(model.getQuestionByName(first?.name ?? '').title, locale).toBe((first?.title as Json)[locale]);
    }
  });

  it('keeps the HTML markup and {placeholders} of the English text in every translation', () => {
    const markup = (text: string) => (text.match(/<\/?[a-z][a-z0-9]*/gi) ?? []).map((tag) => tag.toLowerCase());
    const placeholders = (text: string) => (text.match(/\{[^}]+\}/g) ?? []).sort();
    const problems: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}[${index}]`));
      if (!isObject(node)) return;
      if (typeof node.default === 'string') {
        const source = node.default;
        for (const [locale, text] of Object.entries(node)) {
          if (typeof text !== 'string' || locale === 'default') continue;
          if (markup(text).join() !== markup(source).join()) problems.push(`${path} ${locale}: markup differs`);
          if (placeholders(text).join() !== placeholders(source).join()) problems.push(`${path} ${locale}: placeholders differ`);
        }
        return;
      }
      for (const [childKey, child] of Object.entries(node)) visit(child, `${path}.${childKey}`);
    };
    visit(json, key);
    expect(problems).toEqual([]);
  });

  it('tags choices only with codes of the shared taxonomy', () => {
    const unknown = questions.flatMap((question) =>
      itemListsOf(question).flatMap(([, items]) =>
        items.flatMap((item) => (item.themes ?? []).filter((code) => !TAXONOMY_CODES.has(code))),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('tags every choice of the need, barrier, gap and service questions with at least one theme', () => {
    const expected = THEMED_QUESTIONS[key] ?? [];
    const untagged: string[] = [];
    for (const name of expected) {
      const question = questions.find((q) => q.name === name);
      expect(question, `question ${name}`).toBeDefined();
      const items = question?.type === 'matrix' ? question.rows : question?.choices;
      expect(items?.length, `items of ${name}`).toBeGreaterThan(0);
      for (const item of items ?? []) {
        if (!item.themes?.length) untagged.push(`${name}.${item.value}`);
      }
    }
    expect(untagged).toEqual([]);
  });

  it('uses unique snake_case names for its questions and pages', () => {
    const names = elements.map((element) => element.name);
    expect(names.filter((name) => !SNAKE_CASE.test(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    const pageNames = ((json.pages ?? []) as Json[]).map((page) => page.name as string);
    expect(pageNames.filter((name) => !SNAKE_CASE.test(name))).toEqual([]);
  });

  it('uses unique snake_case choice values that do not collide with the special items', () => {
    const problems: string[] = [];
    for (const question of questions) {
      for (const [list, items] of itemListsOf(question)) {
        const values = items.map((item) => item.value);
        for (const value of values) {
          if (typeof value !== 'string' || !SNAKE_CASE.test(value)) problems.push(`${question.name}.${list}: ${value}`);
          if (RESERVED_VALUES.has(value)) problems.push(`${question.name}.${list}: reserved ${value}`);
        }
        if (new Set(values).size !== values.length) problems.push(`${question.name}.${list}: duplicate values`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('limits a top-priorities question with maxSelectedChoices', () => {
    const limited = questions.filter((q) => q.type === 'checkbox' && typeof q.maxSelectedChoices === 'number');
    expect(limited.length).toBeGreaterThan(0);
    for (const question of limited) expect(question.maxSelectedChoices).toBe(3);
  });

  it('shows follow-up questions through visibleIf', () => {
    expect(questions.some((q) => typeof q.visibleIf === 'string')).toBe(true);
  });

  it('has a numeric input with a bounded numeric validator', () => {
    const numeric = questions.filter(
      (q) =>
        q.type === 'text' &&
        q.inputType === 'number' &&
        q.validators?.some(
          (v) => v.type === 'numeric' && typeof v.minValue === 'number' && typeof v.maxValue === 'number',
        ),
    );
    expect(numeric.length).toBeGreaterThan(0);
  });

  it('has a requiredIf or an expression validator', () => {
    const conditional = questions.filter(
      (q) => typeof q.requiredIf === 'string' || q.validators?.some((v) => v.type === 'expression'),
    );
    expect(conditional.length).toBeGreaterThan(0);
  });

  it('marks at least two free-text questions as open-ended, and only free-text ones', () => {
    const openEnded = questions.filter((q) => q.openEnded === true);
    expect(openEnded.length).toBeGreaterThanOrEqual(2);
    expect(openEnded.filter((q) => q.type !== 'comment' && q.type !== 'text')).toEqual([]);
  });

  it('keeps every theme through a survey-core round trip', () => {
    const model = new SurveyModel(json);
    const saved = new SurveyModel(model.toJSON());
    for (const question of questions) {
      for (const [list, items] of itemListsOf(question)) {
        const loaded = saved.getQuestionByName(question.name) as unknown as Record<
          string,
          { getPropertyValue(name: string): unknown }[]
        >;
        const themes = (loaded[list] ?? []).map((item) => choiceThemes(item));
        expect(themes, `${question.name}.${list}`).toEqual(items.map((item) => item.themes ?? []));
      }
    }
  });
});

describe('the catalog', () => {
  it('lists each questionnaire once under a distinct key', () => {
    const keys = questionnaires.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(['newcomer-needs', 'provider-survey']);
  });
});
