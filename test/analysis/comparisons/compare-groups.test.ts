import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../analysis/comparisons';

// Worked by hand. Housing: Peel 42/100, Halton 21/100, Durham 21/100; overall 84/300 = 28%.
// Expected per row 28 / 72. X² = (196/28 + 196/72) + 2 × (49/28 + 49/72) = 9.7222 + 2 × 2.4306
// = 14.5833, df 2, p = exp(−14.5833/2) = 6.812e-4.
// Peel against the rest (42/100 vs 42/200): pooled 0.28, SE = √(0.28 × 0.72 × 0.015) = 0.054991,
// z = 0.21/0.054991 = 3.8188 (= Haberman's residual 14/√(28 × 2/3 × 0.72)), p = 1.341e-4.
// Halton or Durham against the rest: z = −1.9094, p = 0.05621.
// Holm over the 3 tests: 4.023e-4, 0.1124, 0.1124 → only Peel is flagged.
const groups = [
  { group: 'Peel', respondents: 100, mentions: { housing: 42 } },
  { group: 'Halton', respondents: 100, mentions: { housing: 21 } },
  { group: 'Durham', respondents: 100, mentions: { housing: 21 } },
];

describe('compareGroups', () => {
  const comparison = compareGroups(groups, { themes: ['housing'] });
  const housing = comparison.themes[0]!;

  it('runs the chi-square test of independence on group × mentioned', () => {
    expect(housing.overall).toEqual({ respondents: 300, n: 84, share: 0.28 });
    if (!housing.test.testable) throw new Error('expected a test');
    expect(housing.test.statistic).toBeCloseTo(14.5833, 4);
    expect(housing.test.df).toBe(2);
    expect(housing.test.pValue).toBeCloseTo(6.812e-4, 6);
  });

  it('tests each group against the rest with the adjusted residual and Holm', () => {
    const [peel, halton, durham] = housing.groups;
    expect(peel?.residual).toBeCloseTo(3.8188, 4);
    expect(peel?.pValue).toBeCloseTo(1.341e-4, 7);
    expect(peel?.adjustedP).toBeCloseTo(3 * 1.341e-4, 6);
    expect(peel).toMatchObject({ significant: true, direction: 'higher' });
    expect(halton?.residual).toBeCloseTo(-1.9094, 4);
    expect(halton?.adjustedP).toBeCloseTo(2 * 0.05621, 4);
    expect(halton).toMatchObject({ significant: false, direction: null });
    expect(durham?.adjustedP).toBeCloseTo(2 * 0.05621, 4);
  });

  it('tests every pair with Holm', () => {
    // Peel vs Halton: pooled 0.315, SE = √(0.315 × 0.685 × 0.02) = 0.065693, z = 3.1967,
    // p = 0.0013900; Holm: 3p = 0.00417 for both Peel pairs; Halton vs Durham z = 0, p = 1.
    const [peelHalton, peelDurham, haltonDurham] = housing.pairs;
    expect(peelHalton).toMatchObject({ a: 'Peel', b: 'Halton', significant: true });
    expect(peelHalton?.z).toBeCloseTo(3.1967, 4);
    expect(peelHalton?.adjustedP).toBeCloseTo(3 * 0.00139, 5);
    expect(peelDurham?.adjustedP).toBeCloseTo(3 * 0.00139, 5);
    expect(haltonDurham).toMatchObject({ z: 0, pValue: 1, adjustedP: 1, significant: false });
  });

  it('writes the flag in English and French only for what is significant after correction', () => {
    const versusOverall = comparison.flags.filter((flag) => flag.kind === 'vs-overall');
    expect(versusOverall.map((flag) => flag.text)).toEqual([
      {
        en: 'Housing was mentioned significantly more often in Peel than overall (42% vs 28%).',
        fr: "Le logement a été mentionné significativement plus souvent à Peel que dans l'ensemble (42\u00a0% contre 28\u00a0%).",
      },
    ]);
    const pairwise = comparison.flags.filter((flag) => flag.kind === 'pairwise');
    expect(pairwise.map((flag) => flag.text.fr)).toEqual([
      "Le logement a été mentionné significativement plus souvent à Peel qu'à Halton (42\u00a0% contre 21\u00a0%).",
      "Le logement a été mentionné significativement plus souvent à Peel qu'à Durham (42\u00a0% contre 21\u00a0%).",
    ]);
  });

  it('makes the correction family span all themes, so adding themes can only weaken a flag', () => {
    const noise = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`theme${i}`, 30]));
    const wide = compareGroups(
      groups.map((group) => ({ ...group, mentions: { ...group.mentions, ...noise } })),
      { themes: ['housing', ...Object.keys(noise)] },
    );
    const peel = wide.themes[0]!.groups[0]!;
    // 63 tests; Peel's is the smallest p-value, so Holm multiplies it by 63.
    expect(peel.adjustedP).toBeCloseTo(63 * 1.341e-4, 5);
    expect(peel.significant).toBe(true);
  });

  it('compares waves with the same function and phrases the flag for years', () => {
    const waves = compareGroups(
      [
        { group: '2024', respondents: 200, mentions: { health: 40 } },
        { group: '2026', respondents: 200, mentions: { health: 80 } },
      ],
      { kind: 'wave' },
    );
    const pairwise = waves.flags.find((flag) => flag.kind === 'pairwise');
    expect(pairwise?.text).toEqual({
      en: 'Health care & mental health was mentioned significantly more often in 2026 than in 2024 (40% vs 20%).',
      fr: "La santé et la santé mentale ont été mentionnées significativement plus souvent en 2026 qu'en 2024 (40\u00a0% contre 20\u00a0%).",
    });
    const lower = waves.flags.find((flag) => flag.kind === 'vs-overall' && flag.direction === 'lower');
    expect(lower?.text.en).toBe(
      'Health care & mental health was mentioned significantly less often in 2024 than overall (20% vs 30%).',
    );
  });

  it('does not test or flag comparisons whose expected counts are under 5', () => {
    // Small: 8 respondents, 6 mention. Expected in the 2 × 2 against the rest: 8 × 16/108 = 1.2.
    const result = compareGroups(
      [
        { group: 'Small', respondents: 8, mentions: { housing: 6 } },
        { group: 'Large', respondents: 100, mentions: { housing: 10 } },
      ],
      { themes: ['housing'] },
    );
    const small = result.themes[0]!.groups[0]!;
    expect(small).toMatchObject({ tested: false, pValue: null, significant: false });
    expect(result.themes[0]!.test.testable && result.themes[0]!.test.lowExpected.flagged).toBe(true);
    expect(result.flags).toEqual([]);
  });

  it('reports a theme nobody mentioned as not testable instead of failing', () => {
    const result = compareGroups(groups, { themes: ['transportation'] });
    expect(result.themes[0]!.test).toEqual({ testable: false, reason: 'fewer_than_two_nonempty_columns' });
    expect(result.themes[0]!.groups.every((group) => group.pValue === null)).toBe(true);
  });
});
