import { sql, type Kysely } from 'kysely';
import { isCodingRace, writeCoded, type CodedResponse, type CodingClaim } from '../coding/coded-store';
import type { Database } from '../db/schema';
import { insertRows, type NewResponseRow, type WriteOutcome } from './response-writer';

/** Some of a coding request's responses, written with the claim the coder made them under. */
export interface CodedSlice {
  coded: CodedResponse[];
  claim: CodingClaim;
}

/** How the coded part of a transaction ended: written, left to the instance that claimed it first, or failed. */
export type CodedResult = { type: 'stored' } | { type: 'failed'; message: string };

/**
 * Intake's batch and some of the coding thread's codes in one transaction, so that one commit
 * (and one fsync) serves both and respondents never wait behind a coding transaction of its own.
 * The codes are written under a savepoint after the responses: whatever goes wrong with them is
 * rolled back alone, and the responses are committed all the same.
 */
export async function commitWithCodes(db: Kysely<Database>, rows: NewResponseRow[], slice: CodedSlice | undefined): Promise<{ outcomes: WriteOutcome[]; coded?: CodedResult }> {
  return db.transaction().execute(async (trx) => {
    const outcomes = await insertRows(trx, rows);
    if (!slice) return { outcomes };
    await sql`savepoint coded`.execute(trx);
    try {
      await writeCoded(trx, slice.coded, slice.claim);
      await sql`release savepoint coded`.execute(trx);
      return { outcomes, coded: { type: 'stored' } };
    } catch (error) {
      await sql`rollback to savepoint coded`.execute(trx);
      await sql`release savepoint coded`.execute(trx);
      // A race means another instance coded these first: nothing is lost, as with storeCoded.
      if (isCodingRace(error)) return { outcomes, coded: { type: 'stored' } };
      return { outcomes, coded: { type: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  });
}
