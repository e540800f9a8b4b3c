import { startSupervisedWorker, type TypescriptWorkerData } from '../lib/supervised-worker';

export interface CodingWorkerData extends TypescriptWorkerData {
  databaseUrl: string;
  idleMs?: number;
  /** How far the thread gives way to the one serving respondents (Linux niceness, 0 to 19). */
  codingNiceness: number;
  commitEvery: number;
}

export type CodingThreadMessage = { type: 'started' } | { type: 'stopped' } | { type: 'error'; message: string };

export interface CodingThreadOptions {
  /** The same database the server writes to: an SQLite file (WAL lets a second connection in) or a PostgreSQL URL. */
  databaseUrl: string;
  idleMs?: number;
  /** Default DEFAULT_CODING_NICENESS; 0 keeps the coder level with intake. */
  codingNiceness?: number;
  /** Responses written per transaction; default DEFAULT_CODING_COMMIT_EVERY. */
  commitEvery?: number;
  onError?: (message: string) => void;
}

/** Where the coder shares a core with intake, it gets about a tenth of it (Linux CFS weights 110 against 1024). */
export const DEFAULT_CODING_NICENESS = 10;

/**
 * The coding thread codes 500 responses at a time but writes them 50 per transaction: on SQLite,
 * intake's commits wait for whatever transaction holds the write lock, so a short one keeps
 * respondents' acknowledgements from waiting behind a whole batch (docs/benchmarks.md).
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
  const data: CodingWorkerData = {
    databaseUrl: options.databaseUrl,
    codingNiceness: options.codingNiceness ?? DEFAULT_CODING_NICENESS,
    commitEvery: options.commitEvery ?? DEFAULT_CODING_COMMIT_EVERY,
    entry: new URL('./coding-worker.ts', import.meta.url).href,
    ...(options.idleMs !== undefined && { idleMs: options.idleMs }),
  };
  const thread = startSupervisedWorker<CodingThreadMessage>({
    name: 'coding thread',
    data,
    stopMessage: 'stop',
    onError,
    onMessage(message) {
      if (message.type === 'error') onError(message.message);
    },
  });
  return thread.stop;
}
