import type { GroupComparison, ThemeComparison } from '../comparisons';
import { DEFAULT_MINIMUM_CELL, suppressTable } from './suppress-table';

export type SuppressedComparison = GroupComparison & {
  minimum: number;
  /** `${group}\u0000${theme}` for every hidden group × theme cell, for sections that reuse the same counts. */
  hidden: ReadonlySet<string>;
};

export const cellKey = (group: string, theme: string) => `${group}\u0000${theme}`;

/**
 * The comparison as it may leave the partnership. Per theme the published numbers are,
 * for each group, n and the share (so n, respondents − n and the group size), plus the
 * overall n and total: a group × (mentioned, not mentioned) table with all its margins.
 * Each such table goes through `suppressTable`. Groups under the minimum are hidden in every
 * theme, with a complementary group if their sizes add up to a published total.
 * The chi-square statistic of a theme with hidden cells is dropped, since with the margins
 * known it is a function of the hidden cells; tests of a group against the rest and of
 * published pairs use only published numbers.
 */
export function suppressComparison(
  comparison: GroupComparison,
  minimum = DEFAULT_MINIMUM_CELL,
  options: { publishOverall?: boolean } = {},
): SuppressedComparison {
  // Without an overall column (e.g. waves, whose pooled total nobody needs) there is no
  // total to subtract from, so only the small cells themselves are hidden.
  const publishOverall = options.publishOverall ?? true;
  const sizes = suppressTable(
    comparison.groups.map((group) => [group.respondents ?? 0]),
    { minimum, rowTotals: false, columnTotals: publishOverall },
  );
  const groupHidden = sizes.cells.map((row) => row[0] === null);
  const hidden = new Set<string>();

  const themes: ThemeComparison[] = comparison.themes.map((theme) => {
    const table = suppressTable(
      theme.groups.map((group) => [group.n ?? 0, (group.respondents ?? 0) - (group.n ?? 0)]),
      {
        minimum,
        alsoHide: groupHidden.map((isHidden) => [isHidden, isHidden]),
        hiddenRowTotals: groupHidden,
        columnTotals: publishOverall,
      },
    );
    const hiddenHere = new Set<string>();
    table.cells.forEach((row, i) => {
      if (row[0] === null || row[1] === null) hiddenHere.add(comparison.groups[i]!.group);
    });
    for (const group of hiddenHere) hidden.add(cellKey(group, theme.theme));
    return {
      theme: theme.theme,
      overall: publishOverall ? theme.overall : { respondents: null, n: null, share: null },
      test: hiddenHere.size > 0 ? { testable: false, reason: 'suppressed_cells' } : theme.test,
      groups: theme.groups.map((group, i) =>
        hiddenHere.has(group.group)
          ? {
              ...group,
              respondents: groupHidden[i] ? null : group.respondents,
              n: null,
              share: null,
              interval: null,
              residual: null,
              pValue: null,
              adjustedP: null,
              tested: false,
              significant: false,
              direction: null,
            }
          : group,
      ),
      pairs: theme.pairs.map((pair) =>
        hiddenHere.has(pair.a) || hiddenHere.has(pair.b)
          ? { ...pair, shareA: null, shareB: null, difference: null, z: null, pValue: null, adjustedP: null, tested: false, significant: false }
          : pair,
      ),
    };
  });

  return {
    ...comparison,
    respondents: publishOverall ? comparison.respondents : null,
    groups: comparison.groups.map((group, i) => ({ group: group.group, respondents: groupHidden[i] ? null : group.respondents })),
    themes,
    flags: comparison.flags.filter(
      (flag) =>
        (publishOverall || flag.kind === 'pairwise') &&
        !hidden.has(cellKey(flag.group, flag.theme)) &&
        (flag.otherGroup === null || !hidden.has(cellKey(flag.otherGroup, flag.theme))),
    ),
    minimum,
    hidden,
  };
}
