import { Worker } from 'node:worker_threads';
import type { CommitBatch, NewResponseRow, WriteOutcome } from './response-writer';

export interface WriterWorkerData {
  databaseFile: string;
  /** file: URL of writer-worker.ts, loaded by lib/typescript-worker-boot.mjs. */
  entry: string;
}

export type WriterRequest = { type: 'commit'; id: number; rows: NewResponseRow[] } | { type: 'stop' };
export type WriterReply = { type: 'committed'; id: number; outcomes: WriteOutcome[] } | { type: 'failed'; id: number; message: string } | { type: 'stopped' };

interface InFlight {
  resolve(outcomes: WriteOutcome[]): void;
  reject(error: Error): void;
}

const STOP_TIMEOUT_MS = 10_000;

/**
 * Commits intake's batches on a thread of their own, with its own connection to the SQLite file.
 * better-sqlite3 is synchronous: on the event loop, every commit's fsync (milliseconds on a real
 * disk) and every wait for the coding thread's write lock stopped all respondents' requests.
 * Here the loop goes on parsing and validating the next batch while this one reaches the disk,
 * and an acknowledgement still leaves only after its commit. Only for SQLite: PostgreSQL's
 * driver already waits without blocking.
 */
export function startWriterThread(databaseFile: string, onError: (message: string) => void = () => {}) {
  const data: WriterWorkerData = { databaseFile, entry: new URL('./writer-worker.ts', import.meta.url).href };
  const inFlight = new Map<number, InFlight>();
  let nextId = 0;
  let stopping = false;
  let worker: Worker;
  let exited: Promise<void>;

  const spawn = () => {
    // execArgv: [] — the parent's loader flags do not work in a worker; the boot module registers its own.
    worker = new Worker(new URL('../lib/typescript-worker-boot.mjs', import.meta.url), { workerData: data, execArgv: [] });
    worker.on('message', (reply: WriterReply) => {
      if (reply.type === 'stopped') return;
      const pending = inFlight.get(reply.id);
      inFlight.delete(reply.id);
      if (reply.type === 'committed') pending?.resolve(reply.outcomes);
      else pending?.reject(new Error(reply.message));
    });
    worker.on('error', (error) => onError(error.stack ?? error.message));
    exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        resolve();
        // Whatever was in flight may or may not be on disk: the devices were not acknowledged and
        // will retry, which the stored content hash answers either way.
        for (const pending of inFlight.values()) pending.reject(new Error(`the intake writer thread exited with code ${code}`));
        inFlight.clear();
        if (stopping) return;
        onError(`the intake writer thread exited with code ${code}; restarting it`);
        spawn();
      }),
    );
  };
  spawn();

  const commit: CommitBatch = (rows) =>
    new Promise<WriteOutcome[]>((resolve, reject) => {
      if (stopping) return reject(new Error('the server is stopping'));
      const id = nextId++;
      inFlight.set(id, { resolve, reject });
      worker.postMessage({ type: 'commit', id, rows } satisfies WriterRequest);
    });

  async function stop(): Promise<void> {
    stopping = true;
    worker.postMessage({ type: 'stop' } satisfies WriterRequest);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, 'timeout').unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') await worker.terminate();
  }

  return { commit, stop };
}
