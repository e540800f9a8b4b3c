import { TOPIC_CODES, type ThemeCode } from '../taxonomy';
import { isGram, modelFeatures, type FeatureSettings } from './model-features';

type TopicCode = Exclude<ThemeCode, 'no_content'>;

/**
 * Decides each theme from the lexicon's evidence for all twenty themes together and from the
 * answer's words, by one logistic regression per theme fitted on labelled training answers.
 * The lexicon says which topics a word can be about; the regression learns when that word
 * makes the answer ABOUT the topic ("council" in meeting minutes is not civic participation,
 * "work" next to "daycare" is about childcare), and its output is a probability, so a code is
 * applied above the theme's acceptance point and suggested for review below it.
 */
export type ThemeModel = {
  kind: 'logistic-ovr';
  version: 1;
  themes: Partial<Record<TopicCode, ThemeWeights>>;
  /** Features beyond the words (absent: words only, scaled by the number the model knows). */
  features?: FeatureSettings;
};

export type ThemeWeights = {
  bias: number;
  /** Weights on the lexicon's raw confidences, TOPIC_CODES order. */
  lexicon: number[];
  /** Weights on word features (stems; character bigrams for scripts without spaces). */
  words: Record<string, number>;
  /**
   * Platt scaling of the regression's log-odds, fitted on out-of-fold predictions: the
   * regularised regression is unsure of itself, so its raw output is not the share of answers
   * really about the theme; after this map it is.
   */
  slope: number;
  intercept: number;
  /** Calibrated probability at which the code is applied without review. */
  accept: number;
};

export type ModelExample = { lexicon: ArrayLike<number>; words: readonly string[]; themes: readonly string[] };

export type ModelOptions = {
  epochs?: number;
  /** L2 penalty per example and step. */
  l2?: number;
  /** Words seen in fewer training answers are not features: they would be learned by heart. */
  minCount?: number;
  /** Precision weighted above recall when choosing where to accept (F-beta). */
  beta?: number;
  /** Folds of the inner cross-validation that chooses the acceptance points. */
  innerFolds?: number;
  rate?: number;
  /** Weight of the words against the lexicon's evidence (0: the lexicon alone). */
  wordScale?: number;
  /** Word weights smaller than this are dropped from the model: they change few decisions and make it big. */
  prune?: number;
  /** Character n-grams as features (see FeatureSettings); the examples' words must have been extracted with them. */
  grams?: FeatureSettings['grams'] | null;
  /** Fit again on the features that survive the pruning (see fitPruned). */
  refit?: boolean;
  /** Minimum count for n-grams: there are many more of them than words, most seen a few times. */
  gramMinCount?: number;
  /** Weight of the n-grams against the lexicon's evidence, as wordScale is the words'. */
  gramScale?: number;
  /**
   * 'known': words scaled by 1/sqrt(the number of them the theme's table knows), as before;
   * 'answer': each family (words, n-grams) by 1/sqrt(the number the answer has), the same at
   * fitting and coding whatever the pruning kept.
   */
  normalise?: 'known' | 'answer';
};

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function wordFeatures(text: string, lang?: string, settings?: FeatureSettings): string[] {
  return modelFeatures(text, lang, settings);
}

type Fitted = { bias: number; lexicon: Float64Array; words: Map<string, number> };

/** Examples with their words turned into indices of the vocabulary, once for every theme's fit. */
type Indexed = { lexicon: ArrayLike<number>; words: Int32Array; values: Float64Array; themes: readonly string[] };

function indexExamples(examples: readonly ModelExample[], vocabulary: ReadonlyMap<string, number>, options: Required<ModelOptions>): Indexed[] {
  return examples.map((example) => {
    const distinct = [...new Set(example.words)];
    const ids: number[] = [];
    const values: number[] = [];
    if (options.normalise === 'known') {
      for (const word of distinct) {
        const id = vocabulary.get(word);
        if (id !== undefined) ids.push(id);
      }
      for (const _ of ids) values.push(options.wordScale / Math.sqrt(ids.length));
    } else {
      const grams = distinct.filter(isGram).length;
      const words = distinct.length - grams;
      for (const word of distinct) {
        const id = vocabulary.get(word);
        if (id === undefined) continue;
        ids.push(id);
        values.push(isGram(word) ? options.gramScale / Math.sqrt(grams) : options.wordScale / Math.sqrt(words));
      }
    }
    return { lexicon: example.lexicon, words: Int32Array.from(ids), values: Float64Array.from(values), themes: example.themes };
  });
}

/**
 * With `refit`, fits once, keeps the features whose weight reaches the pruning threshold and
 * fits again on those alone: pruning the small weights of thousands of n-grams afterwards
 * throws away what they carried together, a second fit gives it to the kept ones.
 */
function fitPruned(examples: readonly Indexed[], vocabulary: ReadonlyMap<string, number>, theme: string, options: Required<ModelOptions>): Fitted {
  const first = fitTheme(examples, vocabulary, theme, options);
  if (!options.refit) return first;
  const allowed = new Uint8Array(vocabulary.size);
  for (const [word, id] of vocabulary) if (Math.abs(first.words.get(word) as number) >= options.prune) allowed[id] = 1;
  return fitTheme(examples, vocabulary, theme, options, allowed);
}

function familyScale(word: string, options: Required<ModelOptions>): number {
  return isGram(word) ? options.gramScale : options.wordScale;
}

/** Per-theme logistic regression by AdaGrad over a fixed pseudo-random order (no Math.random: the same fit every run). */
function fitTheme(examples: readonly Indexed[], vocabulary: ReadonlyMap<string, number>, theme: string, options: Required<ModelOptions>, allowed?: Uint8Array): Fitted {
  const dims = TOPIC_CODES.length;
  const lexicon = new Float64Array(dims);
  const lexiconG = new Float64Array(dims).fill(1e-8);
  const words = new Float64Array(vocabulary.size);
  const wordsG = new Float64Array(vocabulary.size).fill(1e-8);
  let bias = 0;
  let biasG = 1e-8;
  const rate = options.rate;
  const labels = examples.map((example) => example.themes.includes(theme));
  const order = examples.map((_, index) => index);
  let seed = 7;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const swap = seed % (index + 1);
      [order[index], order[swap]] = [order[swap] as number, order[index] as number];
    }
    for (const at of order) {
      const example = examples[at] as Indexed;
      const present = example.words;
      const values = example.values;
      let z = bias;
      for (let d = 0; d < dims; d += 1) z += (lexicon[d] as number) * (example.lexicon[d] as number);
      for (let k = 0; k < present.length; k += 1) z += (words[present[k] as number] as number) * (values[k] as number);
      const error = sigmoid(z) - (labels[at] ? 1 : 0);
      biasG += error * error;
      bias -= (rate * error) / Math.sqrt(biasG);
      for (let d = 0; d < dims; d += 1) {
        const x = example.lexicon[d] as number;
        if (x === 0) continue;
        const g = error * x + options.l2 * (lexicon[d] as number);
        lexiconG[d] = (lexiconG[d] as number) + g * g;
        lexicon[d] = (lexicon[d] as number) - (rate * g) / Math.sqrt(lexiconG[d] as number);
      }
      for (let k = 0; k < present.length; k += 1) {
        const id = present[k] as number;
        // Features left out by the pruning stay at 0: the others learn what they carried.
        if (allowed !== undefined && allowed[id] === 0) continue;
        const g = error * (values[k] as number) + options.l2 * (words[id] as number);
        wordsG[id] = (wordsG[id] as number) + g * g;
        words[id] = (words[id] as number) - (rate * g) / Math.sqrt(wordsG[id] as number);
      }
    }
  }
  const named = new Map<string, number>();
  for (const [word, id] of vocabulary) named.set(word, (words[id] as number) * familyScale(word, options));
  return { bias, lexicon, words: named };
}

function score(fitted: Fitted | ThemeWeights, lexicon: ArrayLike<number>, words: readonly string[], normalise: 'known' | 'answer'): number {
  if (normalise === 'answer') return sigmoid(fitted.bias + lexiconSum(fitted.lexicon, lexicon) + answerScaled(fitted.words, words));
  let z = fitted.bias;
  for (let d = 0; d < TOPIC_CODES.length; d += 1) z += (fitted.lexicon[d] as number) * (lexicon[d] as number);
  const table = fitted.words;
  let sum = 0;
  let count = 0;
  for (const word of words) {
    const weight = table instanceof Map ? table.get(word) : table[word];
    if (weight === undefined) continue;
    sum += weight;
    count += 1;
  }
  // Scaled by the number of known features, as in training, so long answers do not saturate.
  return sigmoid(z + (count === 0 ? 0 : sum / Math.sqrt(count)));
}

function lexiconSum(weights: ArrayLike<number>, lexicon: ArrayLike<number>): number {
  let z = 0;
  for (let d = 0; d < TOPIC_CODES.length; d += 1) z += (weights[d] as number) * (lexicon[d] as number);
  return z;
}

/** Each family's known weights summed, over the square root of how many features of that family the answer has. */
function answerScaled(table: Map<string, number> | Record<string, number>, words: readonly string[]): number {
  let wordSum = 0;
  let gramSum = 0;
  let wordCount = 0;
  let gramCount = 0;
  for (const word of new Set(words)) {
    const weight = (table instanceof Map ? table.get(word) : table[word]) ?? 0;
    if (isGram(word)) {
      gramCount += 1;
      gramSum += weight;
    } else {
      wordCount += 1;
      wordSum += weight;
    }
  }
  return (wordCount === 0 ? 0 : wordSum / Math.sqrt(wordCount)) + (gramCount === 0 ? 0 : gramSum / Math.sqrt(gramCount));
}

const logit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
};

/** Platt (1999) with his smoothed targets, by gradient steps on the log loss (two parameters, a few hundred steps). */
export function fitPlatt(logits: readonly number[], labels: readonly boolean[]): { slope: number; intercept: number } {
  const positives = labels.filter(Boolean).length;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (labels.length - positives + 2);
  let slope = 1;
  let intercept = 0;
  const n = Math.max(logits.length, 1);
  for (let step = 0; step < 400; step += 1) {
    let gA = 0;
    let gB = 0;
    logits.forEach((x, index) => {
      const d = sigmoid(slope * x + intercept) - (labels[index] ? high : low);
      gA += d * x;
      gB += d;
    });
    slope -= (0.5 * gA) / n;
    intercept -= (0.5 * gB) / n;
  }
  return { slope: Math.max(slope, 0.05), intercept };
}

/** The acceptance point that maximises F-beta over out-of-fold probabilities. */
export function bestAccept(probabilities: readonly number[], labels: readonly boolean[], beta: number): number {
  const positives = labels.filter(Boolean).length;
  const order = probabilities.map((p, index) => ({ p, label: labels[index] as boolean })).sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = { value: -1, accept: 0.5 };
  const b2 = beta * beta;
  order.forEach(({ p, label }, index) => {
    if (label) tp += 1;
    else fp += 1;
    const next = order[index + 1];
    if (next && next.p === p) return;
    const value = ((1 + b2) * tp) / ((1 + b2) * tp + b2 * (positives - tp) + fp);
    const accept = next ? (p + next.p) / 2 : p;
    if (value > best.value) best = { value, accept };
  });
  return Math.min(Math.max(best.accept, 0.2), 0.9);
}

function vocabularyOf(examples: readonly ModelExample[], minCount: number, gramMinCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const word of new Set(example.words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [word, count] of counts) if (count >= (isGram(word) ? gramMinCount : minCount)) vocabulary.set(word, vocabulary.size);
  return vocabulary;
}

// Word scale 0.5: the words refine the lexicon's evidence rather than outvote it (5-fold CV on TRAIN:
// recall +1.7 points for precision −0.3 against 1). The n-gram options are off: measured on the
// folds and not kept (docs/coding.md, "Measured and not kept", 2026-12-03).
const DEFAULTS: Required<ModelOptions> = {
  epochs: 10,
  l2: 0.01,
  minCount: 2,
  beta: 1,
  innerFolds: 3,
  rate: 0.3,
  wordScale: 0.5,
  prune: 0.15,
  grams: null,
  refit: false,
  gramMinCount: 2,
  gramScale: 1,
  normalise: 'known',
};

/** What the examples' words must be extracted with for a model fitted with these options. */
export function featureSettings(options: ModelOptions = {}): FeatureSettings {
  const settings = { ...DEFAULTS, ...options };
  if (settings.normalise === 'known') return {};
  return settings.grams ? { grams: settings.grams, normalise: 'answer' } : { normalise: 'answer' };
}

/**
 * Fits every theme's regression on the examples, and its acceptance point on out-of-fold
 * probabilities from an inner cross-validation (probabilities on the answers a model was fitted
 * on are too sure of themselves to choose a threshold from).
 */
export function trainThemeModel(examples: readonly ModelExample[], options: ModelOptions = {}): ThemeModel {
  const settings = { ...DEFAULTS, ...options };
  const vocabulary = vocabularyOf(examples, settings.minCount, settings.gramMinCount);
  const outOfFold = TOPIC_CODES.map(() => new Float64Array(examples.length));
  for (let fold = 0; fold < settings.innerFolds; fold += 1) {
    const inside = examples.filter((_, index) => index % settings.innerFolds !== fold);
    const innerVocabulary = vocabularyOf(inside, settings.minCount, settings.gramMinCount);
    const indexed = indexExamples(inside, innerVocabulary, settings);
    TOPIC_CODES.forEach((theme, column) => {
      const fitted = fitPruned(indexed, innerVocabulary, theme, settings);
      examples.forEach((example, index) => {
        if (index % settings.innerFolds === fold) (outOfFold[column] as Float64Array)[index] = score(fitted, example.lexicon, example.words, settings.normalise);
      });
    });
  }
  const themes: ThemeModel['themes'] = {};
  const indexed = indexExamples(examples, vocabulary, settings);
  TOPIC_CODES.forEach((theme, column) => {
    const labels = examples.map((example) => example.themes.includes(theme));
    if (labels.filter(Boolean).length < 3) return;
    const fitted = fitPruned(indexed, vocabulary, theme, settings);
    const words: Record<string, number> = {};
    for (const [word, weight] of fitted.words) if (Math.abs(weight) >= settings.prune) words[word] = round(weight);
    const logits = [...(outOfFold[column] as Float64Array)].map(logit);
    const platt = fitPlatt(logits, labels);
    const calibrated = logits.map((x) => sigmoid(platt.slope * x + platt.intercept));
    themes[theme] = {
      bias: round(fitted.bias),
      lexicon: [...fitted.lexicon].map(round),
      words,
      slope: round(platt.slope),
      intercept: round(platt.intercept),
      accept: round(bestAccept(calibrated, labels, settings.beta)),
    };
  });
  if (settings.normalise === 'known') return { kind: 'logistic-ovr', version: 1, themes };
  return { kind: 'logistic-ovr', version: 1, themes, features: featureSettings(options) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A model laid out for coding: one lookup per word gives its weights for every theme. */
export type CompiledThemeModel = {
  known: Uint8Array;
  bias: Float64Array;
  slope: Float64Array;
  intercept: Float64Array;
  /** Row per theme, TOPIC_CODES.length weights each. */
  lexicon: Float64Array;
  words: Map<string, { themes: Uint8Array; weights: Float64Array }>;
  perAnswer: boolean;
};

export function compileThemeModel(model: ThemeModel): CompiledThemeModel {
  const dims = TOPIC_CODES.length;
  const compiled: CompiledThemeModel = { known: new Uint8Array(dims), bias: new Float64Array(dims), slope: new Float64Array(dims).fill(1), intercept: new Float64Array(dims), lexicon: new Float64Array(dims * dims), words: new Map(), perAnswer: model.features?.normalise === 'answer' };
  const lists = new Map<string, { themes: number[]; weights: number[] }>();
  TOPIC_CODES.forEach((theme, column) => {
    const weights = model.themes[theme];
    if (!weights) return;
    compiled.known[column] = 1;
    compiled.bias[column] = weights.bias;
    compiled.slope[column] = weights.slope ?? 1;
    compiled.intercept[column] = weights.intercept ?? 0;
    weights.lexicon.forEach((weight, d) => (compiled.lexicon[column * dims + d] = weight));
    for (const [word, weight] of Object.entries(weights.words)) {
      const list = lists.get(word) ?? { themes: [], weights: [] };
      list.themes.push(column);
      list.weights.push(weight);
      lists.set(word, list);
    }
  });
  for (const [word, list] of lists) compiled.words.set(word, { themes: Uint8Array.from(list.themes), weights: Float64Array.from(list.weights) });
  return compiled;
}

/** Probability of each topic code from the model; themes the model does not know get the lexicon's raw confidence. */
export function modelProbabilities(model: CompiledThemeModel, lexicon: ArrayLike<number>, words: readonly string[]): Float64Array {
  const dims = TOPIC_CODES.length;
  const sums = new Float64Array(dims);
  const counts = new Float64Array(dims);
  const gramSums = new Float64Array(dims);
  let wordCount = 0;
  let gramCount = 0;
  for (const word of words) {
    const gram = isGram(word);
    if (gram) gramCount += 1;
    else wordCount += 1;
    const entry = model.words.get(word);
    if (!entry) continue;
    const into = gram ? gramSums : sums;
    for (let k = 0; k < entry.themes.length; k += 1) {
      const column = entry.themes[k] as number;
      into[column] = (into[column] as number) + (entry.weights[k] as number);
      counts[column] = (counts[column] as number) + 1;
    }
  }
  const wordNorm = wordCount === 0 ? 0 : 1 / Math.sqrt(wordCount);
  const gramNorm = gramCount === 0 ? 0 : 1 / Math.sqrt(gramCount);
  // Most answers have evidence for two or three themes: only those columns of the lexicon weights count.
  const present: number[] = [];
  for (let d = 0; d < dims; d += 1) if (lexicon[d] !== 0) present.push(d);
  const result = new Float64Array(dims);
  for (let column = 0; column < dims; column += 1) {
    if (model.known[column] === 0) {
      result[column] = lexicon[column] as number;
      continue;
    }
    let z = model.bias[column] as number;
    for (const d of present) z += (model.lexicon[column * dims + d] as number) * (lexicon[d] as number);
    const count = counts[column] as number;
    // Scaled by the number of features, as in training, so long answers do not saturate.
    const raw = model.perAnswer
      ? z + (sums[column] as number) * wordNorm + (gramSums[column] as number) * gramNorm
      : z + (count === 0 ? 0 : (sums[column] as number) / Math.sqrt(count));
    result[column] = sigmoid((model.slope[column] as number) * raw + (model.intercept[column] as number));
  }
  return result;
}
