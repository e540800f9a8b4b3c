import { describe, expect, it } from 'vitest';
import { audienceGaps } from '../../../analysis/comparisons';

describe('audienceGaps', () => {
  // Worked by hand. Peel newcomers 120: housing 60 (50%), employment 48 (40%);
  // providers 40: housing 8 (20%), employment 14 (35%).
  // Housing: pooled 68/160 = 0.425, SE = √(0.425 × 0.575 × (1/120 + 1/40)) = 0.090255,
  // z = 0.30/0.090255 = 3.3239, p = 8.875e-4. Employment: pooled 0.3875, SE = 0.088947,
  // z = 0.5621, p = 0.574. Holm over 2: 1.775e-3 and 0.574.
  const [peel] = audienceGaps(
    [
      {
        community: 'Peel',
        newcomers: { respondents: 120, mentions: { housing: 60, employment: 48 } },
        providers: { respondents: 40, mentions: { housing: 8, employment: 14 } },
      },
    ],
    { themes: ['housing', 'employment'] },
  );

  it('sets newcomer and provider shares side by side with their difference', () => {
    const [housing, employment] = peel!.rows;
    expect(housing).toMatchObject({ newcomers: { n: 60, share: 0.5 }, providers: { n: 8, share: 0.2 } });
    expect(housing?.difference).toBeCloseTo(0.3, 12);
    expect(employment?.difference).toBeCloseTo(0.05, 12);
  });

  it('flags the themes where newcomers and providers diverge after correction', () => {
    const [housing, employment] = peel!.rows;
    expect(housing?.pValue).toBeCloseTo(8.875e-4, 6);
    expect(housing?.adjustedP).toBeCloseTo(2 * 8.875e-4, 6);
    expect(housing).toMatchObject({ diverges: true, direction: 'newcomers' });
    expect(housing?.text).toEqual({
      en: 'Housing: 50% of newcomers vs 20% of providers (a 30-point gap).',
      fr: 'Logement : 50\u00a0% des nouveaux arrivants contre 20\u00a0% des fournisseurs de services (écart de 30 points).',
    });
    expect(employment?.adjustedP).toBeCloseTo(0.574, 3);
    expect(employment).toMatchObject({ diverges: false, direction: null, text: null });
  });

  it('does not flag a significant but small difference', () => {
    const [big] = audienceGaps(
      [
        {
          community: 'Toronto',
          newcomers: { respondents: 20000, mentions: { housing: 10000 } },
          providers: { respondents: 20000, mentions: { housing: 9600 } },
        },
      ],
      { minimumDifference: 0.1 },
    );
    expect(big!.rows[0]!.adjustedP).toBeLessThan(0.001);
    expect(big!.rows[0]!.diverges).toBe(false);
  });

  it('returns shares as null for an audience with no respondents', () => {
    const [none] = audienceGaps([
      { community: 'Halton', newcomers: { respondents: 30, mentions: { housing: 9 } }, providers: { respondents: 0, mentions: {} } },
    ]);
    expect(none!.rows[0]).toMatchObject({ providers: { n: 0, share: null }, difference: null, pValue: null, diverges: false });
  });
});
