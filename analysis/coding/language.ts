import { SCRIPTS } from './normalize';

export type CoderLanguage = 'en' | 'fr' | 'es' | 'tl' | 'ar' | 'zh-cn' | 'pa';

/** Maps a SurveyJS locale (or a BCP 47 tag such as fr-CA, zh-Hans) to a lexicon language. */
export function lexiconLanguage(locale: string | undefined): CoderLanguage | undefined {
  if (!locale) return undefined;
  const tag = locale.toLowerCase();
  const base = tag.split(/[-_]/)[0];
  if (base === 'zh') return 'zh-cn';
  if (base === 'fil') return 'tl';
  if (base === 'en' || base === 'fr' || base === 'es' || base === 'tl' || base === 'ar' || base === 'pa') return base;
  return undefined;
}

// The respondent's chosen language is the prior: language identification is unreliable on a
// few words. English and French still count at a lower weight because mixed answers are
// common ("le housing est trop cher"); a script seen in the text counts fully whatever the choice.
export const SECONDARY_WEIGHT = 0.75;

export function lexiconWeights(lang: CoderLanguage | undefined, folded: string): [CoderLanguage, number][] {
  const weights = new Map<CoderLanguage, number>();
  if (lang === undefined) {
    weights.set('en', 1).set('fr', 1).set('es', SECONDARY_WEIGHT).set('tl', SECONDARY_WEIGHT);
  } else {
    weights.set(lang, 1);
    if (!weights.has('en')) weights.set('en', SECONDARY_WEIGHT);
    if (!weights.has('fr')) weights.set('fr', SECONDARY_WEIGHT);
  }
  if (SCRIPTS.arabic.test(folded)) weights.set('ar', 1);
  if (SCRIPTS.han.test(folded)) weights.set('zh-cn', 1);
  if (SCRIPTS.gurmukhi.test(folded)) weights.set('pa', 1);
  // Substring lexicons only run when their script is present: on Latin text they cannot match.
  if (!SCRIPTS.arabic.test(folded)) weights.delete('ar');
  if (!SCRIPTS.han.test(folded)) weights.delete('zh-cn');
  if (!SCRIPTS.gurmukhi.test(folded)) weights.delete('pa');
  return [...weights];
}
