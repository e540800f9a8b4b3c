/**
 * Failures per client address, in this process's memory only: addresses are never written to the
 * database or the log. Each instance counts its own; the per-account limit is the shared one.
 */
export interface AddressLimiter {
  /** Milliseconds until this address may try again, or 0. */
  blockedFor(address: string, nowMs: number): number;
  recordFailure(address: string, nowMs: number): void;
}

interface Entry {
  failures: number;
  windowStart: number;
  blockedUntil: number;
}

export function createAddressLimiter(options: { failures: number; windowMs: number; blockMs: number }): AddressLimiter {
  const entries = new Map<string, Entry>();

  // Forget stale entries now and then, so a scan of many addresses cannot grow memory for ever.
  function sweep(nowMs: number) {
    if (entries.size < 10_000) return;
    for (const [address, entry] of entries) {
      if (entry.blockedUntil <= nowMs && nowMs - entry.windowStart >= options.windowMs) entries.delete(address);
    }
  }

  return {
    blockedFor(address, nowMs) {
      const entry = entries.get(address);
      return entry ? Math.max(0, entry.blockedUntil - nowMs) : 0;
    },
    recordFailure(address, nowMs) {
      sweep(nowMs);
      const entry = entries.get(address);
      if (!entry || nowMs - entry.windowStart >= options.windowMs) {
        entries.set(address, { failures: 1, windowStart: nowMs, blockedUntil: options.failures <= 1 ? nowMs + options.blockMs : 0 });
        return;
      }
      entry.failures += 1;
      if (entry.failures >= options.failures) entry.blockedUntil = nowMs + options.blockMs;
    },
  };
}
