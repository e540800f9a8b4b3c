import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alphaByTheme, kappaByTheme } from '../../analysis/agreement';
import {
  afterReview,
  createCoder,
  crossValidate,
  evaluateBy,
  evaluateCoding,
  evaluatePredictions,
  fitThemeModel,
  heldOutPredictions,
  trainClassifier,
  type CodingEvaluation,
  type FitOptions,
  type Prediction,
  type SplitItem,
} from '../../analysis/coding';
import { THEME_CODES, TOPIC_CODES } from '../../analysis/taxonomy';
import { foldOf, isHeldOut, readCorpus, readDevset, type Corpus } from './devset-files';

export type EvaluateOptions = {
  threshold?: number;
  withClassifier?: boolean;
  split?: 'train' | 'held-out' | 'all';
  /** The raw lexicon evidence with one threshold (0.5 unless given), without the fitted model: the coder as it was. */
  uncalibrated?: boolean;
  /** Print the cross-validated TRAIN errors (never held-out ones), optionally for one language. */
  errors?: boolean;
  lang?: string;
  /** Fit the model on the whole TRAIN part and write it to analysis/coding/fitted-model.ts. */
  fit?: boolean;
  /** Another corpus directory (texts/, labels/) than analysis/devset/corpus. */
  corpus?: string;
};

export const FOLDS = 5;

const pct = (value: number | null): string => (value === null ? '   —' : (value * 100).toFixed(0).padStart(4));
const num = (value: number | null): string => (value === null ? '    —' : value.toFixed(2).padStart(5));

export function formatEvaluation(title: string, evaluation: CodingEvaluation): string {
  const lines = [
    `${title} (n = ${evaluation.n})`,
    `${'theme'.padEnd(30)}   P%   R%    F1  kappa  human%  machine%  gap   fp  fn`,
  ];
  for (const row of evaluation.themes) {
    lines.push(
      `${row.theme.padEnd(30)} ${pct(row.precision)} ${pct(row.recall)} ${num(row.f1)} ${num(row.kappa)}  ${(row.humanShare * 100).toFixed(1).padStart(6)}  ${(row.predictedShare * 100).toFixed(1).padStart(8)}  ${(row.shareGap * 100).toFixed(1).padStart(5)} ${String(row.falsePositives).padStart(4)} ${String(row.falseNegatives).padStart(3)}`,
    );
  }
  lines.push(summaryLine('micro', evaluation));
  return lines.join('\n');
}

function summaryLine(label: string, evaluation: CodingEvaluation): string {
  return `${label.padEnd(12)} n ${String(evaluation.n).padStart(5)}  micro P ${num(evaluation.micro.precision)}  R ${num(evaluation.micro.recall)}  F1 ${num(evaluation.micro.f1)}   macro F1 ${num(evaluation.macroF1)}   largest share gap ${(evaluation.maxAbsShareGap * 100).toFixed(1)} points`;
}

function breakdowns(title: string, predictions: readonly Prediction[]): string {
  const overall = evaluatePredictions(predictions);
  const review = afterReview(predictions);
  return [
    formatEvaluation(title, overall),
    'by language:',
    ...evaluateBy(predictions, (item) => item.lang).map(([lang, evaluation]) => summaryLine(lang, evaluation)),
    'by kind:',
    ...evaluateBy(predictions, (item) => item.kind).map(([kind, evaluation]) => summaryLine(kind, evaluation)),
    `after review of the suggested codes (${(review.reviewed * 100).toFixed(0)}% of answers sent to the review queue):`,
    summaryLine('reviewed', review.evaluation),
  ].join('\n');
}

function corpusSizes(corpus: Corpus, items: readonly SplitItem[]): string {
  const rows = new Map<string, { answer: number; prose: number; heldOut: number }>();
  for (const item of items) {
    const row = rows.get(item.lang) ?? { answer: 0, prose: 0, heldOut: 0 };
    row[item.kind] += 1;
    if (item.heldOut) row.heldOut += 1;
    rows.set(item.lang, row);
  }
  const lines = [`Labelled corpus: ${items.length} items (${corpus.texts.length} texts)`, 'lang     answer  prose  held-out  truth'];
  for (const [lang, row] of rows) {
    lines.push(`${lang.padEnd(8)} ${String(row.answer).padStart(6)} ${String(row.prose).padStart(6)} ${String(row.heldOut).padStart(9)}  labels/${corpus.truthSource[lang] ?? 'a'}`);
  }
  for (const { file, lines: count } of corpus.skipped) lines.push(`skipped ${count} unreadable line(s) in ${file}`);
  return lines.join('\n');
}

/** Per-theme Cohen's kappa and Krippendorff's alpha between labels/a and labels/b, on the items both labelled. */
export function agreementReport(corpus: Corpus): string | undefined {
  const ids = corpus.texts.map((text) => text.id).filter((id) => corpus.labelsA.has(id) && corpus.labelsB.has(id));
  if (ids.length === 0) return undefined;
  const a = ids.map((id) => corpus.labelsA.get(id) as string[]);
  const b = ids.map((id) => corpus.labelsB.get(id) as string[]);
  const kappas = kappaByTheme(a, b, THEME_CODES);
  const alphas = alphaByTheme([a, b], THEME_CODES);
  const exact = ids.filter((_, index) => [...(a[index] as string[])].sort().join() === [...(b[index] as string[])].sort().join()).length;
  const lines = [
    `Agreement between labels/a and labels/b (${ids.length} items labelled twice; identical code sets on ${((exact / ids.length) * 100).toFixed(0)}%)`,
    `${'theme'.padEnd(30)}  in a  in b  kappa  alpha`,
  ];
  kappas.forEach((row, index) => {
    lines.push(`${row.theme.padEnd(30)} ${String(row.presentA).padStart(5)} ${String(row.presentB).padStart(5)}  ${num(row.kappa)}  ${num(alphas[index]?.alpha ?? null)}`);
  });
  const agreement = evaluateCoding(a, b);
  lines.push(`pooled: b against a, micro F1 ${num(agreement.micro.f1)}, macro F1 ${num(agreement.macroF1)}`);
  return lines.join('\n');
}

function errorReport(predictions: readonly Prediction[], lang: string | undefined): string {
  const lines = ['TRAIN errors (cross-validated; held-out items are never printed)'];
  for (const { item, coded } of predictions) {
    if (lang && item.lang !== lang) continue;
    const truth = new Set<string>(item.themes);
    const machine = new Set<string>(coded.themes);
    const extra = [...machine].filter((theme) => !truth.has(theme));
    const missed = [...truth].filter((theme) => !machine.has(theme));
    if (extra.length === 0 && missed.length === 0) continue;
    const scores = Object.entries(coded.scores)
      .filter(([, score]) => score > 0.05)
      .map(([theme, score]) => `${theme} ${score.toFixed(2)}`)
      .join(', ');
    lines.push(`${item.id} [${item.kind}] ${item.text}\n   fp: ${extra.join(' ') || '-'}   fn: ${missed.join(' ') || '-'}   scores: ${scores}`);
  }
  return lines.join('\n');
}

function writeModel(train: readonly SplitItem[]): string {
  const model = fitThemeModel(train);
  const source = `import type { ThemeModel } from './theme-model';

// Written by \`npm run --silent tessera -- evaluate --fit\`: fitted on the labelled corpus's TRAIN
// part only (${train.length} items; held-out items are never used). Per theme, logistic-regression
// weights on the lexicon's evidence and on words, and the probability at which a code is applied
// (chosen by inner cross-validation); below it, down to the review floor, codes are suggested.
export const FITTED_MODEL: ThemeModel = ${JSON.stringify(model)};
`;
  const file = fileURLToPath(new URL('../../analysis/coding/fitted-model.ts', import.meta.url));
  writeFileSync(file, source);
  return `wrote the model fitted on ${train.length} TRAIN items to ${file} (${Math.round(source.length / 1024)} KiB)`;
}

/** Evaluates the coder on the labelled corpus (cross-validated train part, held-out part) and on the old devset. */
export function runEvaluateCommand(options: EvaluateOptions = {}): string {
  const split = options.split ?? 'all';
  const corpus = options.corpus ? readCorpus(options.corpus) : readCorpus();
  const items: SplitItem[] = corpus.items.map((item) => ({ ...item, heldOut: isHeldOut(item.id), fold: foldOf(item.id, FOLDS) }));
  const train = items.filter((item) => !item.heldOut);
  const heldOut = items.filter((item) => item.heldOut);
  const fit: FitOptions = {
    model: !options.uncalibrated,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    classifier: options.withClassifier === true,
  };
  const method = [
    fit.model ? `lexicon + per-theme model fitted on the training folds${fit.threshold === undefined ? '' : `, threshold ${fit.threshold}`}` : `lexicon, threshold ${fit.threshold ?? 0.5}`,
    fit.classifier ? ' + classifier trained on the training folds' : '',
  ].join('');
  // The shipped model is fitted on the project's corpus only, never on another directory.
  if (options.fit) return options.corpus ? 'tessera: --fit uses analysis/devset/corpus only; drop --corpus' : writeModel(train);

  const sections: string[] = [];
  if (items.length > 0) {
    sections.push(corpusSizes(corpus, items));
    const agreement = agreementReport(corpus);
    if (agreement) sections.push(agreement);
    if (split !== 'held-out' && train.length > 0) {
      const predictions = crossValidate(train, FOLDS, fit);
      sections.push(breakdowns(`TRAIN part, ${FOLDS}-fold cross-validation (folds by id hash), ${method}`, predictions));
      if (options.errors) sections.push(errorReport(predictions, options.lang));
    }
    if (split !== 'train' && heldOut.length > 0) {
      sections.push(breakdowns(`HELD-OUT part (sha256(id)[0] < 64), fitted on the whole TRAIN part, ${method}`, heldOutPredictions(train, heldOut, fit)));
    }
  } else {
    sections.push('Labelled corpus: no labelled items yet in analysis/devset/corpus');
  }

  // The team's own examples: written next to the lexicons, so these figures are not an estimate.
  const development = readDevset('development');
  const oldHeldOut = readDevset('held-out');
  const classifier = options.withClassifier ? trainClassifier(development) : undefined;
  const coder = createCoder({
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.uncalibrated ? { model: false as const } : {}),
    ...(classifier ? { classifier } : {}),
  });
  const evaluate = (answers: typeof oldHeldOut): CodingEvaluation =>
    evaluateCoding(
      answers.map((answer) => answer.themes),
      answers.map((answer) => coder(answer).themes),
    );
  sections.push(
    [
      "Team's own devset (analysis/devset/*.jsonl, written alongside the lexicons: not an estimate of quality on real text)",
      summaryLine('held-out', evaluate(oldHeldOut)),
      ...(classifier ? [] : [summaryLine('development', evaluate(development))]),
    ].join('\n'),
  );
  return sections.join('\n\n');
}
