import type { Insertable, Kysely } from 'kysely';
import { addToResponseCounts } from '../consultations/response-counts.repository';
import type { Database, ResponseTable } from '../db/schema';

export type WriteOutcome = 'created' | 'duplicate' | 'conflict';
export type NewResponseRow = Omit<Insertable<ResponseTable>, 'seq'> & { id: string; content_hash: string };

interface Pending {
  row: NewResponseRow;
  resolve(outcome: WriteOutcome): void;
  reject(error: unknown): void;
}

export interface ResponseWriter {
  /** Resolves once the row is committed (or found already stored): only then may the caller acknowledge. */
  write(row: NewResponseRow): Promise<WriteOutcome>;
}

const MAX_BATCH = 400;

/** Stores a batch in one transaction and tells each row's outcome, in order. */
export type CommitBatch = (rows: NewResponseRow[]) => Promise<WriteOutcome[]>;

/**
 * Group commit: responses arriving while a transaction is being written are queued and
 * committed together in the next one. A commit (and its fsync) per request is what limits
 * intake, so concurrent devices share it; a lone request waits only for its own commit.
 * `commit` runs the transaction: on this connection by default, or on the SQLite writer thread
 * (writer-thread.ts), which keeps the fsync off the event loop.
 */
export function createResponseWriter(db: Kysely<Database>, commit: CommitBatch = (rows) => insertIdempotently(db, rows)): ResponseWriter {
  let queue: Pending[] = [];
  let scheduled = false;
  let writing = false;

  async function drain(): Promise<void> {
    scheduled = false;
    writing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, MAX_BATCH);
        queue = queue.slice(MAX_BATCH);
        await commitBatch(commit, batch);
      }
    } finally {
      writing = false;
    }
  }

  return {
    write(row) {
      return new Promise<WriteOutcome>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        if (!writing && !scheduled) {
          scheduled = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}

async function commitBatch(commit: CommitBatch, batch: Pending[]): Promise<void> {
  try {
    const outcomes = await commit(batch.map((p) => p.row));
    batch.forEach((pending, index) => pending.resolve(outcomes[index]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    // One bad row must not fail its neighbours: retry each alone.
    for (const pending of batch) await commitBatch(commit, [pending]);
  }
}

/**
 * Inserts the rows that are new and tells, for each input row, whether it was created, was
 * already stored with the same content (a retry), or collides with different content under the
 * same id. The unique id makes this safe against concurrent duplicates, across server instances too.
 */
export async function insertIdempotently(db: Kysely<Database>, rows: NewResponseRow[]): Promise<WriteOutcome[]> {
  return db.transaction().execute((trx) => insertRows(trx, rows));
}

/** insertIdempotently's work, in the caller's transaction. */
export async function insertRows(trx: Kysely<Database>, rows: NewResponseRow[]): Promise<WriteOutcome[]> {
  const firstById = new Map<string, NewResponseRow>();
  for (const row of rows) if (!firstById.has(row.id)) firstById.set(row.id, row);
  const unique = [...firstById.values()];
  const inserted = await trx
    .insertInto('responses')
    .values(unique)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  const created = new Set(inserted.map((r) => r.id));
  await addToResponseCounts(trx, unique.filter((row) => created.has(row.id)));
  const existingIds = unique.filter((row) => !created.has(row.id)).map((row) => row.id);
  const storedHash = new Map<string, string>();
  if (existingIds.length) {
    const stored = await trx.selectFrom('responses').select(['id', 'content_hash']).where('id', 'in', existingIds).execute();
    for (const row of stored) storedHash.set(row.id, row.content_hash);
  }
  return rows.map((row) => {
    if (created.has(row.id) && firstById.get(row.id) === row) return 'created';
    const hash = created.has(row.id) ? firstById.get(row.id)!.content_hash : storedHash.get(row.id);
    return hash === row.content_hash ? 'duplicate' : 'conflict';
  });
}
