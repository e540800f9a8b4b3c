import { competitionRanks } from './rank';

/** One respondent's themes, each with the weight it counts for (1, or less for a theme only ranked low). */
export type WeightedRespondent = ReadonlyMap<string, number>;

export type WeightedTheme = {
  theme: string;
  /** Sum of the respondents' weights for the theme. */
  score: number | null;
  /** score / respondents: 1 when every respondent ranked it first or named it otherwise. */
  share: number | null;
  rank: number | null;
  suppressed: boolean;
};

export type WeightedSummary = { respondents: number; themes: WeightedTheme[] };

/**
 * Rank-weighted theme scores of a slice: each respondent adds the weight of each of their themes
 * (see analysis/coding closedThemeWeights), so a theme ranked first by half the respondents
 * outranks one ranked last by all. No interval: a sum of weights is not a binomial count.
 * Themes listed in `hidden` (suppressed in the unweighted summary) get no figures.
 */
export function summarizeWeighted(
  rows: readonly WeightedRespondent[],
  themes: readonly string[],
  hidden: ReadonlySet<string> = new Set(),
): WeightedSummary {
  const sums = new Map<string, number>();
  for (const row of rows) for (const [theme, weight] of row) sums.set(theme, (sums.get(theme) ?? 0) + weight);
  const respondents = rows.length;
  const figures: WeightedTheme[] = themes.map((theme) => {
    if (hidden.has(theme)) return { theme, score: null, share: null, rank: null, suppressed: true };
    // Rounded so that sums of fractions such as 1/3 compare and print the same on every platform.
    const score = Math.round((sums.get(theme) ?? 0) * 1e6) / 1e6;
    return { theme, score, share: respondents > 0 ? Math.round((score / respondents) * 1e6) / 1e6 : null, rank: null, suppressed: false };
  });
  const ranks = competitionRanks(figures.map((figure) => (respondents > 0 ? figure.score : null)));
  figures.forEach((figure, index) => {
    figure.rank = ranks[index] ?? null;
  });
  return { respondents, themes: [...figures].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)) };
}
