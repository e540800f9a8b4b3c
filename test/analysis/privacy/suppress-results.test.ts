import { describe, expect, it } from 'vitest';
import { audienceGaps, compareGroups } from '../../../analysis/comparisons';
import {
  cellKey,
  derivableEntries,
  poolSmallGroups,
  publishableQuotes,
  suppressComparison,
  suppressGaps,
  suppressSummary,
} from '../../../analysis/privacy';
import { summarizeCounts } from '../../../analysis/summaries';

describe('suppressSummary', () => {
  it.each([
    // [respondents, n, published?]
    [100, 42, true],
    [100, 10, true],
    [100, 9, false],
    [100, 0, false],
    [100, 91, false], // 9 did not mention it: the complement is the small cell
    [100, 90, true],
  ])('with %s respondents, %s mentions is published: %s', (respondents, n, isPublished) => {
    const summary = suppressSummary(summarizeCounts({ respondents, mentions: { housing: n } }));
    expect(summary.themes[0]!.suppressed).toBe(!isPublished);
    expect(summary.themes[0]!.share).toBe(isPublished ? n / respondents : null);
  });

  it('hides everything about a slice under the minimum, its size included', () => {
    const summary = suppressSummary(summarizeCounts({ respondents: 3, mentions: { housing: 2 } }));
    expect(summary).toEqual({
      respondents: null,
      confidence: 0.95,
      themes: [{ theme: 'housing', n: null, share: null, interval: null, rank: null, suppressed: true }],
    });
  });

  it('ranks only what is published, so a hidden theme leaves no gap', () => {
    const summary = suppressSummary(
      summarizeCounts({ respondents: 100, mentions: { housing: 42, employment: 95, health: 30 } }),
    );
    expect(summary.themes.map((theme) => [theme.theme, theme.rank])).toEqual([
      ['housing', 1],
      ['health', 2],
      ['employment', null],
    ]);
  });
});

describe('suppressComparison', () => {
  const groups = [
    { group: 'Peel', respondents: 100, mentions: { housing: 42, transportation: 4 } },
    { group: 'Halton', respondents: 100, mentions: { housing: 21, transportation: 30 } },
    { group: 'Durham', respondents: 80, mentions: { housing: 21, transportation: 12 } },
    { group: 'Caledon', respondents: 6, mentions: { housing: 3, transportation: 1 } },
  ];
  const comparison = compareGroups(groups, { themes: ['housing', 'transportation'] });
  const safe = suppressComparison(comparison);

  it('hides a group under the minimum everywhere, and a second group so sizes do not add up to it', () => {
    // Sizes 100, 100, 80, 6 with total 286 published: Caledon hidden, Durham (next smallest) too.
    expect(safe.groups.map((group) => group.respondents)).toEqual([100, 100, null, null]);
  });

  it('hides the small theme cell and a complement within the theme', () => {
    // Transportation: Peel 4 < 10 is hidden; with Durham and Caledon already hidden, the column has 3.
    const transportation = safe.themes[1]!;
    expect(transportation.groups.map((group) => group.share)).toEqual([null, 0.3, null, null]);
    expect(transportation.test).toEqual({ testable: false, reason: 'suppressed_cells' });
    expect(safe.hidden.has(cellKey('Peel', 'transportation'))).toBe(true);
    expect(safe.hidden.has(cellKey('Peel', 'housing'))).toBe(false);
  });

  it('leaves nothing derivable in any theme from what it publishes', () => {
    for (const theme of safe.themes) {
      const grid = theme.groups.map((group) =>
        group.n === null || group.respondents === null
          ? [null, null, group.respondents]
          : [group.n, group.respondents - group.n, group.respondents],
      );
      const { n, respondents } = theme.overall;
      if (n === null || respondents === null) throw new Error('the overall column is published here');
      grid.push([n, respondents - n, respondents]);
      expect(derivableEntries(grid)).toEqual([]);
    }
  });

  it('drops flags about hidden cells and keeps the others', () => {
    expect(comparison.flags.some((flag) => flag.group === 'Peel' && flag.theme === 'housing')).toBe(true);
    expect(safe.flags.every((flag) => !safe.hidden.has(cellKey(flag.group, flag.theme)))).toBe(true);
    expect(safe.flags.some((flag) => flag.group === 'Peel' && flag.theme === 'housing')).toBe(true);
  });
});

describe('suppressComparison without an overall column', () => {
  it('hides only the small cells and drops the overall figures and flags', () => {
    const waves = compareGroups(
      [
        { group: '2024', respondents: 200, mentions: { health: 40, transportation: 6 } },
        { group: '2026', respondents: 200, mentions: { health: 80, transportation: 30 } },
      ],
      { kind: 'wave' },
    );
    const safe = suppressComparison(waves, 10, { publishOverall: false });
    expect(safe.respondents).toBeNull();
    expect(safe.themes[1]!.groups.map((group) => group.n)).toEqual([null, 30]);
    expect(safe.themes[0]!.overall).toEqual({ respondents: null, n: null, share: null });
    expect(safe.flags.map((flag) => flag.kind)).toEqual(['pairwise']);
  });
});

describe('poolSmallGroups', () => {
  it('pools communities under the minimum into one group', () => {
    const pooled = poolSmallGroups(
      [
        { group: 'Peel', respondents: 100, mentions: { housing: 42 } },
        { group: 'Caledon', respondents: 6, mentions: { housing: 3 } },
        { group: 'Mono', respondents: 7, mentions: { housing: 1, health: 2 } },
      ],
      10,
      'Other',
    );
    expect(pooled).toEqual([
      { group: 'Peel', respondents: 100, mentions: { housing: 42 } },
      { group: 'Other', respondents: 13, mentions: { housing: 4, health: 2 } },
    ]);
  });

  it('adds the smallest publishable group when the pool is still too small', () => {
    const pooled = poolSmallGroups(
      [
        { group: 'A', respondents: 50, mentions: {} },
        { group: 'B', respondents: 20, mentions: {} },
        { group: 'C', respondents: 4, mentions: {} },
      ],
      10,
      'Other',
    );
    expect(pooled.map((group) => [group.group, group.respondents])).toEqual([
      ['A', 50],
      ['Other', 24],
    ]);
  });
});

describe('suppressGaps', () => {
  it('hides small audiences, small cells and cells the comparison hid', () => {
    const gaps = audienceGaps(
      [
        {
          community: 'Peel',
          newcomers: { respondents: 120, mentions: { housing: 60, employment: 48, health: 5 } },
          providers: { respondents: 40, mentions: { housing: 8, employment: 14, health: 20 } },
        },
        {
          community: 'Halton',
          newcomers: { respondents: 80, mentions: { housing: 30 } },
          providers: { respondents: 6, mentions: { housing: 4 } },
        },
      ],
      { themes: ['housing', 'employment', 'health'] },
    );
    const [peel, halton] = suppressGaps(gaps, 10, new Set([cellKey('Peel', 'employment')]));
    // Peel housing: providers 8 < 10 → providers hidden, difference gone.
    expect(peel!.rows[0]).toMatchObject({ newcomers: { share: 0.5 }, providers: { share: null }, difference: null });
    expect(peel!.rows[1]).toMatchObject({ newcomers: { share: null }, providers: { n: 14 } });
    expect(peel!.rows[2]).toMatchObject({ newcomers: { share: null }, providers: { share: 0.5 } });
    expect(halton!.providerRespondents).toBeNull();
    expect(halton!.rows[0]).toMatchObject({ newcomers: { n: 30 }, providers: { n: null }, diverges: false });
  });
});

describe('publishableQuotes', () => {
  it('keeps only quotes from published themes and cells', () => {
    const quotes = [
      { text: 'Rent is too high', theme: 'housing', community: 'Peel', language: 'en' },
      { text: 'No bus on Sunday', theme: 'transportation', community: 'Peel', language: 'en' },
      { text: 'Pas de médecin', theme: 'health', community: null, language: 'fr' },
      { text: 'Secret theme', theme: 'media_representation', community: null, language: 'en' },
    ];
    const kept = publishableQuotes(
      quotes,
      new Set(['housing', 'transportation', 'health']),
      (community, theme) => !(community === 'Peel' && theme === 'transportation'),
    );
    expect(kept.map((quote) => quote.text)).toEqual(['Rent is too high', 'Pas de médecin']);
  });
});
