export type NominalValue = string | number | boolean;

export type AlphaResult = {
  /** Pairable values: those in units that at least two coders coded. */
  pairableValues: number;
  units: number;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  /** Null when there is nothing pairable or every pairable value is the same (no variation). */
  alpha: number | null;
};

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", the coincidence-matrix
 * method). `ratings[coder][unit]` is a value or null/undefined when that coder skipped it.
 */
export function krippendorffAlphaNominal(
  ratings: readonly (readonly (NominalValue | null | undefined)[])[],
): AlphaResult {
  const unitCount = Math.max(0, ...ratings.map((row) => row.length));
  // Only two sums of the coincidence matrix are needed: its off-diagonal total and the
  // value totals n_c, so the matrix itself is never built.
  const valueTotals = new Map<NominalValue, number>();
  let offDiagonal = 0;
  let pairable = 0;
  let units = 0;
  for (let u = 0; u < unitCount; u++) {
    const counts = new Map<NominalValue, number>();
    let m = 0;
    for (const row of ratings) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    units++;
    pairable += m;
    let sameValuePairs = 0;
    for (const [value, count] of counts) {
      valueTotals.set(value, (valueTotals.get(value) ?? 0) + count);
      sameValuePairs += count * (count - 1);
    }
    // Ordered pairs of different values in the unit, each weighted 1 / (m − 1).
    offDiagonal += (m * (m - 1) - sameValuePairs) / (m - 1);
  }
  if (pairable === 0) {
    return { pairableValues: 0, units, observedDisagreement: null, expectedDisagreement: null, alpha: null };
  }
  let sumSquares = 0;
  for (const total of valueTotals.values()) sumSquares += total * total;
  const expectedPairs = pairable * pairable - sumSquares;
  const observedDisagreement = offDiagonal / pairable;
  const expectedDisagreement = expectedPairs / (pairable * (pairable - 1));
  return {
    pairableValues: pairable,
    units,
    observedDisagreement,
    expectedDisagreement,
    alpha: expectedPairs > 0 ? 1 - ((pairable - 1) * offDiagonal) / expectedPairs : null,
  };
}

/**
 * Alpha per theme for two or more coders' multi-label codes: each theme becomes a
 * present/absent value per answer; a coder's missing answer (null) stays missing.
 */
export function alphaByTheme(
  codesByCoder: readonly (readonly (readonly string[] | null | undefined)[])[],
  themes: readonly string[],
): (AlphaResult & { theme: string })[] {
  const sets = codesByCoder.map((answers) => answers.map((codes) => (codes ? new Set(codes) : null)));
  return themes.map((theme) => ({
    theme,
    ...krippendorffAlphaNominal(sets.map((answers) => answers.map((set) => (set ? set.has(theme) : null)))),
  }));
}
