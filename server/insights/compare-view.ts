import type { Bilingual } from '../../analysis/comparisons';

/**
 * What a reader of a comparison asked to receive. A 40-community comparison carries hundreds of
 * flags with a sentence in both languages; a screen that shows one language and the flags
 * against the overall share needs a fraction of it (the workspace's results page), while API
 * users keep the full answer by default.
 */
export interface CompareView {
  /** Only this language of each sentence (flags' `text`, waves' `note`); both when absent. */
  lang?: 'en' | 'fr' | undefined;
  /** `overall`: only the flags against the overall share, not the pairwise ones. */
  flags?: 'all' | 'overall' | undefined;
}

type Sentence = Bilingual | Partial<Bilingual> | null | undefined;

function oneLanguage<T extends Sentence>(text: T, lang: CompareView['lang']): T {
  if (!lang || !text) return text;
  return { [lang]: text[lang] } as T;
}

/** The comparison trimmed to what the view asks for; untouched when it asks for nothing. */
export function viewComparison<
  T extends {
    flags: ReadonlyArray<{ kind: string; text: Sentence }>;
    themes: ReadonlyArray<object>;
  },
>(comparison: T, view: CompareView): T {
  if (!view.lang && view.flags !== 'overall') return comparison;
  const flags = comparison.flags
    .filter((flag) => view.flags !== 'overall' || flag.kind === 'vs-overall')
    .map((flag) => (view.lang ? { ...flag, text: oneLanguage(flag.text, view.lang) } : flag));
  // Wave comparisons carry a note per theme (wave-basis.ts); community ones do not.
  const themes = view.lang ? comparison.themes.map((theme) => ('note' in theme ? { ...theme, note: oneLanguage(theme.note as Sentence, view.lang) } : theme)) : comparison.themes;
  return { ...comparison, flags, themes };
}
