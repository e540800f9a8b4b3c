import { describe, expect, it } from 'vitest';
import {
  competitionRanks,
  countThemes,
  countThemesBy,
  poolCounts,
  summarizeCounts,
  summarizeRespondents,
  type CodedRespondent,
} from '../../../analysis/summaries';

const respondent = (
  responseId: string,
  community: string | null,
  closedThemes: string[],
  openThemes: string[],
  wave = '2026',
): CodedRespondent => ({
  responseId,
  community,
  audience: 'newcomers',
  wave,
  questionnaireVersion: 1,
  language: 'en',
  closedThemes,
  openThemes,
});

// Five respondents. Combined: housing 3 (r1, r2, r4 — r1 in both closed and open counts once),
// employment 2 (r1 closed, r3 open), health 1 (r2 open); r5 mentioned nothing but still counts.
const rows = [
  respondent('r1', 'Peel', ['housing', 'employment'], ['housing']),
  respondent('r2', 'Peel', ['housing'], ['health']),
  respondent('r3', 'Halton', [], ['employment']),
  respondent('r4', 'Halton', ['housing'], [], '2024'),
  respondent('r5', null, [], []),
];

describe('countThemes', () => {
  it.each([
    ['combined', { housing: 3, employment: 2, health: 1 }],
    ['closed', { housing: 3, employment: 1 }],
    ['open', { housing: 1, health: 1, employment: 1 }],
  ] as const)('counts each respondent once per theme from %s answers', (source, mentions) => {
    expect(countThemes(rows, source)).toEqual({ respondents: 5, mentions });
  });
});

describe('countThemesBy', () => {
  it('groups by community and leaves out rows without one', () => {
    expect(countThemesBy(rows, (row) => row.community)).toEqual([
      { group: 'Peel', respondents: 2, mentions: { housing: 2, employment: 1, health: 1 } },
      { group: 'Halton', respondents: 2, mentions: { employment: 1, housing: 1 } },
    ]);
  });

  it('groups by wave with the same function', () => {
    const byWave = countThemesBy(rows, (row) => row.wave);
    expect(byWave.map((group) => [group.group, group.respondents])).toEqual([
      ['2026', 4],
      ['2024', 1],
    ]);
  });

  it('pools groups back into their union', () => {
    expect(poolCounts(countThemesBy(rows, (row) => row.wave))).toEqual(countThemes(rows));
  });
});

describe('summarizeCounts', () => {
  it('gives shares, Wilson intervals and ranks worked out by hand', () => {
    // 100 respondents: housing 42 (Wilson 0.32798–0.51794, see the Wilson tests), employment 42,
    // health 10, language 0. Ranks 1, 1, 3, 4.
    const summary = summarizeCounts(
      { respondents: 100, mentions: { housing: 42, employment: 42, health: 10 } },
      { themes: ['employment', 'housing', 'health', 'language'] },
    );
    expect(summary.respondents).toBe(100);
    expect(summary.themes.map((t) => [t.theme, t.n, t.share, t.rank])).toEqual([
      ['employment', 42, 0.42, 1],
      ['housing', 42, 0.42, 1],
      ['health', 10, 0.1, 3],
      ['language', 0, 0, 4],
    ]);
    expect(summary.themes[1]?.interval?.lower).toBeCloseTo(0.32798, 4);
    expect(summary.themes[1]?.interval?.upper).toBeCloseTo(0.51794, 4);
    // 0 of 100: [0, z²/(n + z²)] = [0, 3.841459/103.841459] = [0, 0.036994].
    expect(summary.themes[3]?.interval?.upper).toBeCloseTo(0.036994, 5);
  });

  it('reports a slice without respondents as a value, not an error', () => {
    const summary = summarizeCounts({ respondents: 0, mentions: {} }, { themes: ['housing'] });
    expect(summary.themes).toEqual([
      { theme: 'housing', n: 0, share: null, interval: null, rank: null, suppressed: false },
    ]);
  });

  it.each([
    [{ respondents: 5, mentions: { housing: 6 } }],
    [{ respondents: 5, mentions: { housing: -1 } }],
    [{ respondents: 5.5, mentions: {} }],
  ])('rejects impossible counts %j', (counts) => {
    expect(() => summarizeCounts(counts)).toThrow(RangeError);
  });

  it('summarises rows through the same counts', () => {
    const closedOnly = summarizeRespondents(rows, { source: 'closed', themes: ['housing', 'health'] });
    expect(closedOnly.themes.map((t) => [t.theme, t.n, t.share])).toEqual([
      ['housing', 3, 0.6],
      ['health', 0, 0],
    ]);
  });
});

describe('competitionRanks', () => {
  it.each([
    [[5, 3, 5, 1], [1, 3, 1, 4]],
    [[2, 2, 2], [1, 1, 1]],
    [[4, null, 7], [2, null, 1]],
    [[], []],
  ])('ranks %j as %j', (values, ranks) => {
    expect(competitionRanks(values)).toEqual(ranks);
  });
});
