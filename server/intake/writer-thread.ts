import { startSupervisedWorker, type TypescriptWorkerData } from '../lib/supervised-worker';
import type { CodedResponse, CodingClaim, StoreCoded } from '../coding/coded-store';
import type { CommitBatch, NewResponseRow, WriteOutcome } from './response-writer';

export interface WriterWorkerData extends TypescriptWorkerData {
  databaseFile: string;
  /** Coded responses written with each intake batch, at most. */
  codedPerCommit: number;
  /** Coded responses per transaction of their own, when intake is quiet. */
  codedAlonePerCommit: number;
  /** How long codes wait for an intake batch to travel with before they are written alone. */
  intakeGraceMs: number;
}

export interface WriterThreadOptions {
  onError?: (message: string) => void;
  /** Default DEFAULT_CODED_PER_COMMIT; benches compare values. */
  codedPerCommit?: number;
}

/**
 * Each coded response adds about half a millisecond to the transaction that carries it: 20 per
 * intake batch keeps respondents' p99 low and still writes codes faster than the coding thread
 * codes them under a flood (docs/benchmarks.md).
 */
export const DEFAULT_CODED_PER_COMMIT = 20;
// When intake is quiet nobody waits behind the codes: larger transactions, fewer fsyncs.
const CODED_ALONE_PER_COMMIT = 100;
// Under a flood the next intake batch follows an acknowledgement within a millisecond or two.
const INTAKE_GRACE_MS = 5;

export type WriterRequest =
  | { type: 'commit'; id: number; rows: NewResponseRow[] }
  | { type: 'store-coded'; id: number; coded: CodedResponse[]; claim: CodingClaim }
  | { type: 'stop' };
export type WriterReply =
  | { type: 'committed'; id: number; outcomes: WriteOutcome[] }
  | { type: 'stored'; id: number }
  | { type: 'failed'; id: number; message: string }
  | { type: 'stopped' };

interface InFlight {
  resolve(outcomes: WriteOutcome[]): void;
  reject(error: Error): void;
}

/**
 * Commits intake's batches on a thread of their own, with its own connection to the SQLite file.
 * better-sqlite3 is synchronous: on the event loop, every commit's fsync (milliseconds on a real
 * disk) and every wait for the coding thread's write lock stopped all respondents' requests.
 * Here the loop goes on parsing and validating the next batch while this one reaches the disk,
 * and an acknowledgement still leaves only after its commit. Only for SQLite: PostgreSQL's
 * driver already waits without blocking.
 */
export function startWriterThread(databaseFile: string, options: WriterThreadOptions = {}) {
  const onError = options.onError ?? (() => {});
  const inFlight = new Map<number, InFlight>();
  let nextId = 0;

  const data: WriterWorkerData = {
    databaseFile,
    codedPerCommit: options.codedPerCommit ?? DEFAULT_CODED_PER_COMMIT,
    codedAlonePerCommit: CODED_ALONE_PER_COMMIT,
    intakeGraceMs: INTAKE_GRACE_MS,
    entry: new URL('./writer-worker.ts', import.meta.url).href,
  };
  const thread = startSupervisedWorker<WriterReply>({
    name: 'intake writer thread',
    data,
    stopMessage: { type: 'stop' } satisfies WriterRequest,
    onError,
    onMessage(reply) {
      if (reply.type === 'stopped') return;
      const pending = inFlight.get(reply.id);
      inFlight.delete(reply.id);
      if (reply.type === 'committed') pending?.resolve(reply.outcomes);
      else if (reply.type === 'stored') pending?.resolve([]);
      else pending?.reject(new Error(reply.message));
    },
    onExit(code) {
      // Whatever was in flight may or may not be on disk: the devices were not acknowledged and
      // will retry, which the stored content hash answers either way.
      for (const pending of inFlight.values()) pending.reject(new Error(`the intake writer thread exited with code ${code}`));
      inFlight.clear();
    },
  });

  const send = (request: (id: number) => WriterRequest) =>
    new Promise<WriteOutcome[]>((resolve, reject) => {
      const id = nextId++;
      inFlight.set(id, { resolve, reject });
      if (thread.post(request(id))) return;
      inFlight.delete(id);
      // Down between a crash and its restart, or stopping: the devices keep the answers and retry,
      // and the coder codes the same responses again in its next batch.
      reject(new Error('the intake writer thread is not running'));
    });

  const commit: CommitBatch = (rows) => send((id) => ({ type: 'commit', id, rows }));
  /**
   * The coding thread's writes, on the one connection: a slice with each intake batch, or in
   * transactions of their own when intake is quiet (writer-worker.ts). Resolves once all are written.
   */
  const storeCoded: StoreCoded = async (coded, claim) => {
    await send((id) => ({ type: 'store-coded', id, coded, claim }));
  };

  return { commit, storeCoded, stop: thread.stop };
}
