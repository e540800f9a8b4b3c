import { createCoder, evaluateCoding, trainClassifier, type CodingEvaluation } from '../../analysis/coding';
import { readDevset } from './devset-files';

export type EvaluateOptions = { threshold?: number; withClassifier?: boolean };

const pct = (value: number | null): string => (value === null ? '   —' : (value * 100).toFixed(0).padStart(4));
const num = (value: number | null): string => (value === null ? '    —' : value.toFixed(2).padStart(5));

export function formatEvaluation(title: string, evaluation: CodingEvaluation): string {
  const lines = [
    `${title} (n = ${evaluation.n})`,
    `${'theme'.padEnd(30)}   P%   R%    F1  kappa  human%  machine%  gap`,
  ];
  for (const row of evaluation.themes) {
    lines.push(
      `${row.theme.padEnd(30)} ${pct(row.precision)} ${pct(row.recall)} ${num(row.f1)} ${num(row.kappa)}  ${(row.humanShare * 100).toFixed(1).padStart(6)}  ${(row.predictedShare * 100).toFixed(1).padStart(8)}  ${(row.shareGap * 100).toFixed(1).padStart(5)}`,
    );
  }
  lines.push(
    `micro P ${num(evaluation.micro.precision)}  R ${num(evaluation.micro.recall)}  F1 ${num(evaluation.micro.f1)}   macro F1 ${num(evaluation.macroF1)}   largest share gap ${(evaluation.maxAbsShareGap * 100).toFixed(1)} points`,
  );
  return lines.join('\n');
}

/** Evaluates the shipped coder on the held-out answers, then on the whole set. */
export function runEvaluateCommand(options: EvaluateOptions = {}): string {
  const heldOut = readDevset('held-out');
  const development = readDevset('development');
  const classifier = options.withClassifier ? trainClassifier(development) : undefined;
  const coder = createCoder({
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(classifier ? { classifier } : {}),
  });
  const evaluate = (items: typeof heldOut): CodingEvaluation =>
    evaluateCoding(
      items.map((item) => item.themes),
      items.map((item) => coder(item).themes),
    );
  const method = classifier ? 'lexicon + classifier trained on the development part' : 'lexicon';
  const sections = [formatEvaluation(`Held-out answers, ${method}`, evaluate(heldOut))];
  // The whole set includes the answers the classifier was trained on: only meaningful for the lexicon.
  if (!classifier) sections.push(formatEvaluation('Whole set (held-out + development)', evaluate([...heldOut, ...development])));
  return sections.join('\n\n');
}
