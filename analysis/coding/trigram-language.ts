import { TRIGRAM_PROFILES } from './trigram-profiles';
import { SCRIPT_EXPRESSIONS } from './trigram-scripts';

/**
 * franc's trigram language identification (github.com/wooorm/franc), ported for the four
 * Latin-script languages the coder has word lexicons for, so that it answers exactly as
 * `franc(text, { only: ['eng', 'fra', 'spa', 'tgl'], minLength })` does, at a fraction of the
 * cost: franc first counts the characters of some twenty scripts with one regular expression
 * each, then compares the text with its Latin profiles.
 */
export type TrigramLanguage = keyof typeof TRIGRAM_PROFILES | 'und';

// franc's distance for a trigram a profile lacks.
const MAX_DIFFERENCE = 300;

const LANGUAGES = Object.keys(TRIGRAM_PROFILES) as (keyof typeof TRIGRAM_PROFILES)[];

// Three UTF-16 code units as one number (under 2^48, so exact): counting numbers instead of
// cutting a string per trigram halves the detector's cost.
const trigramKey = (text: string, at: number): number =>
  text.charCodeAt(at) * 0x100000000 + text.charCodeAt(at + 1) * 0x10000 + text.charCodeAt(at + 2);

// Trigram → its rank in each profile (-1 where absent), one lookup for the four languages.
const RANKS = new Map<number, Int16Array>();
LANGUAGES.forEach((language, slot) => {
  TRIGRAM_PROFILES[language].split('|').forEach((trigram, rank) => {
    const key = trigramKey(trigram, 0);
    let ranks = RANKS.get(key);
    if (!ranks) {
      ranks = new Int16Array(LANGUAGES.length).fill(-1);
      RANKS.set(key, ranks);
    }
    // A trigram listed twice keeps its first (lowest) rank, as in franc.
    if ((ranks[slot] as number) === -1) ranks[slot] = rank;
  });
});

const SCRIPTS = Object.entries(SCRIPT_EXPRESSIONS);

/** Whether Latin is the script franc would pick: the one with most characters, the first listed winning ties. */
function latinLeads(text: string): boolean {
  let asciiLetters = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index) | 32;
    if (code >= 97 && code <= 122) asciiLetters += 1;
  }
  // ASCII letters are Latin and no other script's: past half the text, no script can outnumber them.
  if (asciiLetters * 2 > text.length) return true;
  let top = -1;
  let topScript = '';
  for (const [script, expression] of SCRIPTS) {
    const count = text.match(expression)?.length ?? 0;
    if (count > top) {
      top = count;
      topScript = script;
    }
  }
  return topScript === 'Latin' && top > 0;
}

/** Trigrams of the text as franc cuts them: ASCII punctuation and digits become spaces, padded with one space. */
function trigramCounts(text: string): Map<number, number> {
  const cleaned = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let index = 0; index + 3 <= cleaned.length; index += 1) {
    const key = trigramKey(cleaned, index);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The language among spa, eng, fra and tgl whose profile is nearest the text, or 'und' when too short or not Latin. */
export function detectTrigramLanguage(text: string, minLength: number): TrigramLanguage {
  if (text.length < minLength || !latinLeads(text)) return 'und';
  const distances = new Array<number>(LANGUAGES.length).fill(0);
  for (const [trigram, count] of trigramCounts(text)) {
    const ranks = RANKS.get(trigram);
    for (let slot = 0; slot < LANGUAGES.length; slot += 1) {
      const rank = ranks ? (ranks[slot] as number) : -1;
      distances[slot] = (distances[slot] as number) + (rank === -1 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  // The smallest distance wins; on a tie, the language listed first (franc's sort is stable).
  let best = 0;
  for (let slot = 1; slot < LANGUAGES.length; slot += 1) if ((distances[slot] as number) < (distances[best] as number)) best = slot;
  return LANGUAGES[best] as TrigramLanguage;
}
