import { adjustPValues, twoProportionZTest, type Adjustment } from '../statistics';
import type { ThemeCounts } from '../summaries';
import type { Bilingual } from './flag-text';
import { formatPercent, labelOf } from './theme-phrases';

export type AudienceGapInput = {
  community: string;
  /** Newcomers who raised each theme as a need. */
  newcomers: ThemeCounts;
  /** Providers who reported each theme as a gap in services. */
  providers: ThemeCounts;
};

export type GapOptions = {
  themes?: readonly string[];
  alpha?: number;
  adjustment?: Adjustment;
  /**
   * Smallest difference in shares worth flagging, so a large sample does not flag a 2-point
   * gap nobody would act on. 0.10 = ten percentage points.
   */
  minimumDifference?: number;
  /** Cochran's rule for the 2 × 2 table, as in compareGroups. */
  minimumExpected?: number;
};

export type GapRow = {
  theme: string;
  newcomers: { n: number | null; share: number | null };
  providers: { n: number | null; share: number | null };
  /** Newcomer share − provider share. */
  difference: number | null;
  pValue: number | null;
  adjustedP: number | null;
  diverges: boolean;
  /** Who raised the theme more, when it diverges. */
  direction: 'newcomers' | 'providers' | null;
  text: Bilingual | null;
};

export type AudienceGap = {
  community: string;
  newcomerRespondents: number | null;
  providerRespondents: number | null;
  rows: GapRow[];
};

/**
 * Newcomers' needs beside providers' reported gaps, per community. A theme diverges when
 * the two shares differ by at least `minimumDifference` and a two-proportion test says so
 * after correcting across every theme of every community. Providers are usually few, so
 * most differences will honestly stay unflagged.
 */
export function audienceGaps(inputs: readonly AudienceGapInput[], options: GapOptions = {}): AudienceGap[] {
  const alpha = options.alpha ?? 0.05;
  const minimumDifference = options.minimumDifference ?? 0.1;
  const minimumExpected = options.minimumExpected ?? 5;
  const gaps: AudienceGap[] = inputs.map((input) => {
    const themes =
      options.themes ?? [...new Set([...Object.keys(input.newcomers.mentions), ...Object.keys(input.providers.mentions)])];
    const a = input.newcomers.respondents;
    const b = input.providers.respondents;
    return {
      community: input.community,
      newcomerRespondents: a,
      providerRespondents: b,
      rows: themes.map((theme): GapRow => {
        const na = input.newcomers.mentions[theme] ?? 0;
        const nb = input.providers.mentions[theme] ?? 0;
        const test = twoProportionZTest(na, a, nb, b);
        const pooled = na + nb;
        const tested =
          test !== null && Math.min(a, b) * Math.min(pooled, a + b - pooled) >= minimumExpected * (a + b);
        return {
          theme,
          newcomers: { n: na, share: a > 0 ? na / a : null },
          providers: { n: nb, share: b > 0 ? nb / b : null },
          difference: a > 0 && b > 0 ? na / a - nb / b : null,
          pValue: tested ? test.pValue : null,
          adjustedP: null,
          diverges: false,
          direction: null,
          text: null,
        };
      }),
    };
  });
  const tested = gaps.flatMap((gap) => gap.rows.filter((row) => row.pValue !== null));
  const adjusted = adjustPValues(
    tested.map((row) => row.pValue!),
    options.adjustment ?? 'holm',
  );
  tested.forEach((row, index) => {
    row.adjustedP = adjusted[index]!;
    if (row.adjustedP < alpha && Math.abs(row.difference!) >= minimumDifference) {
      row.diverges = true;
      row.direction = row.difference! > 0 ? 'newcomers' : 'providers';
      row.text = gapText(row.theme, row.newcomers.share!, row.providers.share!);
    }
  });
  return gaps;
}

/** "Housing: 42% of newcomers vs 18% of providers (a 24-point gap)." */
export function gapText(theme: string, newcomerShare: number, providerShare: number): Bilingual {
  const points = Math.abs(Math.round(newcomerShare * 100) - Math.round(providerShare * 100));
  return {
    en: `${labelOf(theme, 'en')}: ${formatPercent(newcomerShare, 'en')} of newcomers vs ${formatPercent(providerShare, 'en')} of providers (a ${points}-point gap).`,
    fr: `${labelOf(theme, 'fr')} : ${formatPercent(newcomerShare, 'fr')} des nouveaux arrivants contre ${formatPercent(providerShare, 'fr')} des fournisseurs de services (écart de ${points} points).`,
  };
}
