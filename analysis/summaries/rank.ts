/**
 * Competition ranking ("1224"): equal values share the best rank and the next distinct value
 * skips, so a rank always says how many themes were mentioned more often, plus one.
 * Higher values rank first; null values get no rank.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const ranked = values.filter((value): value is number => value !== null).sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  ranked.forEach((value, index) => {
    if (!firstIndex.has(value)) firstIndex.set(value, index + 1);
  });
  return values.map((value) => (value === null ? null : (firstIndex.get(value) ?? null)));
}
