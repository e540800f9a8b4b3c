import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { codeNextBatch } from './coding-runner';

export interface BackgroundCodingOptions {
  clock: () => string;
  /** Pause when there is nothing to code. */
  idleMs?: number;
  /** Responses per batch: a batch holds the event loop, so it is kept short (~10-20 ms). */
  batchSize?: number;
  /** Share of the time the coder may take while responses arrive, so intake keeps priority. */
  dutyCycle?: number;
  onError?: (error: unknown) => void;
}

/**
 * Codes new responses as they arrive, off the request path: summaries trail submissions by
 * seconds. Coding shares the event loop with intake, so it runs in short batches and rests in
 * proportion to its work (measured: coding flat out halved intake throughput and tripled its
 * p99). Several instances may run it on one PostgreSQL database: each batch is claimed.
 */
export function startBackgroundCoding(db: Kysely<Database>, options: BackgroundCodingOptions) {
  const idleMs = options.idleMs ?? 2000;
  const batchSize = options.batchSize ?? 50;
  const dutyCycle = options.dutyCycle ?? 0.2;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = () => {
    const started = performance.now();
    running = codeNextBatch(db, { now: options.clock(), batchSize })
      .then((coded) => {
        const worked = performance.now() - started;
        schedule(coded > 0 ? (worked * (1 - dutyCycle)) / dutyCycle : idleMs);
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
