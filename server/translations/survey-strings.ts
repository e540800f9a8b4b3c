/**
 * The translatable strings of a SurveyJS document, each under a stable id built from question,
 * page and choice names (never array positions where a name exists), so an id survives questions
 * being reordered and is the same in every version that keeps the names.
 */
export interface SurveyString {
  /** e.g. `title`, `pages.about_you.title`, `needs.title`, `needs.choices.housing`, `age.validators.0.text`. */
  id: string;
  /** Where the `{ default, fr, … }` object sits in the JSON, as keys and indexes. */
  path: (string | number)[];
  /** The English (default) text. */
  source: string;
  /** Every other locale's text, as written. */
  texts: Record<string, string>;
}

type Json = Record<string, unknown>;

// Questions and panels are named uniquely across the whole survey: an element's id starts afresh
// (`needs.title`), so moving it to another page keeps it. Pages keep their prefix (`pages.needs.title`):
// a page may share a question's name.
const ELEMENT_LISTS = new Set(['elements', 'templateElements']);
// Keys Tessera keeps beside the strings: not translatable text.
const SKIPPED_KEYS = new Set(['translationStatus', 'translationSources']);

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function itemSegment(item: unknown, index: number): string {
  if (isObject(item)) {
    if (typeof item.name === 'string' && item.name) return item.name;
    if (typeof item.value === 'string' || typeof item.value === 'number') return String(item.value);
  }
  return String(index);
}

/** Every localized string of the survey in document order, with unique ids. */
export function surveyStrings(survey: unknown): SurveyString[] {
  const found: SurveyString[] = [];
  const visit = (node: unknown, segments: string[], path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...segments, itemSegment(item, index)], [...path, index]));
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.default === 'string') {
      const texts: Record<string, string> = {};
      for (const [locale, text] of Object.entries(node)) {
        if (locale !== 'default' && typeof text === 'string') texts[locale] = text;
      }
      found.push({ id: segments.join('.'), path, source: node.default, texts });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (SKIPPED_KEYS.has(key) && path.length === 0) continue;
      visit(child, ELEMENT_LISTS.has(key) ? [] : [...segments, key], [...path, key]);
    }
  };
  visit(survey, [], []);
  return uniqueIds(found);
}

/** Two strings sharing an id (a page named like a question) fall back to their full JSON path. */
function uniqueIds(strings: SurveyString[]): SurveyString[] {
  const counts = new Map<string, number>();
  for (const entry of strings) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
  return strings.map((entry) => (counts.get(entry.id)! > 1 ? { ...entry, id: entry.path.join('/') } : entry));
}
