/**
 * Holm's step-down adjustment (Holm 1979): controls the family-wise error rate like
 * Bonferroni, never less powerful. Returns adjusted p-values in the input order, so
 * "significant after correction" is simply `adjusted < alpha`. NaN p-values stay NaN and do
 * not count towards the family size.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = validOrder(pValues);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

/**
 * Benjamini–Hochberg step-up adjustment (1995): controls the false discovery rate, for
 * exploratory screens of many themes × groups where some false flags are tolerable.
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const order = validOrder(pValues);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * pValues[index]!);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

export type Adjustment = 'holm' | 'benjamini-hochberg' | 'none';

export function adjustPValues(pValues: readonly number[], method: Adjustment): number[] {
  if (method === 'holm') return holmAdjust(pValues);
  if (method === 'benjamini-hochberg') return benjaminiHochbergAdjust(pValues);
  return [...pValues];
}

function validOrder(pValues: readonly number[]): number[] {
  const indices: number[] = [];
  pValues.forEach((p, index) => {
    if (!Number.isNaN(p)) indices.push(index);
  });
  return indices.sort((a, b) => pValues[a]! - pValues[b]!);
}
