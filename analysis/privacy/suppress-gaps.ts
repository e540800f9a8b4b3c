import type { AudienceGap } from '../comparisons';
import { cellKey } from './suppress-comparison';
import { DEFAULT_MINIMUM_CELL } from './suppress-table';

/**
 * Hides each audience's share of a theme when it rests on fewer than `minimum` respondents
 * on either side, and a whole audience under the minimum. Newcomer counts that the
 * cross-community comparison already hid (`hiddenNewcomerCells`, from suppressComparison)
 * are hidden here too, or the gap table would undo that protection.
 * No provider total across communities is published, so providers need no complement.
 */
export function suppressGaps(
  gaps: readonly AudienceGap[],
  minimum = DEFAULT_MINIMUM_CELL,
  hiddenNewcomerCells: ReadonlySet<string> = new Set(),
): AudienceGap[] {
  return gaps.map((gap) => {
    const newcomersTooFew = gap.newcomerRespondents === null || gap.newcomerRespondents < minimum;
    const providersTooFew = gap.providerRespondents === null || gap.providerRespondents < minimum;
    const small = (n: number | null, total: number | null) =>
      n === null || total === null || n < minimum || total - n < minimum;
    return {
      community: gap.community,
      newcomerRespondents: newcomersTooFew ? null : gap.newcomerRespondents,
      providerRespondents: providersTooFew ? null : gap.providerRespondents,
      rows: gap.rows.map((row) => {
        const hideNewcomers =
          newcomersTooFew ||
          small(row.newcomers.n, gap.newcomerRespondents) ||
          hiddenNewcomerCells.has(cellKey(gap.community, row.theme));
        const hideProviders = providersTooFew || small(row.providers.n, gap.providerRespondents);
        if (!hideNewcomers && !hideProviders) return row;
        return {
          theme: row.theme,
          newcomers: hideNewcomers ? { n: null, share: null } : row.newcomers,
          providers: hideProviders ? { n: null, share: null } : row.providers,
          difference: null,
          pValue: null,
          adjustedP: null,
          diverges: false,
          direction: null,
          text: null,
        };
      }),
    };
  });
}
