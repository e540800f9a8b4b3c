import type { Interval } from '../statistics';

export type Audience = 'newcomers' | 'providers';

/**
 * One respondent after coding: the themes their closed answers name (from the choices'
 * `themes` property) and the themes the coder found in their open answers. Theme codes are
 * plain strings so a summary never breaks on a code added after the data was coded; the
 * report looks labels up in analysis/taxonomy.
 */
export type CodedRespondent = {
  responseId: string;
  /** Null when the consultation has no communities. */
  community: string | null;
  audience: Audience;
  wave: string;
  questionnaireVersion: number | string;
  /** The locale the respondent answered in. */
  language: string;
  closedThemes: readonly string[];
  openThemes: readonly string[];
};

/** Which answers count as a mention: closed choices, open answers, or either (a respondent counted once). */
export type ThemeSource = 'combined' | 'closed' | 'open';

/**
 * The core input: how many respondents are in the slice and how many of them mentioned each
 * theme (a respondent counts once per theme). The server computes this in SQL over any
 * number of rows and passes counts, never rows. A theme absent from `mentions` has 0.
 */
export type ThemeCounts = {
  respondents: number;
  mentions: Readonly<Record<string, number>>;
};

/** Counts for one group of a grouping (a community, a wave). */
export type GroupCounts = ThemeCounts & { group: string };

export type ThemeFrequency = {
  theme: string;
  /** Respondents who mentioned the theme; null when suppressed. */
  n: number | null;
  /** n / respondents; null without respondents or when suppressed. */
  share: number | null;
  interval: Interval | null;
  /** Competition ranking by n (1, 2, 2, 4); null when suppressed. */
  rank: number | null;
  suppressed: boolean;
};

export type ThemeSummary = {
  /** Null when the whole slice is under the suppression threshold. */
  respondents: number | null;
  confidence: number;
  /** Ordered by rank, ties in the order of the theme list given. */
  themes: ThemeFrequency[];
};
