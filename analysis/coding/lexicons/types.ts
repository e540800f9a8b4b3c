import type { ThemeCode } from '../../taxonomy';

export type TopicCode = Exclude<ThemeCode, 'no_content'>;

/** Terms for one theme: `strong` alone is enough to code it, `weak` needs support. */
export type ThemeTerms = { strong?: string[]; weak?: string[] };

export type LexiconSource = {
  lang: 'en' | 'fr' | 'es' | 'tl' | 'ar' | 'zh-cn' | 'pa';
  /** `words`: stemmed word and phrase matching; `substring`: scripts written without spaces or with clitics. */
  match: 'words' | 'substring';
  stopwords?: string[];
  terms: Partial<Record<TopicCode, ThemeTerms>>;
};

export const STRONG_WEIGHT = 1;
export const WEAK_WEIGHT = 0.45;
