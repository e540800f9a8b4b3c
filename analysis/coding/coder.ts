import { TAXONOMY_VERSION, THEME_CODES, TOPIC_CODES, type ThemeCode } from '../taxonomy';
import type { Hit } from './compile-lexicon';
import { predict, type ClassifierModel } from './classifier';
import { isDismissal } from './dismissal';
import { lexiconLanguage, lexiconWeights } from './language';
import { compileLexicons, type LexiconSet, type LexiconSource } from './lexicons';
import { matchSubstrings, matchWords } from './match-lexicon';
import { isNoContent } from './no-content';
import { foldText, splitClauses, tokenize } from './normalize';

export type AnswerInput = { text: string; lang?: string };

export type CodedAnswer = {
  /** Codes whose confidence reaches the threshold; `no_content` alone for an empty answer. */
  themes: ThemeCode[];
  /** Confidence 0..1 for every code. */
  scores: Record<ThemeCode, number>;
  taxonomyVersion: string;
  method: 'lexicon' | 'lexicon+classifier';
};

export type CoderOptions = {
  /** Confidence at which a code is accepted without review. */
  threshold?: number;
  /** A model trained on a partnership's human-coded answers, blended with the lexicon. */
  classifier?: ClassifierModel;
  /** Share of the classifier in the blended confidence. */
  classifierWeight?: number;
  lexicons?: LexiconSource[];
};

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_CLASSIFIER_WEIGHT = 0.4;

const TOPIC_INDEX = new Map<string, number>(TOPIC_CODES.map((code, index) => [code, index]));

/** Lexicon evidence as confidences, one per topic code (in TOPIC_CODES order). */
export function lexiconConfidences(lexicons: LexiconSet, text: string, lang?: string): Float64Array {
  const folded = foldText(text);
  const weights = lexiconWeights(lexiconLanguage(lang), folded);
  const sums = weights.map(() => new Float64Array(TOPIC_CODES.length));
  const suppressed = new Set<number>();
  for (const clause of splitClauses(folded)) {
    const tokens = tokenize(clause);
    const dismissing = isDismissal(tokens);
    weights.forEach(([language, weight], slot) => {
      const sum = sums[slot] as Float64Array;
      const onHit = (hit: Hit): void => {
        const index = TOPIC_INDEX.get(hit.theme) as number;
        if (dismissing) suppressed.add(index);
        else sum[index] = (sum[index] as number) + hit.weight;
      };
      const lexicon = lexicons[language];
      // Typos are corrected only against the chosen language: across languages a one-letter
      // change is usually another word ("cultural" is not a misspelt "culturel").
      if (lexicon.kind === 'words') matchWords(lexicon, tokens, onHit, weight === 1);
      else matchSubstrings(lexicon, clause, onHit);
    });
  }
  const confidences = new Float64Array(TOPIC_CODES.length);
  for (let index = 0; index < TOPIC_CODES.length; index += 1) {
    if (suppressed.has(index)) continue;
    // Lexicons overlap on cognates ("discrimination", "transport"): take the best one, don't add.
    let best = 0;
    weights.forEach(([, weight], slot) => {
      best = Math.max(best, weight * ((sums[slot] as Float64Array)[index] as number));
    });
    // Evidence adds up with diminishing returns: one strong term gives 0.63, two 0.86.
    confidences[index] = 1 - Math.exp(-best);
  }
  return confidences;
}

export function createCoder(options: CoderOptions = {}): (input: AnswerInput) => CodedAnswer {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const classifierWeight = options.classifier ? (options.classifierWeight ?? DEFAULT_CLASSIFIER_WEIGHT) : 0;
  const lexicons = compileLexicons(options.lexicons);
  const method = options.classifier ? 'lexicon+classifier' : 'lexicon';
  return ({ text, lang }) => {
    const safeText = typeof text === 'string' ? text : '';
    const lexicon = lexiconConfidences(lexicons, safeText, lang);
    const model = options.classifier ? predict(options.classifier, safeText, lang) : undefined;
    const scores = Object.fromEntries(THEME_CODES.map((code) => [code, 0])) as Record<ThemeCode, number>;
    const themes: ThemeCode[] = [];
    TOPIC_CODES.forEach((code, index) => {
      const fromLexicon = lexicon[index] as number;
      const score = model ? (1 - classifierWeight) * fromLexicon + classifierWeight * (model[code] ?? 0) : fromLexicon;
      scores[code] = score;
      if (score >= threshold) themes.push(code);
    });
    if (themes.length === 0) {
      const folded = foldText(safeText);
      if (isNoContent(folded, tokenize(folded))) {
        scores.no_content = 1;
        themes.push('no_content');
      }
    }
    return { themes, scores, taxonomyVersion: TAXONOMY_VERSION, method };
  };
}

let defaultCoder: ((input: AnswerInput) => CodedAnswer) | undefined;

/** Codes one answer with the shipped lexicons and the default threshold. */
export function codeAnswer(input: AnswerInput): CodedAnswer {
  defaultCoder ??= createCoder();
  return defaultCoder(input);
}
