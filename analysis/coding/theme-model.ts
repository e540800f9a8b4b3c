import { TOPIC_CODES, type ThemeCode } from '../taxonomy';
import { features } from './classifier';

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
};

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function wordFeatures(text: string, lang?: string): string[] {
  return features(text, lang);
}

type Fitted = { bias: number; lexicon: Float64Array; words: Map<string, number> };

/** Examples with their words turned into indices of the vocabulary, once for every theme's fit. */
type Indexed = { lexicon: ArrayLike<number>; words: Int32Array; scale: number; themes: readonly string[] };

function indexExamples(examples: readonly ModelExample[], vocabulary: ReadonlyMap<string, number>): Indexed[] {
  return examples.map((example) => {
    const ids = [...new Set(example.words)].map((word) => vocabulary.get(word)).filter((id): id is number => id !== undefined);
    return { lexicon: example.lexicon, words: Int32Array.from(ids), scale: ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length), themes: example.themes };
  });
}

/** Per-theme logistic regression by AdaGrad over a fixed pseudo-random order (no Math.random: the same fit every run). */
function fitTheme(examples: readonly Indexed[], vocabulary: ReadonlyMap<string, number>, theme: string, options: Required<ModelOptions>): Fitted {
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
      const scale = example.scale * options.wordScale;
      let z = bias;
      for (let d = 0; d < dims; d += 1) z += (lexicon[d] as number) * (example.lexicon[d] as number);
      for (let k = 0; k < present.length; k += 1) z += (words[present[k] as number] as number) * scale;
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
        const g = error * scale + options.l2 * (words[id] as number);
        wordsG[id] = (wordsG[id] as number) + g * g;
        words[id] = (words[id] as number) - (rate * g) / Math.sqrt(wordsG[id] as number);
      }
    }
  }
  const named = new Map<string, number>();
  for (const [word, id] of vocabulary) named.set(word, (words[id] as number) * options.wordScale);
  return { bias, lexicon, words: named };
}

function score(fitted: Fitted | ThemeWeights, lexicon: ArrayLike<number>, words: readonly string[]): number {
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

function vocabularyOf(examples: readonly ModelExample[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const word of new Set(example.words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [word, count] of counts) if (count >= minCount) vocabulary.set(word, vocabulary.size);
  return vocabulary;
}

// Word scale 0.5: the words refine the lexicon's evidence rather than outvote it (5-fold CV on TRAIN:
// recall +1.7 points for precision −0.3 against 1).
const DEFAULTS: Required<ModelOptions> = { epochs: 10, l2: 0.01, minCount: 2, beta: 1, innerFolds: 3, rate: 0.3, wordScale: 0.5, prune: 0.15 };

/**
 * Fits every theme's regression on the examples, and its acceptance point on out-of-fold
 * probabilities from an inner cross-validation (probabilities on the answers a model was fitted
 * on are too sure of themselves to choose a threshold from).
 */
export function trainThemeModel(examples: readonly ModelExample[], options: ModelOptions = {}): ThemeModel {
  const settings = { ...DEFAULTS, ...options };
  const vocabulary = vocabularyOf(examples, settings.minCount);
  const outOfFold = TOPIC_CODES.map(() => new Float64Array(examples.length));
  for (let fold = 0; fold < settings.innerFolds; fold += 1) {
    const inside = examples.filter((_, index) => index % settings.innerFolds !== fold);
    const innerVocabulary = vocabularyOf(inside, settings.minCount);
    const indexed = indexExamples(inside, innerVocabulary);
    TOPIC_CODES.forEach((theme, column) => {
      const fitted = fitTheme(indexed, innerVocabulary, theme, settings);
      examples.forEach((example, index) => {
        if (index % settings.innerFolds === fold) (outOfFold[column] as Float64Array)[index] = score(fitted, example.lexicon, example.words);
      });
    });
  }
  const themes: ThemeModel['themes'] = {};
  const indexed = indexExamples(examples, vocabulary);
  TOPIC_CODES.forEach((theme, column) => {
    const labels = examples.map((example) => example.themes.includes(theme));
    if (labels.filter(Boolean).length < 3) return;
    const fitted = fitTheme(indexed, vocabulary, theme, settings);
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
  return { kind: 'logistic-ovr', version: 1, themes };
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
};

export function compileThemeModel(model: ThemeModel): CompiledThemeModel {
  const dims = TOPIC_CODES.length;
  const compiled: CompiledThemeModel = { known: new Uint8Array(dims), bias: new Float64Array(dims), slope: new Float64Array(dims).fill(1), intercept: new Float64Array(dims), lexicon: new Float64Array(dims * dims), words: new Map() };
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
  for (const word of words) {
    const entry = model.words.get(word);
    if (!entry) continue;
    for (let k = 0; k < entry.themes.length; k += 1) {
      const column = entry.themes[k] as number;
      sums[column] = (sums[column] as number) + (entry.weights[k] as number);
      counts[column] = (counts[column] as number) + 1;
    }
  }
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
    // Scaled by the number of known features, as in training, so long answers do not saturate.
    const raw = z + (count === 0 ? 0 : (sums[column] as number) / Math.sqrt(count));
    result[column] = sigmoid((model.slope[column] as number) * raw + (model.intercept[column] as number));
  }
  return result;
}
