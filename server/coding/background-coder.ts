import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ActivityMeter } from '../lib/activity-meter';
import type { CoderConfig } from '../../analysis/coding';
import { codeNextBatch } from './coding-runner';
import type { StoreCoded } from './coded-store';

export interface BackgroundCodingOptions {
  clock: () => string;
  /** Pause when there is nothing to code. */
  idleMs?: number;
  /** Responses per batch: a batch holds the event loop, so it is kept short (~10-20 ms). */
  batchSize?: number;
  /** Share of the time the coder may take while responses arrive, so intake keeps priority. */
  dutyCycle?: number;
  /** Submissions arriving: the coder waits for a quiet moment, but never longer than maxDeferMs. */
  intakeActivity?: ActivityMeter;
  maxDeferMs?: number;
  onError?: (error: unknown) => void;
  /** Lexicons and model; responses another coder coded are re-coded once new ones are done. */
  coder?: CoderConfig;
  /**
   * Pause after a batch that was not full: responses arriving meanwhile make the next batch
   * larger, and each batch's fixed cost (its queries, its commit) is shared by more responses.
   */
  partialBatchPauseMs?: number;
  /** Responses written per transaction (coding-runner.ts); default the whole batch. */
  commitEvery?: number;
  /** Where coded responses are written (coding-runner.ts); this connection by default. */
  store?: StoreCoded;
}

// A respondent waiting for an acknowledgement matters more than a summary being current.
const QUIET_MS = 200;

/**
 * Codes new responses as they arrive, off the request path: summaries trail submissions by
 * seconds. The server runs it on its own thread (coding-thread.ts) with dutyCycle 1 and no
 * intakeActivity, flat out. Only where it must share the event loop with intake (an in-memory
 * database) does it run in short batches, rest in proportion to its work and wait while
 * submissions arrive, for at most maxDeferMs (measured on the shared loop: coding flat out halved
 * intake throughput and tripled its p99). Several instances may run it on one PostgreSQL
 * database: each batch is claimed.
 */
export function startBackgroundCoding(db: Kysely<Database>, options: BackgroundCodingOptions) {
  const idleMs = options.idleMs ?? 2000;
  const batchSize = options.batchSize ?? 50;
  const dutyCycle = options.dutyCycle ?? 0.2;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const maxDeferMs = options.maxDeferMs ?? 30_000;
  let stopped = false;
  let deferredSince: number | undefined;

  const tick = () => {
    const started = performance.now();
    if (options.intakeActivity && !options.intakeActivity.quietFor(QUIET_MS)) {
      deferredSince ??= started;
      if (started - deferredSince < maxDeferMs) return schedule(QUIET_MS);
    }
    deferredSince = undefined;
    running = codeNextBatch(db, {
      now: options.clock(),
      batchSize,
      ...(options.coder && { coder: options.coder }),
      ...(options.commitEvery !== undefined && { commitEvery: options.commitEvery }),
      ...(options.store && { store: options.store }),
    })
      .then((coded) => {
        const worked = performance.now() - started;
        const rest = (worked * (1 - dutyCycle)) / dutyCycle;
        schedule(coded === 0 ? idleMs : coded < batchSize ? Math.max(rest, options.partialBatchPauseMs ?? 0) : rest);
      })
      .catch((error) => {
        options.onError?.(error);
        schedule(idleMs);
      });
  };
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(tick, delay);
  };
  schedule(0);

  return async function stop(): Promise<void> {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
