export type KappaResult = {
  /** Units both coders coded. */
  n: number;
  observedAgreement: number | null;
  expectedAgreement: number | null;
  /**
   * Null when there is nothing to compare or chance agreement is already perfect (both
   * coders gave every unit the same single value): kappa is 0/0 there, not 1.
   */
  kappa: number | null;
};

/**
 * Cohen's kappa for two coders' binary judgements (theme present or absent) on the same
 * units: (po − pe) / (1 − pe), chance agreement pe from each coder's own margins.
 */
export function cohenKappa(coderA: readonly boolean[], coderB: readonly boolean[]): KappaResult {
  const n = Math.min(coderA.length, coderB.length);
  if (n === 0) return { n, observedAgreement: null, expectedAgreement: null, kappa: null };
  let agree = 0;
  let yesA = 0;
  let yesB = 0;
  for (let i = 0; i < n; i++) {
    const a = coderA[i]!;
    const b = coderB[i]!;
    if (a === b) agree++;
    if (a) yesA++;
    if (b) yesB++;
  }
  const po = agree / n;
  const pa = yesA / n;
  const pb = yesB / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return { n, observedAgreement: po, expectedAgreement: pe, kappa: pe < 1 ? (po - pe) / (1 - pe) : null };
}

export type ThemeKappa = KappaResult & { theme: string; presentA: number; presentB: number };

/**
 * Kappa per theme for two coders who each gave every answer a set of themes (multi-label):
 * each theme becomes its own present/absent judgement. Answers are matched by position.
 */
export function kappaByTheme(
  codesA: readonly (readonly string[])[],
  codesB: readonly (readonly string[])[],
  themes: readonly string[],
): ThemeKappa[] {
  const n = Math.min(codesA.length, codesB.length);
  const setsA = codesA.slice(0, n).map((codes) => new Set(codes));
  const setsB = codesB.slice(0, n).map((codes) => new Set(codes));
  return themes.map((theme) => {
    const a = setsA.map((set) => set.has(theme));
    const b = setsB.map((set) => set.has(theme));
    return {
      theme,
      presentA: a.filter(Boolean).length,
      presentB: b.filter(Boolean).length,
      ...cohenKappa(a, b),
    };
  });
}

/** Landis & Koch (1977) bands, as the coding guide reports them. */
export function kappaBand(
  kappa: number | null,
): 'undefined' | 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost_perfect' {
  if (kappa === null) return 'undefined';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost_perfect';
}
