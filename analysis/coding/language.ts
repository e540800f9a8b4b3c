import { PERSIAN_LETTERS, SCRIPTS } from './normalize';
import { detectTrigramLanguage } from './trigram-language';

export type CoderLanguage = 'en' | 'fr' | 'es' | 'tl' | 'ar' | 'zh-cn' | 'pa' | 'fa' | 'uk';

/** Maps a SurveyJS locale (or a BCP 47 tag such as fr-CA, zh-Hans, fa-AF) to a lexicon language. */
export function lexiconLanguage(locale: string | undefined): CoderLanguage | undefined {
  if (!locale) return undefined;
  const tag = locale.toLowerCase();
  const base = tag.split(/[-_]/)[0];
  if (base === 'zh') return 'zh-cn';
  if (base === 'fil') return 'tl';
  if (base === 'prs' || base === 'pes') return 'fa';
  if (base === 'en' || base === 'fr' || base === 'es' || base === 'tl' || base === 'ar' || base === 'pa' || base === 'fa' || base === 'uk') return base;
  return undefined;
}

// The respondent's chosen language is the prior: language identification is unreliable on a
// few words. English and French still count at a lower weight because mixed answers are
// common ("le housing est trop cher"); a script seen in the text counts fully whatever the choice.
export const SECONDARY_WEIGHT = 0.75;

const TRIGRAM_CODES: Record<string, CoderLanguage> = { eng: 'en', fra: 'fr', spa: 'es', tgl: 'tl' };
// Trigram identification is wrong on a few words ("logement trop cher" comes out English); it is
// asked only about longer Latin-script answers, and only adds a language to the chosen one,
// never removes it.
const TRIGRAM_MIN_LETTERS = 24;
const TRIGRAM_SAMPLE = 160;

/** The Latin-script language of a longer answer, by franc's trigram method among the four the coder has lexicons for. */
export function detectLatinLanguage(folded: string): CoderLanguage | undefined {
  let letters = 0;
  for (let index = 0; index < folded.length && letters < TRIGRAM_MIN_LETTERS; index += 1) {
    const code = folded.charCodeAt(index);
    if (code >= 97 && code <= 122) letters += 1;
  }
  if (letters < TRIGRAM_MIN_LETTERS) return undefined;
  // The first 160 characters tell the language as well as a whole paragraph, at a fraction of the cost.
  return TRIGRAM_CODES[detectTrigramLanguage(folded.slice(0, TRIGRAM_SAMPLE), TRIGRAM_MIN_LETTERS)];
}

export function lexiconWeights(lang: CoderLanguage | undefined, folded: string): [CoderLanguage, number][] {
  const weights = new Map<CoderLanguage, number>();
  if (lang === undefined) {
    weights.set('en', 1).set('fr', 1).set('es', SECONDARY_WEIGHT).set('tl', SECONDARY_WEIGHT);
  } else {
    weights.set(lang, 1);
    if (!weights.has('en')) weights.set('en', SECONDARY_WEIGHT);
    if (!weights.has('fr')) weights.set('fr', SECONDARY_WEIGHT);
  }
  const detected = detectLatinLanguage(folded);
  if (detected) weights.set(detected, 1);
  const arabicScript = SCRIPTS.arabic.test(folded);
  if (arabicScript) {
    // Persian letters decide Farsi; without them (a few words) the chosen language decides.
    if (PERSIAN_LETTERS.test(folded)) {
      weights.set('fa', 1);
      weights.delete('ar');
    }
    else if (lang === 'fa') weights.set('fa', 1).set('ar', SECONDARY_WEIGHT);
    else weights.set('ar', 1);
  }
  if (SCRIPTS.han.test(folded)) weights.set('zh-cn', 1);
  if (SCRIPTS.gurmukhi.test(folded)) weights.set('pa', 1);
  if (SCRIPTS.cyrillic.test(folded)) weights.set('uk', 1);
  // Substring lexicons run when their script is present; Punjabi also on Latin text when chosen,
  // since many write it romanised ("kam nahi milda"), and its lexicon lists those forms too.
  if (!arabicScript) {
    weights.delete('ar');
    weights.delete('fa');
  }
  if (!SCRIPTS.han.test(folded)) weights.delete('zh-cn');
  if (!SCRIPTS.gurmukhi.test(folded) && lang !== 'pa') weights.delete('pa');
  if (!SCRIPTS.cyrillic.test(folded)) weights.delete('uk');
  return [...weights];
}
