import { startSupervisedWorker, type TypescriptWorkerData } from '../lib/supervised-worker';
import type { CodedResponse, CodingClaim, StoreCoded } from './coded-store';

export interface CodingWorkerData extends TypescriptWorkerData {
  databaseUrl: string;
  idleMs?: number;
  /** How far the thread gives way to the one serving respondents (Linux niceness, 0 to 19). */
  codingNiceness: number;
  /** Unset: the whole batch in one write (the store then decides how to split it). */
  commitEvery?: number;
  /** The thread posts its writes to this one (store requests) instead of writing on its own connection. */
  storesThroughParent: boolean;
}

export type CodingThreadMessage =
  | { type: 'started' }
  | { type: 'stopped' }
  | { type: 'error'; message: string }
  | { type: 'store'; id: number; coded: CodedResponse[]; claim: CodingClaim };

export type CodingThreadRequest = 'stop' | { type: 'stored'; id: number } | { type: 'store-failed'; id: number; message: string };

export interface CodingThreadOptions {
  /** The same database the server writes to: an SQLite file (WAL lets a second connection in) or a PostgreSQL URL. */
  databaseUrl: string;
  idleMs?: number;
  /** Default DEFAULT_CODING_NICENESS; 0 keeps the coder level with intake. */
  codingNiceness?: number;
  /**
   * Responses written per transaction; default DEFAULT_CODING_COMMIT_EVERY on the thread's own
   * connection, and the whole batch per call of a given store (which splits it as it writes).
   */
  commitEvery?: number;
  /**
   * Writes the thread's coded responses on another connection. On SQLite the server passes the
   * intake writer thread's: SQLite has one write lock, and a waiting writer sleeps in steps of up
   * to 100 ms, so a coding transaction on a second connection (at lowered priority, on a busy
   * core) made respondents' commits wait behind it. One writer for both never waits for a lock.
   */
  store?: StoreCoded;
  onError?: (message: string) => void;
}

/** Where the coder shares a core with intake, it gets about a tenth of it (Linux CFS weights 110 against 1024). */
export const DEFAULT_CODING_NICENESS = 10;

/**
 * The coding thread codes 500 responses at a time but writes them 50 per transaction, so
 * respondents' commits, written on the same connection or waiting for the same lock, never queue
 * behind a whole batch (docs/benchmarks.md).
 */
export const DEFAULT_CODING_COMMIT_EVERY = 50;

/**
 * Codes new responses on a worker thread with its own database connection, so the event loop
 * that answers respondents never runs the coder (on the shared loop, coding cost intake a
 * quarter of its throughput and made summaries wait up to 30 s under a flood). Returns stop(),
 * which lets the current batch finish, closes the thread's connection and ends the thread.
 */
export function startCodingThread(options: CodingThreadOptions): () => Promise<void> {
  const onError = options.onError ?? (() => {});
  const store = options.store;
  const data: CodingWorkerData = {
    databaseUrl: options.databaseUrl,
    codingNiceness: options.codingNiceness ?? DEFAULT_CODING_NICENESS,
    ...((options.commitEvery !== undefined || !store) && { commitEvery: options.commitEvery ?? DEFAULT_CODING_COMMIT_EVERY }),
    storesThroughParent: store !== undefined,
    entry: new URL('./coding-worker.ts', import.meta.url).href,
    ...(options.idleMs !== undefined && { idleMs: options.idleMs }),
  };
  const thread = startSupervisedWorker<CodingThreadMessage>({
    name: 'coding thread',
    data,
    stopMessage: 'stop' satisfies CodingThreadRequest,
    onError,
    onMessage(message) {
      if (message.type === 'error') onError(message.message);
      if (message.type !== 'store' || !store) return;
      // A reply to a thread that was restarted meanwhile names an id the new one never sent: it ignores it.
      store(message.coded, message.claim).then(
        () => thread.post({ type: 'stored', id: message.id } satisfies CodingThreadRequest),
        (error: unknown) => thread.post({ type: 'store-failed', id: message.id, message: error instanceof Error ? error.message : String(error) } satisfies CodingThreadRequest),
      );
    },
  });
  return thread.stop;
}
