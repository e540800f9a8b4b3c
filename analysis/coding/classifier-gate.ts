import { trainClassifier, type ClassifierModel, type TrainingExample } from './classifier';
import { createCoder } from './coder';
import { evaluateCoding } from './evaluation';

export type GateResult = { classifier: ClassifierModel | undefined; withoutF1: number | null; withF1: number | null; checked: number };

// On the corpus the classifier added nothing after 30, 100 or 300 reviewed answers of a
// partnership with its own vocabulary (bench/coding-classifier.ts, docs/coding.md): it is used
// only where it beats the coder alone on the partnership's own answers, by this much F1.
export const MIN_GAIN = 0.02;

/**
 * Trains the partnership classifier on four fifths of its reviewed answers and keeps it only
 * if it codes the fifth it did not see better than the coder alone; then trains it on all.
 */
export function classifierIfItHelps(examples: readonly TrainingExample[]): GateResult {
  const check = examples.filter((_, index) => index % 5 === 4);
  const learn = examples.filter((_, index) => index % 5 !== 4);
  if (check.length < 10) return { classifier: undefined, withoutF1: null, withF1: null, checked: check.length };
  const alone = createCoder();
  const blended = createCoder({ classifier: trainClassifier(learn) });
  const f1 = (coder: typeof alone): number | null =>
    evaluateCoding(
      check.map((example) => example.themes),
      check.map((example) => coder(example).themes),
    ).micro.f1;
  const withoutF1 = f1(alone);
  const withF1 = f1(blended);
  const helps = withF1 !== null && (withoutF1 === null || withF1 >= withoutF1 + MIN_GAIN);
  return { classifier: helps ? trainClassifier(examples) : undefined, withoutF1, withF1, checked: check.length };
}
