import { wilsonInterval } from '../statistics';
import { countThemes } from './count-themes';
import { competitionRanks } from './rank';
import type { CodedRespondent, ThemeCounts, ThemeFrequency, ThemeSource, ThemeSummary } from './types';

export type SummaryOptions = {
  /** Themes to report, in tie-breaking order; themes nobody mentioned still appear with 0. Default: the keys of `mentions`. */
  themes?: readonly string[];
  /** Confidence level of the Wilson intervals. */
  confidence?: number;
};

/**
 * Theme frequencies of one slice from counts: share of respondents mentioning each theme
 * with its Wilson interval, ranked. Counts that cannot be true (more mentions than
 * respondents, negative or fractional) are a bug upstream and throw.
 */
export function summarizeCounts(counts: ThemeCounts, options: SummaryOptions = {}): ThemeSummary {
  const { respondents, mentions } = counts;
  const confidence = options.confidence ?? 0.95;
  assertCount(respondents, 'respondents');
  const themes = options.themes ?? Object.keys(mentions);
  const frequencies: ThemeFrequency[] = themes.map((theme) => {
    const n = mentions[theme] ?? 0;
    assertCount(n, `mentions of ${theme}`);
    if (n > respondents) throw new RangeError(`${n} mentions of ${theme} but only ${respondents} respondents`);
    return {
      theme,
      n,
      share: respondents > 0 ? n / respondents : null,
      interval: wilsonInterval(n, respondents, confidence),
      rank: null,
      suppressed: false,
    };
  });
  const ranks = competitionRanks(frequencies.map((frequency) => (respondents > 0 ? frequency.n : null)));
  frequencies.forEach((frequency, index) => {
    frequency.rank = ranks[index] ?? null;
  });
  return { respondents, confidence, themes: sortByRank(frequencies) };
}

/** The same summary from coded rows, counting closed answers, open answers or both. */
export function summarizeRespondents(
  rows: readonly CodedRespondent[],
  options: SummaryOptions & { source?: ThemeSource } = {},
): ThemeSummary {
  return summarizeCounts(countThemes(rows, options.source ?? 'combined'), options);
}

/** Ranked first, unranked last, ties kept in the given order (Array.prototype.sort is stable). */
export function sortByRank(frequencies: ThemeFrequency[]): ThemeFrequency[] {
  return [...frequencies].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${value}`);
}
