import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';

export type StemLanguage = 'en' | 'fr' | 'es' | 'tl';
export type Stemmer = (word: string) => string;

// The French Snowball stemmer leaves "emplois" apart from "emploi" (and "loyers" from "loyer"):
// drop a plural -s/-x first. Applied to lexicon terms too, so both sides fold the same way.
function foldRomancePlural(word: string): string {
  if (word.length > 3 && /[^s][sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

const BASE: Record<StemLanguage, Stemmer> = {
  en: englishStemmer,
  fr: (word) => frenchStemmer(foldRomancePlural(word)),
  es: (word) => spanishStemmer(foldRomancePlural(word)),
  // No Tagalog stemmer exists in the stack; Tagalog terms are listed in the forms people write.
  tl: (word) => word,
};

// Answers repeat the same few hundred words; caching keeps stemming off the hot path.
const CACHE_LIMIT = 50_000;

export function createStemmer(lang: StemLanguage): Stemmer {
  const base = BASE[lang];
  const cache = new Map<string, string>();
  return (word) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      stem = /^\d+$/.test(word) ? word : base(word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, stem);
    }
    return stem;
  };
}
