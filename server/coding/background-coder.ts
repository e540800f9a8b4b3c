import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { codeNextBatch } from './coding-runner';

/**
 * Codes new responses as they arrive, off the request path: intake stays fast, and summaries
 * trail submissions by a few seconds at most. Several instances may run it on one PostgreSQL
 * database: each batch is claimed in its transaction.
 */
export function startBackgroundCoding(db: Kysely<Database>, options: { intervalMs?: number; clock: () => string; onError?: (error: unknown) => void }) {
  const intervalMs = options.intervalMs ?? 2000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = () => {
    running = codeNextBatch(db, { now: options.clock() })
      .then((coded) => schedule(coded > 0 ? 0 : intervalMs))
      .catch((error) => {
        options.onError?.(error);
        schedule(intervalMs);
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
