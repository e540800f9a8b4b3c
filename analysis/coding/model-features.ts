import { features } from './classifier';
import { foldText, tokenize } from './normalize';

/**
 * How an answer is turned into the per-theme model's features; stored in the fitted model so
 * coding extracts exactly what the model was fitted on.
 */
export type FeatureSettings = {
  /**
   * Character n-grams of every word, with its boundaries marked ("<loyer>" gives "<lo", "loy"…),
   * lengths min..max. They carry what stems miss: misspellings ("apartement"), morphology the
   * stemmers do not know (Ukrainian, Farsi, Arabic, Tagalog affixes) and romanised Punjabi.
   */
  grams?: { min: number; max: number; buckets?: number };
  /**
   * Each family of features (words, n-grams) scaled by 1/sqrt(how many of them the answer has),
   * at fitting and at coding alike. Absent: the words are scaled by how many of them the theme's
   * table knows, which after pruning is fewer at coding than at fitting.
   */
  normalise?: 'answer';
};

/** N-gram features start with this, which no word feature can (words are letters and digits). */
export const GRAM_MARK = '#';

export const isGram = (feature: string): boolean => feature.startsWith(GRAM_MARK);

/** The model's features of an answer: the words (stems, or character bigrams), then the n-grams if asked for. */
export function modelFeatures(text: string, lang: string | undefined, settings: FeatureSettings = {}): string[] {
  const words = features(text, lang);
  const grams = settings.grams;
  if (!grams) return words;
  const found = new Set<string>();
  for (const word of new Set(wordsOf(text))) {
    const padded = `<${word}>`;
    for (let length = grams.min; length <= grams.max; length += 1) {
      for (let at = 0; at + length <= padded.length; at += 1) {
        found.add(GRAM_MARK + (grams.buckets ? bucketOf(padded, at, length, grams.buckets) : padded.slice(at, at + length)));
      }
    }
  }
  for (const gram of found) words.push(gram);
  return words;
}

const wordsOf = (text: string): string[] => tokenize(foldText(text));

/** FNV-1a over the n-gram's UTF-16 code units, into one of `buckets`: a bounded model whatever the languages. */
function bucketOf(text: string, at: number, length: number, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = at; index < at + length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % buckets;
}
