import { deletions, FUZZY_MIN_LENGTH, letterKey, MATCH_CACHE_LIMIT, pairKey, UNKEYED, type Hit, type SubstringLexicon, type WordLexicon, type WordMatch } from './compile-lexicon';

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

function lookUp(lexicon: WordLexicon, token: string, fixTypos: boolean): WordMatch | null {
  if (lexicon.stopwords.has(token)) return null;
  const word = fixTypos ? correct(lexicon, token) : token;
  const stem = lexicon.stem(word);
  return { stem, phrases: lexicon.phrases.get(stem), hits: lexicon.surface.get(word) ?? lexicon.stems.get(stem) };
}

/** Hits of a word lexicon in one clause's tokens: phrases first, each word used once. */
export function matchWords(
  lexicon: WordLexicon,
  tokens: readonly string[],
  onHit: (hit: Hit) => void,
  fixTypos = true,
): void {
  const cache = fixTypos ? lexicon.matches.corrected : lexicon.matches.typed;
  const words: WordMatch[] = [];
  for (const token of tokens) {
    let match = cache.get(token);
    if (match === undefined) {
      match = lookUp(lexicon, token, fixTypos);
      if (cache.size >= MATCH_CACHE_LIMIT) cache.clear();
      cache.set(token, match);
    }
    if (match !== null) words.push(match);
  }
  let index = 0;
  while (index < words.length) {
    const { phrases, hits } = words[index] as WordMatch;
    let used = 0;
    if (phrases) {
      for (const phrase of phrases) {
        if (phrase.rest.every((part, offset) => words[index + 1 + offset]?.stem === part)) {
          for (const hit of phrase.hits) onHit(hit);
          used = phrase.rest.length + 1;
          break;
        }
      }
    }
    if (used === 0) {
      if (hits) for (const hit of hits) onHit(hit);
      used = 1;
    }
    index += used;
  }
}

/** Indexes (in lexicon order) of the terms filed under a letter or a pair of the text: the only ones it can contain. */
function candidateTerms(lexicon: SubstringLexicon, text: string): number[] {
  const marked = new Uint8Array(lexicon.terms.length);
  const mark = (key: number): void => {
    const positions = lexicon.byPair.get(key);
    if (positions) for (const position of positions) marked[position] = 1;
  };
  mark(UNKEYED);
  for (let at = 0; at < text.length; at += 1) {
    mark(letterKey(text, at));
    if (at + 1 < text.length) mark(pairKey(text, at));
  }
  const candidates: number[] = [];
  for (let position = 0; position < marked.length; position += 1) if (marked[position] === 1) candidates.push(position);
  return candidates;
}

/** Hits of a substring lexicon in a folded clause; a matched stretch is not matched again. */
export function matchSubstrings(lexicon: SubstringLexicon, folded: string, onHit: (hit: Hit) => void): void {
  // A space in front so terms anchored at a word start (" мов") match the first word too; word
  // breaks are spaces and punctuation, which become spaces for this match.
  let remaining = ` ${folded.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')}`;
  // Blanking a match out makes no new pair of letters, so the candidates found before any match are enough.
  for (const position of candidateTerms(lexicon, remaining)) {
    const { term, hits } = lexicon.terms[position] as SubstringLexicon['terms'][number];
    let at = remaining.indexOf(term);
    while (at !== -1) {
      for (const hit of hits) onHit(hit);
      // Blank the match out so a shorter term inside it does not count again.
      remaining = remaining.slice(0, at) + ' '.repeat(term.length) + remaining.slice(at + term.length);
      at = remaining.indexOf(term, at + term.length);
    }
  }
}
