import { describe, expect, it } from 'vitest';
import { cohenKappa, kappaBand, kappaByTheme } from '../../../analysis/agreement';

const fromTable = (yesYes: number, yesNo: number, noYes: number, noNo: number) => {
  const a: boolean[] = [];
  const b: boolean[] = [];
  const push = (count: number, x: boolean, y: boolean) => {
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  };
  push(yesYes, true, true);
  push(yesNo, true, false);
  push(noYes, false, true);
  push(noNo, false, false);
  return [a, b] as const;
};

describe('cohenKappa', () => {
  it('reproduces the Wikipedia "Cohen\'s kappa" worked example (50 grant proposals): kappa 0.4', () => {
    // Both yes 20, A yes B no 5, A no B yes 10, both no 15: po = 0.7,
    // pe = 0.5 × 0.6 + 0.5 × 0.4 = 0.5, kappa = 0.2 / 0.5 = 0.4.
    const [a, b] = fromTable(20, 5, 10, 15);
    const result = cohenKappa(a, b);
    expect(result.n).toBe(50);
    expect(result.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it('works out Krippendorff\'s binary example by hand: kappa 0.0909', () => {
    // Krippendorff (2011), section A data: po = 6/10; A says yes 2/10, B 4/10;
    // pe = 0.2 × 0.4 + 0.8 × 0.6 = 0.56; kappa = 0.04 / 0.44 = 0.0909.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0].map(Boolean);
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0].map(Boolean);
    expect(cohenKappa(a, b).kappa).toBeCloseTo(0.0909, 4);
  });

  it('gives 1 for perfect agreement with variation and null when nobody ever used the code', () => {
    expect(cohenKappa([true, false, true], [true, false, true]).kappa).toBe(1);
    const none = cohenKappa([false, false], [false, false]);
    expect(none.observedAgreement).toBe(1);
    expect(none.kappa).toBeNull();
    expect(cohenKappa([], []).kappa).toBeNull();
  });
});

describe('kappaByTheme', () => {
  it('turns multi-label codes into one present/absent judgement per theme', () => {
    const coderA = [['housing', 'employment'], ['housing'], [], ['health']];
    const coderB = [['housing'], ['housing'], ['employment'], ['health']];
    const [housing, employment, health] = kappaByTheme(coderA, coderB, ['housing', 'employment', 'health']);
    expect(housing).toMatchObject({ theme: 'housing', presentA: 2, presentB: 2, kappa: 1 });
    // employment: A yes on answer 1, B yes on answer 3: po = 0.5, pe = 0.25·0.25 + 0.75·0.75 = 0.625,
    // kappa = −0.125 / 0.375 = −1/3.
    expect(employment?.kappa).toBeCloseTo(-1 / 3, 12);
    expect(health?.kappa).toBe(1);
  });
});

describe('kappaBand', () => {
  it.each([
    [null, 'undefined'],
    [-0.1, 'poor'],
    [0.15, 'slight'],
    [0.4, 'fair'],
    [0.55, 'moderate'],
    [0.61, 'substantial'],
    [0.81, 'almost_perfect'],
  ] as const)('puts %s in the Landis & Koch band %s', (kappa, band) => {
    expect(kappaBand(kappa)).toBe(band);
  });
});
