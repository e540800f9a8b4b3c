// Theme-frequency summaries of a slice of coded respondents: counts in (from SQL or from rows),
// shares with Wilson intervals and ranks out.
export type {
  Audience,
  CodedRespondent,
  GroupCounts,
  ThemeCounts,
  ThemeFrequency,
  ThemeSource,
  ThemeSummary,
} from './types';
export { countThemes, countThemesBy, poolCounts } from './count-themes';
export { competitionRanks } from './rank';
export { summarizeCounts, summarizeRespondents, sortByRank, type SummaryOptions } from './theme-frequency';
export { summarizeWeighted, type WeightedRespondent, type WeightedSummary, type WeightedTheme } from './rank-weighted';
