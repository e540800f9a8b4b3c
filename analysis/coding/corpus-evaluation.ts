import { TOPIC_CODES, type ThemeCode } from '../taxonomy';
import { featureSettings, trainThemeModel, wordFeatures, type ThemeModel } from './theme-model';
import { lexiconConfidences } from './coder';
import { compileLexicons } from './lexicons';
import { trainClassifier } from './classifier';
import { createCoder, type CodedAnswer, type CoderOptions } from './coder';
import type { CorpusItem } from './corpus';
import { evaluateCoding, type CodingEvaluation } from './evaluation';
import { DEFAULT_REVIEW_FLOOR } from './review';

export type SplitItem = CorpusItem & { heldOut: boolean; fold: number };

export type Prediction = { item: SplitItem; coded: CodedAnswer };

export type FitOptions = {
  /** Fit the per-theme model on the training items (off: the raw lexicon and one threshold). */
  model: boolean;
  threshold?: number;
  /** Train the partnership classifier on the training items too. */
  classifier?: boolean;
  base?: CoderOptions;
};

type Coder = (input: { text: string; lang?: string }) => CodedAnswer;

/** Everything fitted (calibration, classifier) is fitted on `train` only, then used on `test`. */
export function fitCoder(train: readonly CorpusItem[], options: FitOptions): Coder {
  const classifier = options.classifier ? trainClassifier(train) : undefined;
  const base: CoderOptions = { ...options.base, ...(classifier ? { classifier } : {}) };
  if (!options.model) {
    return createCoder({ ...base, model: false, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) });
  }
  return createCoder({ ...base, model: fitThemeModel(train), ...(options.threshold === undefined ? {} : { threshold: options.threshold }) });
}

let lexicons: ReturnType<typeof compileLexicons> | undefined;

/** The per-theme model fitted on labelled items: the lexicon's raw evidence and the words as features. */
export function fitThemeModel(train: readonly CorpusItem[]): ThemeModel {
  lexicons ??= compileLexicons();
  const set = lexicons;
  const settings = featureSettings();
  return trainThemeModel(
    train.map((item) => ({ lexicon: lexiconConfidences(set, item.text, item.lang), words: wordFeatures(item.text, item.lang, settings), themes: item.themes })),
  );
}

/** k-fold cross-validation over the training items: each fold coded by a coder fitted on the others. */
export function crossValidate(train: readonly SplitItem[], folds: number, options: FitOptions): Prediction[] {
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const coder = fitCoder(train.filter((item) => item.fold !== fold), options);
    for (const item of train) if (item.fold === fold) predictions.push({ item, coded: coder(item) });
  }
  const order = new Map(train.map((item, index) => [item.id, index]));
  return predictions.sort((a, b) => (order.get(a.item.id) as number) - (order.get(b.item.id) as number));
}

/** Fits on all training items and codes the held-out ones. */
export function heldOutPredictions(train: readonly SplitItem[], heldOut: readonly SplitItem[], options: FitOptions): Prediction[] {
  const coder = fitCoder(train, options);
  return heldOut.map((item) => ({ item, coded: coder(item) }));
}

export const evaluatePredictions = (predictions: readonly Prediction[]): CodingEvaluation =>
  evaluateCoding(
    predictions.map(({ item }) => item.themes),
    predictions.map(({ coded }) => coded.themes),
  );

/** Evaluations per value of a key (language, kind), in first-seen order. */
export function evaluateBy(predictions: readonly Prediction[], key: (item: SplitItem) => string): [string, CodingEvaluation][] {
  const groups = new Map<string, Prediction[]>();
  for (const prediction of predictions) {
    const value = key(prediction.item);
    groups.set(value, [...(groups.get(value) ?? []), prediction]);
  }
  return [...groups].map(([value, group]) => [value, evaluatePredictions(group)]);
}

export type ReviewOutcome = {
  /** Share of answers a person is asked to look at. */
  reviewed: number;
  evaluation: CodingEvaluation;
};

/**
 * What the figures become once a person has reviewed the doubtful codes: every suggested
 * theme (confidence between the review floor and its acceptance point) is decided as the
 * human label says, and answers with no code at all are coded by the person too.
 */
export function afterReview(predictions: readonly Prediction[], floor = DEFAULT_REVIEW_FLOOR): ReviewOutcome {
  let reviewed = 0;
  const machine = predictions.map(({ item, coded }) => {
    const truth = new Set<ThemeCode>(item.themes);
    const themes = new Set<ThemeCode>(coded.themes);
    let looked = false;
    for (const code of TOPIC_CODES) {
      const score = coded.scores[code];
      if (themes.has(code) || score < floor) continue;
      looked = true;
      if (truth.has(code)) themes.add(code);
    }
    if (themes.size === 0) {
      looked = true;
      for (const code of truth) themes.add(code);
    }
    if (looked) reviewed += 1;
    return [...themes];
  });
  return {
    reviewed: predictions.length === 0 ? 0 : reviewed / predictions.length,
    evaluation: evaluateCoding(
      predictions.map(({ item }) => item.themes),
      machine,
    ),
  };
}
