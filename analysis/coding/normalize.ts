/**
 * Text normalization shared by the lexicons and the answers, so both go through the same
 * folding and a lexicon term matches however a respondent typed it.
 */

// Latin combining marks only: stripping every combining mark would erase Gurmukhi vowel signs.
const LATIN_MARKS = /[\u0300-\u036f]/g;
// Arabic short vowels and tatweel carry no meaning for keyword matching.
const ARABIC_MARKS = /[\u064b-\u0652\u0640]/g;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(ARABIC_MARKS, '')
    // Persian writes a zero-width non-joiner inside words ("نمی‌کنم"); phones often leave it out.
    .replace(/\u200c/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

// Clause boundaries: punctuation and the contrastive conjunctions after which a respondent
// usually turns to another topic ("no problem with housing but jobs...").
const CLAUSE_BREAK =
  /[.;:!?\n\r،。！？；]+|,|\b(?:but|however|though|although|mais|cependant|sauf que|pero|sin embargo|pero|ngunit|pero)\b/;

/** Folded text cut into clauses; empty clauses dropped. */
export function splitClauses(folded: string): string[] {
  return folded
    .split(new RegExp(CLAUSE_BREAK.source, 'g'))
    .filter((clause): clause is string => clause !== undefined && clause.trim() !== '');
}

// A word is a run of letters and digits: apostrophes of every kind ("l'emploi", "d’un"),
// hyphens ("main-d'oeuvre", "walk-in"), spaces and punctuation all end one. The modifier
// letter apostrophe (ʼ, Ukrainian's) is a letter to Unicode but an apostrophe here. One regular
// expression instead of a split, a trim and a second split per piece: the same words, for
// less of the coder's CPU. Built with `new RegExp`: the `v` flag's set difference is newer
// than the compile target, though Node 20 runs it.
const WORD = new RegExp('[[\\p{L}\\p{N}]--[\\u02bc]]+', 'gv');

/** Latin-script words (and digits) of a folded clause. Non-Latin scripts are matched as substrings. */
export function tokenize(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

export const SCRIPTS = {
  arabic: /[\u0600-\u06ff]/,
  han: /[\u4e00-\u9fff]/,
  gurmukhi: /[\u0a00-\u0a7f]/,
  cyrillic: /[\u0400-\u04ff]/,
} as const;

// Letters Persian has and Arabic has not (پ چ ژ گ, Persian kaf and yeh): Arabic-script text with
// them is Farsi (or Dari), without them Arabic.
export const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;
