import {
  adjustPValues,
  chiSquareIndependence,
  twoProportionZTest,
  twoSidedNormalP,
  wilsonInterval,
  type Adjustment,
  type Interval,
} from '../statistics';
import type { GroupCounts } from '../summaries';
import { pairwiseText, versusOverallText, type Bilingual, type GroupKind } from './flag-text';

export type CompareOptions = {
  /** Themes to compare, in report order. Default: every theme any group mentioned. */
  themes?: readonly string[];
  kind?: GroupKind;
  alpha?: number;
  /**
   * Correction for the many tests. The family is every test of one kind (group against the
   * rest, or pair of groups) across all themes: 40 communities × 21 themes is 840 tests, and
   * flags should survive all of them, not only the ones in their own row.
   */
  adjustment?: Adjustment;
  /** Pairwise tests grow as k(k − 1)/2 per theme; turn them off for long lists of groups. */
  pairwise?: boolean;
  /**
   * Smallest expected count in each cell of a 2 × 2 comparison for the normal approximation
   * to be trusted (Cochran's 5). Comparisons below it are reported but not tested or flagged,
   * and stay out of the correction family.
   */
  minimumExpected?: number;
  confidence?: number;
};

export type GroupResult = {
  group: string;
  /** Null only once suppressed (analysis/privacy). */
  respondents: number | null;
  n: number | null;
  share: number | null;
  interval: Interval | null;
  /** Haberman's adjusted residual of the "mentioned" cell: the z of this group against all the others. */
  residual: number | null;
  pValue: number | null;
  adjustedP: number | null;
  tested: boolean;
  significant: boolean;
  direction: 'higher' | 'lower' | null;
};

export type PairResult = {
  a: string;
  b: string;
  shareA: number | null;
  shareB: number | null;
  /** shareA − shareB. */
  difference: number | null;
  z: number | null;
  pValue: number | null;
  adjustedP: number | null;
  tested: boolean;
  significant: boolean;
};

export type ThemeTest =
  | {
      testable: true;
      statistic: number;
      df: number;
      pValue: number;
      adjustedP: number;
      lowExpected: { cellsBelow5: number; cells: number; share: number; flagged: boolean };
    }
  | { testable: false; reason: string };

export type ThemeComparison = {
  theme: string;
  /** Null only once suppressed without an overall column (analysis/privacy). */
  overall: { respondents: number | null; n: number | null; share: number | null };
  /** Chi-square test of independence, group × mentioned / not mentioned. */
  test: ThemeTest;
  groups: GroupResult[];
  pairs: PairResult[];
};

export type ComparisonFlag = {
  kind: 'vs-overall' | 'pairwise';
  theme: string;
  group: string;
  /** The other group of a pairwise flag; null against the overall share. */
  otherGroup: string | null;
  direction: 'higher' | 'lower';
  share: number;
  comparisonShare: number;
  adjustedP: number;
  text: Bilingual;
};

export type GroupComparison = {
  kind: GroupKind;
  alpha: number;
  adjustment: Adjustment;
  /** Null only once suppressed without an overall column. */
  respondents: number | null;
  /** Respondents null only once suppressed. */
  groups: { group: string; respondents: number | null }[];
  themes: ThemeComparison[];
  flags: ComparisonFlag[];
};

/**
 * Compares theme frequencies across groups (communities, or waves: same function, other
 * key). Per theme: a chi-square test of independence, each group against the rest (the
 * adjusted residual), and optionally every pair of groups; flags only for what stays
 * significant after correcting for every test of its kind.
 */
export function compareGroups(groups: readonly GroupCounts[], options: CompareOptions = {}): GroupComparison {
  const kind = options.kind ?? 'community';
  const alpha = options.alpha ?? 0.05;
  const adjustment = options.adjustment ?? 'holm';
  const minimumExpected = options.minimumExpected ?? 5;
  const confidence = options.confidence ?? 0.95;
  const themes = options.themes ?? [...new Set(groups.flatMap((group) => Object.keys(group.mentions)))];
  const total = groups.reduce((sum, group) => sum + group.respondents, 0);

  const comparisons: ThemeComparison[] = themes.map((theme) => {
    const counts = groups.map((group) => group.mentions[theme] ?? 0);
    const mentioned = counts.reduce((sum, n) => sum + n, 0);
    const outcome = chiSquareIndependence(groups.map((group, i) => [counts[i]!, group.respondents - counts[i]!]));
    const groupResults: GroupResult[] = groups.map((group, i) => {
      const n = counts[i]!;
      const share = group.respondents > 0 ? n / group.respondents : null;
      const rest = total - group.respondents;
      const tested =
        outcome.testable &&
        Math.min(group.respondents, rest) * Math.min(mentioned, total - mentioned) >= minimumExpected * total;
      const residual = outcome.testable ? (outcome.adjustedResiduals[i]?.[0] ?? Number.NaN) : Number.NaN;
      const usable = tested && Number.isFinite(residual);
      return {
        group: group.group,
        respondents: group.respondents,
        n,
        share,
        interval: wilsonInterval(n, group.respondents, confidence),
        residual: Number.isFinite(residual) ? residual : null,
        pValue: usable ? twoSidedNormalP(residual) : null,
        adjustedP: null,
        tested: usable,
        significant: false,
        direction: null,
      };
    });
    const pairs: PairResult[] = [];
    if (options.pairwise ?? true) {
      for (let i = 0; i < groups.length; i++) {
        for (let j = i + 1; j < groups.length; j++) pairs.push(pairResult(groups[i]!, groups[j]!, counts[i]!, counts[j]!, minimumExpected));
      }
    }
    return {
      theme,
      overall: { respondents: total, n: mentioned, share: total > 0 ? mentioned / total : null },
      test: outcome.testable
        ? {
            testable: true,
            statistic: outcome.statistic,
            df: outcome.df,
            pValue: outcome.pValue,
            adjustedP: Number.NaN,
            lowExpected: outcome.lowExpected,
          }
        : { testable: false, reason: outcome.reason },
      groups: groupResults,
      pairs,
    };
  });

  adjustFamily(
    comparisons.flatMap((comparison) => (comparison.test.testable ? [comparison.test] : [])),
    (test) => test.pValue,
    (test, adjusted) => {
      test.adjustedP = adjusted;
    },
    adjustment,
  );
  adjustFamily(
    comparisons.flatMap((comparison) => comparison.groups.filter((group) => group.pValue !== null)),
    (group) => group.pValue!,
    (group, adjusted) => {
      group.adjustedP = adjusted;
      group.significant = adjusted < alpha;
      group.direction = group.significant ? (group.residual! > 0 ? 'higher' : 'lower') : null;
    },
    adjustment,
  );
  adjustFamily(
    comparisons.flatMap((comparison) => comparison.pairs.filter((pair) => pair.pValue !== null)),
    (pair) => pair.pValue!,
    (pair, adjusted) => {
      pair.adjustedP = adjusted;
      pair.significant = adjusted < alpha;
    },
    adjustment,
  );

  return {
    kind,
    alpha,
    adjustment,
    respondents: total,
    groups: groups.map((group) => ({ group: group.group, respondents: group.respondents })),
    themes: comparisons,
    flags: comparisons.flatMap((comparison) => flagsOf(comparison, kind)),
  };
}

function pairResult(a: GroupCounts, b: GroupCounts, na: number, nb: number, minimumExpected: number): PairResult {
  const test = twoProportionZTest(na, a.respondents, nb, b.respondents);
  const pooledN = a.respondents + b.respondents;
  const pooledMentions = na + nb;
  const tested =
    test !== null &&
    Math.min(a.respondents, b.respondents) * Math.min(pooledMentions, pooledN - pooledMentions) >= minimumExpected * pooledN;
  return {
    a: a.group,
    b: b.group,
    shareA: a.respondents > 0 ? na / a.respondents : null,
    shareB: b.respondents > 0 ? nb / b.respondents : null,
    difference: test?.difference ?? null,
    z: test?.z ?? null,
    pValue: tested ? test.pValue : null,
    adjustedP: null,
    tested,
    significant: false,
  };
}

function adjustFamily<T>(
  members: T[],
  pOf: (member: T) => number,
  set: (member: T, adjusted: number) => void,
  adjustment: Adjustment,
): void {
  const adjusted = adjustPValues(members.map(pOf), adjustment);
  members.forEach((member, index) => set(member, adjusted[index]!));
}

function flagsOf(comparison: ThemeComparison, kind: GroupKind): ComparisonFlag[] {
  const flags: ComparisonFlag[] = [];
  const overallShare = comparison.overall.share;
  for (const group of comparison.groups) {
    if (!group.significant || group.direction === null || group.share === null || overallShare === null) continue;
    flags.push({
      kind: 'vs-overall',
      theme: comparison.theme,
      group: group.group,
      otherGroup: null,
      direction: group.direction,
      share: group.share,
      comparisonShare: overallShare,
      adjustedP: group.adjustedP!,
      text: versusOverallText(comparison.theme, group.group, kind, group.direction, group.share, overallShare),
    });
  }
  for (const pair of comparison.pairs) {
    if (!pair.significant || pair.shareA === null || pair.shareB === null) continue;
    const aHigher = pair.shareA > pair.shareB;
    const [high, low, highShare, lowShare] = aHigher
      ? [pair.a, pair.b, pair.shareA, pair.shareB]
      : [pair.b, pair.a, pair.shareB, pair.shareA];
    flags.push({
      kind: 'pairwise',
      theme: comparison.theme,
      group: high,
      otherGroup: low,
      direction: 'higher',
      share: highShare,
      comparisonShare: lowShare,
      adjustedP: pair.adjustedP!,
      text: pairwiseText(comparison.theme, high, low, kind, highShare, lowShare),
    });
  }
  return flags;
}
