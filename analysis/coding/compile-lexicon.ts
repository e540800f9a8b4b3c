import { foldText, tokenize } from './normalize';
import { createStemmer, type StemLanguage, type Stemmer } from './stem';
import { STRONG_WEIGHT, WEAK_WEIGHT, type LexiconSource, type TopicCode } from './lexicons/types';

export type Hit = {
  theme: TopicCode;
  weight: number;
  /** A qualifier's hit: dropped when its clause has a non-qualifier strong hit for one of these. */
  unlessWith?: readonly TopicCode[];
  /** A context rule's hit: counts only when a word of its clause starts with one of these cues. */
  cues?: readonly string[];
};
export type Phrase = { rest: string[]; hits: Hit[] };

/** What a typed word comes to in one lexicon: its stem, the phrases it may start and its own hits. */
export type WordMatch = { stem: string; phrases: readonly Phrase[] | undefined; hits: readonly Hit[] | undefined };

export type WordLexicon = {
  kind: 'words';
  lang: string;
  stem: Stemmer;
  stopwords: ReadonlySet<string>;
  /** Exact folded words first: keeps "friendly" (attitudes) apart from "friends" (inclusion), which share a stem. */
  surface: ReadonlyMap<string, Hit[]>;
  stems: ReadonlyMap<string, Hit[]>;
  /** Phrases keyed by their first stem, longest first. */
  phrases: ReadonlyMap<string, Phrase[]>;
  known: { surfaces: ReadonlySet<string>; stems: ReadonlySet<string> };
  /**
   * Keys for one-letter typos → the lexicon word they correct to (null when two words compete):
   * the word less one letter (a letter missed), and `i|word less letter i` (a letter mistyped).
   */
  fuzzy: ReadonlyMap<string, string | null>;
  /**
   * Typed word → its match (null for a stopword), with and without typo correction: answers
   * repeat the same few thousand words, and correcting and stemming each again cost a tenth of
   * the coder's time. Filled as answers are coded; emptied when it reaches MATCH_CACHE_LIMIT.
   */
  matches: { typed: Map<string, WordMatch | null>; corrected: Map<string, WordMatch | null> };
};

export type SubstringLexicon = {
  kind: 'substring';
  lang: string;
  /** Longest first, so "家庭医生" is used up before "医生". */
  terms: { term: string; hits: Hit[] }[];
  /**
   * Each term's index in `terms`, filed under one of its letter pairs (a letter when it has no
   * pair without a space): a term can occur in a text only if that pair does, so a clause is
   * searched only for the terms filed under its own pairs instead of for all 230-270.
   */
  byPair: ReadonlyMap<number, readonly number[]>;
};

export type CompiledLexicon = WordLexicon | SubstringLexicon;

// Typos are corrected only on longer words: on short ones a one-letter change is a different word.
export const FUZZY_MIN_LENGTH = 6;

// Bounds each lexicon's word cache (two per word lexicon) at a few megabytes.
export const MATCH_CACHE_LIMIT = 50_000;

export function deletions(word: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < word.length; index += 1) keys.push(word.slice(0, index) + word.slice(index + 1));
  return keys;
}

/** Which context withdraws each qualifier term, keyed `theme|term`; throws on a term its theme does not list. */
function qualifierContexts(source: LexiconSource): Map<string, TopicCode[]> {
  const contexts = new Map<string, TopicCode[]>();
  for (const rule of source.qualifiers ?? []) {
    const listed = new Set([...(source.terms[rule.theme]?.strong ?? []), ...(source.terms[rule.theme]?.weak ?? [])]);
    for (const term of rule.terms) {
      if (!listed.has(term)) throw new Error(`${source.lang} qualifier "${term}" is not a ${rule.theme} term`);
      const key = `${rule.theme}|${term}`;
      contexts.set(key, [...new Set([...(contexts.get(key) ?? []), ...rule.unlessWith])]);
    }
  }
  return contexts;
}

/** The cues each context-bound term needs, keyed `theme|term`; throws on a term its theme does not list. */
function contextCues(source: LexiconSource): Map<string, string[]> {
  const cues = new Map<string, string[]>();
  for (const rule of source.contexts ?? []) {
    const listed = new Set([...(source.terms[rule.theme]?.strong ?? []), ...(source.terms[rule.theme]?.weak ?? [])]);
    for (const term of rule.terms) {
      if (!listed.has(term)) throw new Error(`${source.lang} context term "${term}" is not a ${rule.theme} term`);
      const key = `${rule.theme}|${term}`;
      cues.set(key, [...new Set([...(cues.get(key) ?? []), ...rule.cues.map(foldText)])]);
    }
  }
  return cues;
}

function eachTerm(source: LexiconSource, visit: (term: string, hit: Hit) => void): void {
  const contexts = qualifierContexts(source);
  const cues = contextCues(source);
  const hitFor = (theme: TopicCode, term: string, weight: number): Hit => {
    const unlessWith = contexts.get(`${theme}|${term}`);
    const needs = cues.get(`${theme}|${term}`);
    return { theme, weight, ...(unlessWith ? { unlessWith } : {}), ...(needs ? { cues: needs } : {}) };
  };
  for (const [theme, terms] of Object.entries(source.terms) as [TopicCode, LexiconSource['terms'][TopicCode]][]) {
    for (const term of terms?.strong ?? []) visit(term, hitFor(theme, term, STRONG_WEIGHT));
    for (const term of terms?.weak ?? []) visit(term, hitFor(theme, term, WEAK_WEIGHT));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A pair of UTF-16 code units as one number; a single unit as a negative one, apart from every pair. */
export const pairKey = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
export const letterKey = (text: string, at: number): number => -1 - text.charCodeAt(at);
/** Where a term with no letter but spaces would be filed: searched in every text. */
export const UNKEYED = -0x10001;

const SPACE = 32;

// Keys without a space: matching blanks matched stretches out with spaces, which makes pairs
// with a space that the text did not have ("abc мов" → "    мов"), never pairs of two letters.
function termKeys(term: string): number[] {
  const keys: number[] = [];
  for (let at = 0; at + 1 < term.length; at += 1) {
    if (term.charCodeAt(at) !== SPACE && term.charCodeAt(at + 1) !== SPACE) keys.push(pairKey(term, at));
  }
  if (keys.length > 0) return keys;
  for (let at = 0; at < term.length; at += 1) if (term.charCodeAt(at) !== SPACE) keys.push(letterKey(term, at));
  return keys.length > 0 ? keys : [UNKEYED];
}

/** Files each term under its rarest key among the lexicon's terms, so few terms share a key. */
function pairIndex(terms: readonly string[]): Map<number, number[]> {
  const frequency = new Map<number, number>();
  for (const term of terms) for (const key of new Set(termKeys(term))) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const index = new Map<number, number[]>();
  terms.forEach((term, position) => {
    const keys = termKeys(term);
    const rarest = keys.reduce((best, key) => ((frequency.get(key) as number) < (frequency.get(best) as number) ? key : best));
    push(index, rarest, position);
  });
  return index;
}

export function compileLexicon(source: LexiconSource): CompiledLexicon {
  if (source.match === 'substring') {
    const byTerm = new Map<string, Hit[]>();
    // "^term" matches at the start of a word only: the answer is matched with a space in front.
    const fold = (term: string): string => foldText(term).replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
    eachTerm(source, (term, hit) => push(byTerm, term.startsWith('^') ? ` ${fold(term.slice(1))}` : fold(term), hit));
    const terms = [...byTerm].map(([term, hits]) => ({ term, hits }));
    terms.sort((a, b) => b.term.length - a.term.length);
    return { kind: 'substring', lang: source.lang, terms, byPair: pairIndex(terms.map(({ term }) => term)) };
  }
  const stem = createStemmer(source.lang as StemLanguage);
  const stopwords = new Set((source.stopwords ?? []).map(foldText));
  const surface = new Map<string, Hit[]>();
  const stems = new Map<string, Hit[]>();
  const phraseLists = new Map<string, Phrase[]>();
  const surfaces = new Set<string>();
  const knownStems = new Set<string>();
  eachTerm(source, (term, hit) => {
    // "=word" matches that exact word only: "=immigration" must not catch "immigrants" (same stem).
    const exact = term.startsWith('=');
    const words = tokenize(foldText(exact ? term.slice(1) : term)).filter((word) => !stopwords.has(word));
    for (const word of words) {
      surfaces.add(word);
      knownStems.add(stem(word));
    }
    const first = words[0];
    if (first === undefined) return;
    if (words.length === 1) {
      push(surface, first, hit);
      if (!exact) push(stems, stem(first), hit);
      return;
    }
    const [head, ...rest] = words.map(stem) as [string, ...string[]];
    const list = phraseLists.get(head) ?? [];
    const same = list.find((phrase) => phrase.rest.join(' ') === rest.join(' '));
    if (same) same.hits.push(hit);
    else list.push({ rest, hits: [hit] });
    phraseLists.set(head, list);
  });
  for (const list of phraseLists.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const fuzzy = new Map<string, string | null>();
  for (const word of surfaces) {
    if (word.length < FUZZY_MIN_LENGTH - 1) continue;
    for (const key of [...deletions(word), ...deletions(word).map((variant, index) => `${index}|${variant}`)]) {
      const existing = fuzzy.get(key);
      if (existing === undefined) fuzzy.set(key, word);
      else if (existing !== word) fuzzy.set(key, null);
    }
  }
  return {
    kind: 'words',
    lang: source.lang,
    stem,
    stopwords,
    surface,
    stems,
    phrases: phraseLists,
    known: { surfaces, stems: knownStems },
    fuzzy,
    matches: { typed: new Map(), corrected: new Map() },
  };
}
