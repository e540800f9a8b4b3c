import type { Kysely } from 'kysely';
import type { AnswerCodeTable, Database } from '../db/schema';
import { clearMachineCodes } from './stale-codes';
import { replaceRespondentThemes, type RespondentThemes } from './theme-counts.repository';

/** One response as the coder left it: plain data, so it can cross to another thread. */
export interface CodedResponse {
  id: string;
  codeRows: AnswerCodeTable[];
  reviewRows: Array<{ response_id: string; consultation_id: string; question: string; status: 'pending' }>;
  respondent: RespondentThemes;
}

/** What the coder claims the responses as: when, by which coder, and which earlier coders' work it replaces. */
export interface CodingClaim {
  now: string;
  fingerprint: string;
  /** Set when re-coding: only responses still carrying one of these fingerprints are claimed. */
  stale?: string[];
}

export type StoreCoded = (coded: CodedResponse[], claim: CodingClaim) => Promise<void>;

/**
 * Stores coded responses in one transaction, claiming them first: a second server instance
 * coding at the same time claims nothing twice, and a part another instance claimed first is
 * rolled back and left to it.
 */
export async function storeCoded(db: Kysely<Database>, coded: CodedResponse[], claim: CodingClaim): Promise<void> {
  await db
    .transaction()
    .execute((trx) => writeCoded(trx, coded, claim))
    .catch((error) => {
      if (!isCodingRace(error)) throw error;
    });
}

/**
 * Claims and writes coded responses in the caller's transaction. Throws a coding race when
 * another instance claimed part of them first: the caller must then roll back what this wrote
 * (the whole transaction, or a savepoint taken before the call).
 */
export async function writeCoded(trx: Kysely<Database>, coded: CodedResponse[], claim: CodingClaim): Promise<void> {
  const codeRows = coded.flatMap((response) => response.codeRows);
  const reviewRows = coded.flatMap((response) => response.reviewRows);
  const ids = coded.map((response) => response.id);
  const claimed = await trx
    .updateTable('responses')
    .set({ coded_at: claim.now, coded_with: claim.fingerprint })
    .where('id', 'in', ids)
    .$call((q) => (claim.stale ? q.where('coded_with', 'in', claim.stale) : q.where('coded_at', 'is', null)))
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== ids.length) throw new CodingRace();
  if (claim.stale) await clearMachineCodes(trx, ids);
  for (let i = 0; i < codeRows.length; i += 500) await trx.insertInto('answer_codes').values(codeRows.slice(i, i + 500)).execute();
  for (let i = 0; i < reviewRows.length; i += 1000) await trx.insertInto('answer_reviews').values(reviewRows.slice(i, i + 1000)).execute();
  await replaceRespondentThemes(trx, coded.map((response) => response.respondent));
}

/** Another instance coded part of this batch first; the transaction is rolled back and the next batch retried. */
class CodingRace extends Error {}

export const isCodingRace = (error: unknown): boolean => error instanceof CodingRace;
