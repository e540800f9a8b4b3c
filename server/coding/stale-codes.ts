import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { rowToStoredCode, type StoredCode } from './effective-themes';

/**
 * Coder fingerprints, other than `current`, that stored responses were coded with. Computed once
 * per process and coder: responses coded from now on carry `current`, so the list can only
 * shrink, and the search for stale responses then runs on the (coded_with, seq) index.
 */
const staleByCoder = new WeakMap<Kysely<Database>, Map<string, Promise<string[]>>>();

export function staleFingerprints(db: Kysely<Database>, current: string): Promise<string[]> {
  let byCoder = staleByCoder.get(db);
  if (!byCoder) staleByCoder.set(db, (byCoder = new Map()));
  let stale = byCoder.get(current);
  if (!stale) {
    stale = db
      .selectFrom('responses')
      .select('coded_with')
      .distinct()
      .where('coded_with', 'is not', null)
      .where('coded_with', '<>', current)
      .execute()
      .then((rows) => rows.map((row) => row.coded_with as string));
    stale.catch(() => byCoder.delete(current));
    byCoder.set(current, stale);
  }
  return stale;
}

/** What re-coding a response must keep: people's codes, and the machine's codes on answers a person reviewed. */
export interface KeptCodes {
  codes: StoredCode[];
  /** Questions a person reviewed: the machine does not re-code them, so the reviewer's view stands. */
  reviewed: Set<string>;
}

export async function keptCodes(db: Kysely<Database>, responseIds: readonly string[]): Promise<Map<string, KeptCodes>> {
  const kept = new Map<string, KeptCodes>(responseIds.map((id) => [id, { codes: [], reviewed: new Set() }]));
  if (responseIds.length === 0) return kept;
  const reviews = await db
    .selectFrom('answer_reviews')
    .select(['response_id', 'question'])
    .where('response_id', 'in', responseIds)
    .where('status', '=', 'reviewed')
    .execute();
  for (const review of reviews) kept.get(review.response_id)!.reviewed.add(review.question);
  const codes = await db
    .selectFrom('answer_codes')
    .select(['response_id', 'question', 'theme', 'source', 'coder', 'status', 'confidence', 'coded_at'])
    .where('response_id', 'in', responseIds)
    .execute();
  for (const row of codes) {
    const entry = kept.get(row.response_id)!;
    if (row.source === 'human' || entry.reviewed.has(row.question)) entry.codes.push(rowToStoredCode(row));
  }
  return kept;
}

/**
 * Removes the machine's codes and pending reviews of responses about to be re-coded, in the
 * caller's transaction; people's codes and reviewed answers stay.
 */
export async function clearMachineCodes(trx: Kysely<Database>, responseIds: readonly string[]): Promise<void> {
  await trx
    .deleteFrom('answer_codes')
    .where('response_id', 'in', responseIds)
    .where('source', '=', 'machine')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('answer_reviews as ar')
            .select('ar.response_id')
            .whereRef('ar.response_id', '=', 'answer_codes.response_id')
            .whereRef('ar.question', '=', 'answer_codes.question')
            .where('ar.status', '=', 'reviewed'),
        ),
      ),
    )
    .execute();
  await trx.deleteFrom('answer_reviews').where('response_id', 'in', responseIds).where('status', '=', 'pending').execute();
}
