/**
 * Remembers when something last happened, so background work can wait for a quiet moment:
 * the coder steps aside while respondents' submissions are arriving.
 */
export interface ActivityMeter {
  mark(): void;
  quietFor(ms: number): boolean;
}

export function createActivityMeter(now: () => number = () => performance.now()): ActivityMeter {
  let last = -Infinity;
  return {
    mark: () => {
      last = now();
    },
    quietFor: (ms) => now() - last >= ms,
  };
}
