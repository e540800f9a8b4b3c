import { audienceGaps, compareGroups, type AudienceGap, type AudienceGapInput, type Bilingual, type ThemeComparison, type ThemeWaveBasis } from '../comparisons';
import {
  poolSmallGroups,
  publishableQuotes,
  suppressComparison,
  suppressGaps,
  suppressSummary,
  cellKey,
  DEFAULT_MINIMUM_CELL,
  type Quote,
  type SuppressedComparison,
} from '../privacy';
import { poolCounts, summarizeCounts, type Audience, type GroupCounts, type ThemeCounts, type ThemeSummary } from '../summaries';
import { TAXONOMY_VERSION, TOPIC_CODES } from '../taxonomy';

/** The name given to communities pooled because each was under the threshold; reports translate it. */
export const POOLED_GROUP = '(other communities)';

export type ReportInput = {
  partnership: string;
  /** The wave this report is about, e.g. "2026". */
  wave: string;
  audience?: Audience;
  /** Counts of the whole slice; default: the communities pooled. */
  overall?: ThemeCounts;
  /** Per-community counts of the same audience and wave. */
  communities?: readonly GroupCounts[];
  /** Per-wave counts of the same audience, this wave included. */
  waves?: readonly GroupCounts[];
  /** Which questions each theme rests on per wave (analysis/comparisons/wave-basis.ts). */
  waveBasis?: readonly ThemeWaveBasis[];
  /** Newcomer and provider counts per community, for the gap section. */
  gaps?: readonly AudienceGapInput[];
  quotes?: readonly Quote[];
  /** Themes in report order; default the taxonomy's topic codes. */
  themes?: readonly string[];
  minimumCell?: number;
  confidence?: number;
  alpha?: number;
};

export type ReportData = {
  partnership: string;
  wave: string;
  audience: Audience;
  taxonomyVersion: string;
  minimumCell: number;
  confidence: number;
  alpha: number;
  summary: ThemeSummary;
  communities: SuppressedComparison | null;
  waves: SuppressedComparison | null;
  /** Themes the waves did not count from the same questions, with why; their wave flags are dropped. */
  waveNotes: Array<{ theme: string; note: Bilingual }>;
  gaps: AudienceGap[];
  quotes: Quote[];
};

function withoutSignificance(theme: ThemeComparison): ThemeComparison {
  return {
    ...theme,
    groups: theme.groups.map((group) => ({ ...group, significant: false, direction: null })),
    pairs: theme.pairs.map((pair) => ({ ...pair, significant: false })),
  };
}

/**
 * Everything a strategy report shows, computed from counts and made safe to publish:
 * every section goes through analysis/privacy before it gets here, so a renderer cannot
 * show a hidden cell by mistake.
 */
export function prepareReport(input: ReportInput): ReportData {
  const minimumCell = input.minimumCell ?? DEFAULT_MINIMUM_CELL;
  const confidence = input.confidence ?? 0.95;
  const alpha = input.alpha ?? 0.05;
  const themes = input.themes ?? TOPIC_CODES;
  const communityGroups = input.communities ? poolSmallGroups(input.communities, minimumCell, POOLED_GROUP) : null;
  const overall = input.overall ?? poolCounts(communityGroups ?? []);
  const summary = suppressSummary(summarizeCounts(overall, { themes, confidence }), minimumCell);

  const communities =
    communityGroups && communityGroups.length > 1
      ? suppressComparison(
          compareGroups(communityGroups, { themes, alpha, confidence, kind: 'community', pairwise: communityGroups.length <= 6 }),
          minimumCell,
        )
      : null;
  // Waves share no total with the rest of the report, and this wave's counts are already
  // published in the summary: each wave is suppressed on its own, with no overall column.
  const waveNotes = (input.waveBasis ?? []).flatMap(({ theme, comparable, note }) => (!comparable && note && themes.includes(theme) ? [{ theme, note }] : []));
  const notComparable = new Set(waveNotes.map(({ theme }) => theme));
  const suppressedWaves =
    input.waves && input.waves.length > 1
      ? suppressComparison(compareGroups(input.waves, { themes, alpha, confidence, kind: 'wave' }), minimumCell, {
          publishOverall: false,
        })
      : null;
  // A difference in a theme only some waves asked about says what was asked, not what people need.
  const waves = suppressedWaves && {
    ...suppressedWaves,
    themes: suppressedWaves.themes.map((theme) => (notComparable.has(theme.theme) ? withoutSignificance(theme) : theme)),
    flags: suppressedWaves.flags.filter((flag) => !notComparable.has(flag.theme)),
  };
  const hiddenNewcomerCells =
    (input.audience ?? 'newcomers') === 'newcomers' && communities ? communities.hidden : new Set<string>();
  const gaps = suppressGaps(audienceGaps(input.gaps ?? [], { themes, alpha }), minimumCell, hiddenNewcomerCells);

  const publishedThemes = new Set(summary.themes.filter((theme) => !theme.suppressed).map((theme) => theme.theme));
  const quotes = publishableQuotes(input.quotes ?? [], publishedThemes, (community, theme) =>
    communities ? communities.groups.some((group) => group.group === community) && !communities.hidden.has(cellKey(community, theme)) : true,
  );

  return {
    partnership: input.partnership,
    wave: input.wave,
    audience: input.audience ?? 'newcomers',
    taxonomyVersion: TAXONOMY_VERSION,
    minimumCell,
    confidence,
    alpha,
    summary,
    communities,
    waves,
    waveNotes: waves ? waveNotes : [],
    gaps,
    quotes,
  };
}
