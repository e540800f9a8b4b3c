import { competitionRanks, sortByRank, type ThemeFrequency, type ThemeSummary } from '../summaries';
import { DEFAULT_MINIMUM_CELL } from './suppress-table';

/**
 * Hides every theme of a single slice that rests on fewer than `minimum` respondents, on
 * either side: a theme mentioned by 97 of 100 reveals the 3 who did not. A slice under the
 * minimum hides everything, its own size included. Ranks are recomputed among what is left
 * so a gap in the ranking does not betray a hidden theme.
 */
export function suppressSummary(summary: ThemeSummary, minimum = DEFAULT_MINIMUM_CELL): ThemeSummary {
  const respondents = summary.respondents;
  const tooSmall = respondents === null || respondents < minimum;
  const themes: ThemeFrequency[] = summary.themes.map((theme) => {
    const hide =
      tooSmall || theme.suppressed || theme.n === null || theme.n < minimum || respondents - theme.n < minimum;
    return hide ? { theme: theme.theme, n: null, share: null, interval: null, rank: null, suppressed: true } : { ...theme };
  });
  const ranks = competitionRanks(themes.map((theme) => theme.n));
  themes.forEach((theme, index) => {
    theme.rank = ranks[index] ?? null;
  });
  return { respondents: tooSmall ? null : respondents, confidence: summary.confidence, themes: sortByRank(themes) };
}
