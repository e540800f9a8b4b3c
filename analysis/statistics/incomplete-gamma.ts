import { gammaln } from 'simple-statistics';

const EPSILON = 1e-15;
const MAX_ITERATIONS = 1000;
const TINY = 1e-300;

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): a series for x < a + 1 and a
 * Lentz continued fraction otherwise (the split of Numerical Recipes §6.2, where each
 * converges fast). The chi-square tail is Q(df / 2, statistic / 2).
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

/** Regularized lower incomplete gamma P(a, x) = 1 − Q(a, x). */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
}

function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let total = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    total += term;
    if (Math.abs(term) < Math.abs(total) * EPSILON) break;
  }
  return total * Math.exp(-x + a * Math.log(x) - gammaln(a));
}

function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - gammaln(a)) * h;
}

/** Upper-tail p-value of a chi-square statistic with `df` degrees of freedom. */
export function chiSquareP(statistic: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  return regularizedGammaQ(df / 2, statistic / 2);
}
