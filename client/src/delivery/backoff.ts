/**
 * Delay before the next delivery attempt: 2 s doubling up to 5 minutes, with up to 20 %
 * jitter so a room of kiosks coming back online does not retry in lockstep.
 * `random` is passed in so the schedule can be checked exactly.
 */
export function retryDelayMs(attempts: number, random: number): number {
  const base = Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 300_000);
  return Math.round(base * (1 + 0.2 * random));
}
