import { TAXONOMY_VERSION, THEME_CODES, TOPIC_CODES, type ThemeCode } from '../taxonomy';
import type { Hit } from './compile-lexicon';
import { STRONG_WEIGHT } from './lexicons/types';
import { evidence, type ClassifierModel } from './classifier';
import { FITTED_MODEL } from './fitted-model';
import { compileThemeModel, modelProbabilities, wordFeatures, type ThemeModel } from './theme-model';
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
  /** How much of the classifier's evidence (log likelihood ratio) is added to the lexicon's log-odds. */
  classifierWeight?: number;
  lexicons?: LexiconSource[];
  /**
   * The per-theme model fitted on the labelled corpus's TRAIN part (its probabilities are the
   * scores, its acceptance points the thresholds): the shipped one by default, `false` for the
   * raw lexicon evidence and one threshold.
   */
  model?: ThemeModel | false;
};

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_CLASSIFIER_WEIGHT = 1;

// The lexicon's confidence is kept off 0 and 1 so the classifier's evidence can move it.
const LEXICON_FLOOR = 0.05;
const LEXICON_CEILING = 0.98;

function blend(fromLexicon: number, ratio: number, weight: number): number {
  const p = Math.min(Math.max(fromLexicon, LEXICON_FLOOR), LEXICON_CEILING);
  const blended = 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + weight * ratio)));
  // With no evidence either way, an absent theme stays at the lexicon's 0.
  return ratio === 0 && fromLexicon < LEXICON_FLOOR ? fromLexicon : blended;
}

const TOPIC_INDEX = new Map<string, number>(TOPIC_CODES.map((code, index) => [code, index]));

/** Lexicon evidence as confidences, one per topic code (in TOPIC_CODES order). */
export function lexiconConfidences(lexicons: LexiconSet, text: string, lang?: string): Float64Array {
  const folded = foldText(text);
  const weights = lexiconWeights(lexiconLanguage(lang), folded);
  const sums = weights.map(() => new Float64Array(TOPIC_CODES.length));
  const suppressed = new Set<number>();
  const slots: number[] = [];
  const hits: Hit[] = [];
  const context = new Set<string>();
  for (const clause of splitClauses(folded)) {
    const tokens = tokenize(clause);
    const dismissing = isDismissal(tokens);
    slots.length = 0;
    hits.length = 0;
    context.clear();
    weights.forEach(([language, weight], slot) => {
      const onHit = (hit: Hit): void => {
        slots.push(slot);
        hits.push(hit);
        if (hit.unlessWith === undefined && hit.cues === undefined && hit.weight >= STRONG_WEIGHT) context.add(hit.theme);
      };
      const lexicon = lexicons[language];
      // Typos are corrected only against the chosen language: across languages a one-letter
      // change is usually another word ("cultural" is not a misspelt "culturel").
      if (lexicon.kind === 'words') matchWords(lexicon, tokens, onHit, weight === 1);
      else matchSubstrings(lexicon, clause, onHit);
    });
    // A qualifier attached to the topic it qualifies ("the rent is too expensive") neither
    // codes its own theme nor, in a dismissing clause, withdraws it.
    hits.forEach((hit, at) => {
      if (hit.unlessWith?.some((theme) => context.has(theme))) return;
      if (hit.cues && !hit.cues.some((cue) => tokens.some((token) => token.startsWith(cue)))) return;
      const index = TOPIC_INDEX.get(hit.theme) as number;
      if (dismissing) suppressed.add(index);
      else {
        const sum = sums[slots[at] as number] as Float64Array;
        sum[index] = (sum[index] as number) + hit.weight;
      }
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
  const themeModel = options.model === false ? undefined : (options.model ?? FITTED_MODEL);
  // An explicit threshold overrides every theme's fitted acceptance point.
  const compiledModel = themeModel ? compileThemeModel(themeModel) : undefined;
  const acceptAt = TOPIC_CODES.map((code) => options.threshold ?? themeModel?.themes[code]?.accept ?? DEFAULT_THRESHOLD);
  const classifierWeight = options.classifier ? (options.classifierWeight ?? DEFAULT_CLASSIFIER_WEIGHT) : 0;
  const lexicons = compileLexicons(options.lexicons);
  const method = options.classifier ? 'lexicon+classifier' : 'lexicon';
  // The classifier is there to learn a partnership's own words (its agencies, programs, local
  // slang). Words the lexicon already knows, and stopwords, are left to the lexicon: counted
  // twice they would outvote it, and common words learned from a few answers mislead.
  const known = new Set<string>();
  for (const lexicon of Object.values(lexicons)) {
    if (lexicon.kind !== 'words') continue;
    for (const stem of lexicon.known.stems) known.add(stem);
    for (const stopword of lexicon.stopwords) known.add(stopword);
  }
  const ignore = (feature: string): boolean => known.has(feature);
  return ({ text, lang }) => {
    const safeText = typeof text === 'string' ? text : '';
    const raw = lexiconConfidences(lexicons, safeText, lang);
    const lexicon = compiledModel ? modelProbabilities(compiledModel, raw, wordFeatures(safeText, lang, themeModel?.features)) : raw;
    const model = options.classifier ? evidence(options.classifier, safeText, lang, ignore) : undefined;
    const scores = Object.fromEntries(THEME_CODES.map((code) => [code, 0])) as Record<ThemeCode, number>;
    const themes: ThemeCode[] = [];
    TOPIC_CODES.forEach((code, index) => {
      const fromLexicon = lexicon[index] as number;
      const score = model ? blend(fromLexicon, Math.max(0, model[code] ?? 0), classifierWeight) : fromLexicon;
      scores[code] = score;
      if (score >= (acceptAt[index] as number)) themes.push(code);
    });
    if (compiledModel) keepNearStrongest(themes, scores);
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

/**
 * Share of the answer's strongest theme's confidence that another theme needs to be applied too.
 * An answer clearly about rent does not also get social_inclusion because "community" occurs in
 * it: a theme that far behind goes to the review queue as a suggestion instead. Chosen by 5-fold
 * cross-validation on the corpus's TRAIN part (0.4: precision +1.7 and recall +1.0 points with
 * the model's word scale at 0.5; higher ratios trade recall for precision).
 */
export const RELATIVE_EVIDENCE = 0.4;

function keepNearStrongest(themes: ThemeCode[], scores: Record<ThemeCode, number>): void {
  const strongest = Math.max(0, ...themes.map((code) => scores[code]));
  const kept = themes.filter((code) => scores[code] >= RELATIVE_EVIDENCE * strongest);
  themes.splice(0, themes.length, ...kept);
}

let defaultCoder: ((input: AnswerInput) => CodedAnswer) | undefined;

/** Codes one answer with the shipped lexicons and the default threshold. */
export function codeAnswer(input: AnswerInput): CodedAnswer {
  defaultCoder ??= createCoder();
  return defaultCoder(input);
}
