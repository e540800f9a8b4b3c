import { deletions, FUZZY_MIN_LENGTH, type Hit, type SubstringLexicon, type WordLexicon } from './compile-lexicon';

/**
 * Corrects a word one edit away from a lexicon word: a letter missed ("housng" → "housing"),
 * one too many ("doctorr") or mistyped ("docter" → "doctor").
 */
function correct(lexicon: WordLexicon, word: string): string {
  if (word.length < FUZZY_MIN_LENGTH || lexicon.known.surfaces.has(word)) return word;
  if (lexicon.known.stems.has(lexicon.stem(word))) return word;
  const missed = lexicon.fuzzy.get(word);
  if (missed) return missed;
  const variants = deletions(word);
  for (let index = 0; index < variants.length; index += 1) {
    const variant = variants[index] as string;
    if (lexicon.known.surfaces.has(variant)) return variant;
    const mistyped = lexicon.fuzzy.get(`${index}|${variant}`);
    if (mistyped) return mistyped;
  }
  return word;
}

/** Hits of a word lexicon in one clause's tokens: phrases first, each word used once. */
export function matchWords(
  lexicon: WordLexicon,
  tokens: readonly string[],
  onHit: (hit: Hit) => void,
  fixTypos = true,
): void {
  const words: string[] = [];
  for (const token of tokens) if (!lexicon.stopwords.has(token)) words.push(fixTypos ? correct(lexicon, token) : token);
  const stems = words.map(lexicon.stem);
  let index = 0;
  while (index < words.length) {
    const stem = stems[index] as string;
    const phrases = lexicon.phrases.get(stem);
    let used = 0;
    if (phrases) {
      for (const phrase of phrases) {
        if (phrase.rest.every((part, offset) => stems[index + 1 + offset] === part)) {
          for (const hit of phrase.hits) onHit(hit);
          used = phrase.rest.length + 1;
          break;
        }
      }
    }
    if (used === 0) {
      const hits = lexicon.surface.get(words[index] as string) ?? lexicon.stems.get(stem);
      if (hits) for (const hit of hits) onHit(hit);
      used = 1;
    }
    index += used;
  }
}

/** Hits of a substring lexicon in a folded clause; a matched stretch is not matched again. */
export function matchSubstrings(lexicon: SubstringLexicon, folded: string, onHit: (hit: Hit) => void): void {
  // A space in front so terms anchored at a word start (" мов") match the first word too; word
  // breaks are spaces and punctuation, which become spaces for this match.
  let remaining = ` ${folded.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')}`;
  for (const { term, hits } of lexicon.terms) {
    let at = remaining.indexOf(term);
    while (at !== -1) {
      for (const hit of hits) onHit(hit);
      // Blank the match out so a shorter term inside it does not count again.
      remaining = remaining.slice(0, at) + ' '.repeat(term.length) + remaining.slice(at + term.length);
      at = remaining.indexOf(term, at + term.length);
    }
  }
}
