import { sha256Hex } from '../lib/ids';
import { surveyStrings, type SurveyString } from './survey-strings';

/**
 * A language's status in a version: `draft` (a first, often machine-made translation),
 * `community_reviewed` (checked by people who speak it), `approved` (signed off for use).
 * `reviewed` is the older word for approved that versions published before the lifecycle carry.
 */
export const LANGUAGE_STATUSES = ['draft', 'community_reviewed', 'approved', 'reviewed'] as const;
export type LanguageStatus = (typeof LANGUAGE_STATUSES)[number];

export type StringState = 'translated' | 'stale' | 'missing';

/** locale → string id → short hash of the English text the translation was made from. */
export type TranslationSources = Record<string, Record<string, string>>;

export interface StringDetail {
  id: string;
  source: string;
  text: string | null;
  state: StringState;
}

export interface LocaleSummary {
  status: LanguageStatus;
  translated: number;
  stale: number;
  missing: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** 12 hex digits of SHA-256: short enough to keep beside every stale string, far from colliding within one survey. */
export function sourceHash(text: string): string {
  return sha256Hex(text).slice(0, 12);
}

/**
 * The recorded sources. Only translations made from an older English text have an entry: a
 * translation without one translates the text beside it, which keeps the survey JSON small.
 */
export function translationSources(survey: Json): TranslationSources {
  const raw = survey.translationSources;
  if (!isObject(raw)) return {};
  const sources: TranslationSources = {};
  for (const [locale, entries] of Object.entries(raw)) {
    if (!isObject(entries)) continue;
    sources[locale] = Object.fromEntries(
      Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }
  return sources;
}

export function declaredStatuses(survey: Json): Record<string, string> {
  const raw = survey.translationStatus;
  if (!isObject(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function languageStatusOf(survey: Json, locale: string): LanguageStatus {
  const declared = declaredStatuses(survey)[locale];
  return (LANGUAGE_STATUSES as readonly string[]).includes(declared ?? '') ? (declared as LanguageStatus) : 'draft';
}

/** The languages a survey is translated into (English, its source, excluded): declared ones first. */
export function translationLocales(survey: Json, strings: SurveyString[] = surveyStrings(survey)): string[] {
  const locales = new Set(Object.keys(declaredStatuses(survey)));
  const found = new Set<string>();
  for (const entry of strings) for (const locale of Object.keys(entry.texts)) found.add(locale);
  return [...locales, ...[...found].filter((locale) => !locales.has(locale)).sort()].filter((locale) => locale !== 'en' && locale !== 'default');
}

export function stringState(entry: SurveyString, locale: string, sources: TranslationSources): StringState {
  const text = entry.texts[locale];
  if (text === undefined || text.trim() === '') return 'missing';
  const recorded = sources[locale]?.[entry.id];
  return recorded !== undefined && recorded !== sourceHash(entry.source) ? 'stale' : 'translated';
}

export function stringDetails(survey: Json, locale: string): StringDetail[] {
  const sources = translationSources(survey);
  return surveyStrings(survey).map((entry) => ({
    id: entry.id,
    source: entry.source,
    text: entry.texts[locale] ?? null,
    state: stringState(entry, locale, sources),
  }));
}

/** Counts per language of translated, stale and missing strings, with the language's status. */
export function translationSummary(survey: Json): Record<string, LocaleSummary> {
  const strings = surveyStrings(survey);
  const sources = translationSources(survey);
  const summary: Record<string, LocaleSummary> = {};
  for (const locale of translationLocales(survey, strings)) {
    const counts: LocaleSummary = { status: languageStatusOf(survey, locale), translated: 0, stale: 0, missing: 0 };
    for (const entry of strings) counts[stringState(entry, locale, sources)] += 1;
    summary[locale] = counts;
  }
  return summary;
}
