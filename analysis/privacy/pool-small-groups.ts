import type { GroupCounts } from '../summaries';

/**
 * Merges groups under `minimum` respondents into one pooled group (e.g. "Other
 * communities"), so a tiny community is reported inside a group large enough to publish
 * rather than hidden along with a complementary neighbour. If the pool is still too
 * small, the smallest publishable group joins it.
 */
export function poolSmallGroups(groups: readonly GroupCounts[], minimum: number, pooledName: string): GroupCounts[] {
  const small = groups.filter((group) => group.respondents < minimum);
  if (small.length === 0) return [...groups];
  const large = groups.filter((group) => group.respondents >= minimum).sort((a, b) => a.respondents - b.respondents);
  const pool = [...small];
  let total = pool.reduce((sum, group) => sum + group.respondents, 0);
  while (total < minimum && large.length > 0) {
    const next = large.shift()!;
    pool.push(next);
    total += next.respondents;
  }
  const mentions: Record<string, number> = {};
  for (const group of pool) {
    for (const [theme, n] of Object.entries(group.mentions)) mentions[theme] = (mentions[theme] ?? 0) + n;
  }
  const pooledAway = new Set(pool.map((group) => group.group));
  return [
    ...groups.filter((group) => !pooledAway.has(group.group)),
    { group: pooledName, respondents: total, mentions },
  ];
}
