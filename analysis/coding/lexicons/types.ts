import type { ThemeCode } from '../../taxonomy';

export type TopicCode = Exclude<ThemeCode, 'no_content'>;

/** Terms for one theme: `strong` alone is enough to code it, `weak` needs support. */
export type ThemeTerms = { strong?: string[]; weak?: string[] };

/**
 * Terms that qualify another topic rather than name one. They count for `theme` only in a clause
 * where no term that alone codes one of `unlessWith` appears: "expensive" is basic_needs in
 * "everything is expensive" but only says how dear the rent is in "rent is too expensive".
 * Each term must also be listed under `theme`.
 */
export type QualifierRule = { theme: TopicCode; terms: string[]; unlessWith: TopicCode[] };

/**
 * Ambiguous words that name a theme only in the right company: they count for `theme` only in a
 * clause where one of `cues` also occurs (a cue matches a word that starts with it). "Council"
 * is civic participation next to "vote" or "represented", not in "the Partnership Council met";
 * "coverage" is media next to "news", not next to "insurance". Each term must be listed under `theme`.
 */
export type ContextRule = { theme: TopicCode; terms: string[]; cues: string[] };

export type LexiconSource = {
  lang: 'en' | 'fr' | 'es' | 'tl' | 'ar' | 'zh-cn' | 'pa' | 'fa' | 'uk';
  /** `words`: stemmed word and phrase matching; `substring`: scripts written without spaces or with clitics. */
  match: 'words' | 'substring';
  stopwords?: string[];
  terms: Partial<Record<TopicCode, ThemeTerms>>;
  qualifiers?: QualifierRule[];
  contexts?: ContextRule[];
};

/**
 * Topics a price word can be about. The labelling rules put rent under housing and a
 * prescription's, a course's or a bus pass's cost under that topic; only prices on their own
 * (groceries, bills, "everything is expensive") are basic_needs.
 */
export const PRICED_TOPICS: TopicCode[] = [
  'housing',
  'health',
  'education',
  'transportation',
  'recreation_public_space',
  'credential_recognition',
];

export const STRONG_WEIGHT = 1;
export const WEAK_WEIGHT = 0.45;
