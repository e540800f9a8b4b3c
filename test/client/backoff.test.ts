import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../client/src/delivery/backoff';

describe('retryDelayMs', () => {
  it.each([
    [1, 0, 2_000],
    [2, 0, 4_000],
    [5, 0, 32_000],
    [9, 0, 300_000],
    [40, 0, 300_000],
    [1, 1, 2_400],
    [40, 1, 360_000],
  ])('waits after attempt %i (random %f) %i ms', (attempts, random, expected) => {
    expect(retryDelayMs(attempts, random)).toBe(expected);
  });
});
