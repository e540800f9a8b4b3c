import { TOPIC_CODES, type ThemeCode } from '../taxonomy';

type TopicCode = Exclude<ThemeCode, 'no_content'>;

/**
 * Per theme: a logistic map from the lexicon's evidence to a probability (Platt scaling), and
 * the probability at which the code is applied without review. Fitted on labelled training
 * answers only (never on held-out ones), so the confidence means what it says: of the answers
 * scored 0.7 for a theme, about 70% are about it.
 */
export type ThemeCalibration = { slope: number; intercept: number; accept: number };
export type Calibration = Partial<Record<TopicCode, ThemeCalibration>>;

export type CalibrationOptions = {
  /** Below this many positive training answers a theme keeps the uncalibrated score and 0.5. */
  minPositives?: number;
  /** Precision is weighted above recall when choosing where to accept (F-beta with beta < 1). */
  beta?: number;
};

const EPSILON = 1e-3;
const logit = (p: number): number => {
  const clamped = Math.min(Math.max(p, EPSILON), 1 - EPSILON);
  return Math.log(clamped / (1 - clamped));
};
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The calibrated confidence of a raw score; no evidence at all stays 0. */
export function calibrate(raw: number, theme: ThemeCalibration | undefined): number {
  if (raw <= 0) return 0;
  if (!theme) return raw;
  return sigmoid(theme.slope * logit(raw) + theme.intercept);
}

/**
 * Platt's fit by Newton's method on the log-odds of the raw score, with his smoothed targets
 * so a theme seen a few times does not get an infinite slope.
 */
function fitPlatt(scores: readonly number[], labels: readonly boolean[]): { slope: number; intercept: number } {
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const xs = scores.map(logit);
  const ts = labels.map((label) => (label ? high : low));
  let slope = 1;
  let intercept = 0;
  for (let iteration = 0; iteration < 50; iteration += 1) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-6;
    let hAB = 0;
    let hBB = 1e-6;
    xs.forEach((x, index) => {
      const p = sigmoid(slope * x + intercept);
      const d = p - (ts[index] as number);
      const w = p * (1 - p);
      gA += d * x;
      gB += d;
      hAA += w * x * x;
      hAB += w * x;
      hBB += w;
    });
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const stepA = (hBB * gA - hAB * gB) / det;
    const stepB = (hAA * gB - hAB * gA) / det;
    slope -= stepA;
    intercept -= stepB;
    if (Math.abs(stepA) + Math.abs(stepB) < 1e-9) break;
  }
  return { slope, intercept };
}

/** The acceptance point that maximises F-beta over the calibrated confidences seen. */
function bestAccept(confidences: readonly number[], labels: readonly boolean[], beta: number): number {
  const positives = labels.filter(Boolean).length;
  const order = confidences.map((confidence, index) => ({ confidence, label: labels[index] as boolean })).sort((a, b) => b.confidence - a.confidence);
  let tp = 0;
  let fp = 0;
  let best = { score: -1, accept: 0.5 };
  const b2 = beta * beta;
  order.forEach(({ confidence, label }, index) => {
    if (label) tp += 1;
    else fp += 1;
    const next = order[index + 1];
    if (next && next.confidence === confidence) return;
    const fn = positives - tp;
    const score = ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp);
    // Halfway to the next lower confidence: the point generalises better than the last one accepted.
    const accept = next ? (confidence + next.confidence) / 2 : confidence;
    if (score > best.score) best = { score, accept };
  });
  return best.accept;
}

/**
 * Fits every theme's calibration from raw scores (one row per answer, TOPIC_CODES order) and
 * the human codes of the same answers.
 */
export function fitCalibration(
  raw: readonly ArrayLike<number>[],
  human: readonly (readonly string[])[],
  options: CalibrationOptions = {},
): Calibration {
  const minPositives = options.minPositives ?? 4;
  const beta = options.beta ?? 0.8;
  const sets = human.map((codes) => new Set(codes));
  const calibration: Calibration = {};
  TOPIC_CODES.forEach((theme, column) => {
    const scores: number[] = [];
    const labels: boolean[] = [];
    let positives = 0;
    raw.forEach((row, index) => {
      const score = row[column] as number;
      const label = (sets[index] as Set<string>).has(theme);
      if (label) positives += 1;
      // Only answers with some evidence are calibrated: without any, the score stays 0.
      if (score <= 0) return;
      scores.push(score);
      labels.push(label);
    });
    if (positives < minPositives || labels.filter(Boolean).length < 2) return;
    const platt = fitPlatt(scores, labels);
    const theme_: ThemeCalibration = { ...platt, accept: 0.5 };
    theme_.accept = Math.max(0.3, Math.min(0.9, bestAccept(scores.map((score) => calibrate(score, theme_)), labels, beta)));
    calibration[theme] = { slope: round(platt.slope), intercept: round(platt.intercept), accept: round(theme_.accept) };
  });
  return calibration;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
