import { cohenKappa } from '../agreement';
import { THEME_CODES } from '../taxonomy';

export type ThemeEvaluation = {
  theme: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Null when the coder never predicted the theme (0/0). */
  precision: number | null;
  /** Null when the humans never coded the theme. */
  recall: number | null;
  f1: number | null;
  kappa: number | null;
  humanShare: number;
  predictedShare: number;
  /** predictedShare − humanShare, in share points (0.05 = 5 points). */
  shareGap: number;
};

export type CodingEvaluation = {
  n: number;
  themes: ThemeEvaluation[];
  micro: { precision: number | null; recall: number | null; f1: number | null };
  /** Mean F1 over the themes the humans or the coder used at least once. */
  macroF1: number | null;
  maxAbsShareGap: number;
};

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

function f1Of(precision: number | null, recall: number | null, tp: number, fp: number, fn: number): number | null {
  if (tp + fp + fn === 0) return null;
  return (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Compares machine codes with human codes, answer by answer (matched by position).
 * Every answer is a multi-label set; each theme is scored as its own yes/no judgement.
 */
export function evaluateCoding(
  human: readonly (readonly string[])[],
  machine: readonly (readonly string[])[],
  themes: readonly string[] = THEME_CODES,
): CodingEvaluation {
  if (human.length !== machine.length) throw new Error('human and machine codes must cover the same answers');
  const n = human.length;
  const humanSets = human.map((codes) => new Set(codes));
  const machineSets = machine.map((codes) => new Set(codes));
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  const rows = themes.map((theme): ThemeEvaluation => {
    const a = humanSets.map((set) => set.has(theme));
    const b = machineSets.map((set) => set.has(theme));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    a.forEach((isHuman, index) => {
      const isMachine = b[index] as boolean;
      if (isHuman && isMachine) tp += 1;
      else if (isMachine) fp += 1;
      else if (isHuman) fn += 1;
    });
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const humanShare = n === 0 ? 0 : (tp + fn) / n;
    const predictedShare = n === 0 ? 0 : (tp + fp) / n;
    return {
      theme,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision,
      recall,
      f1: f1Of(precision, recall, tp, fp, fn),
      kappa: cohenKappa(a, b).kappa,
      humanShare,
      predictedShare,
      shareGap: predictedShare - humanShare,
    };
  });
  const used = rows.filter((row) => row.f1 !== null);
  const microPrecision = ratio(tpAll, tpAll + fpAll);
  const microRecall = ratio(tpAll, tpAll + fnAll);
  return {
    n,
    themes: rows,
    micro: { precision: microPrecision, recall: microRecall, f1: f1Of(microPrecision, microRecall, tpAll, fpAll, fnAll) },
    macroF1: used.length === 0 ? null : used.reduce((sum, row) => sum + (row.f1 as number), 0) / used.length,
    maxAbsShareGap: rows.reduce((max, row) => Math.max(max, Math.abs(row.shareGap)), 0),
  };
}
