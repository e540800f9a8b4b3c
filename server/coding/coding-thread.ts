import { Worker } from 'node:worker_threads';

export interface CodingWorkerData {
  databaseUrl: string;
  idleMs?: number;
  /** How far the thread gives way to the one serving respondents (Linux niceness, 0 to 19). */
  codingNiceness: number;
  /** file: URL of coding-worker.ts, loaded by lib/typescript-worker-boot.mjs. */
  entry: string;
}

export type CodingThreadMessage = { type: 'started' } | { type: 'stopped' } | { type: 'error'; message: string };

export interface CodingThreadOptions {
  /** The same database the server writes to: an SQLite file (WAL lets a second connection in) or a PostgreSQL URL. */
  databaseUrl: string;
  idleMs?: number;
  /** Default DEFAULT_CODING_NICENESS; 0 keeps the coder level with intake. */
  codingNiceness?: number;
  onError?: (message: string) => void;
}

/** Where the coder shares a core with intake, it gets about a tenth of it (Linux CFS weights 110 against 1024). */
export const DEFAULT_CODING_NICENESS = 10;

// A thread that died unexpectedly is restarted after this pause, so a crash loop cannot spin.
const RESTART_MS = 2000;
// A batch is tens of milliseconds; past this a stuck thread is terminated rather than awaited.
const STOP_TIMEOUT_MS = 10_000;

/**
 * Codes new responses on a worker thread with its own database connection, so the event loop
 * that answers respondents never runs the coder (on the shared loop, coding cost intake a
 * quarter of its throughput and made summaries wait up to 30 s under a flood). Returns stop(),
 * which lets the current batch finish, closes the thread's connection and ends the thread.
 */
export function startCodingThread(options: CodingThreadOptions): () => Promise<void> {
  const data: CodingWorkerData = {
    databaseUrl: options.databaseUrl,
    codingNiceness: options.codingNiceness ?? DEFAULT_CODING_NICENESS,
    entry: new URL('./coding-worker.ts', import.meta.url).href,
    ...(options.idleMs !== undefined && { idleMs: options.idleMs }),
  };
  let stopping = false;
  let worker: Worker;
  let exited: Promise<void>;
  let restart: NodeJS.Timeout | undefined;

  const spawn = () => {
    // execArgv: [] — the parent's loader flags do not work in a worker; the boot module registers its own.
    worker = new Worker(new URL('../lib/typescript-worker-boot.mjs', import.meta.url), { workerData: data, execArgv: [] });
    worker.on('message', (message: CodingThreadMessage) => {
      if (message.type === 'error') options.onError?.(message.message);
    });
    worker.on('error', (error) => options.onError?.(error.stack ?? error.message));
    exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        resolve();
        if (stopping) return;
        options.onError?.(`the coding thread exited with code ${code}; restarting it`);
        restart = setTimeout(spawn, RESTART_MS);
      }),
    );
  };
  spawn();

  return async function stop() {
    stopping = true;
    if (restart) clearTimeout(restart);
    worker.postMessage('stop');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, 'timeout').unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') await worker.terminate();
  };
}
