import type { Kysely } from 'kysely';

/**
 * responses.coded_with now holds the coder's fingerprint (taxonomy version + hash of lexicons,
 * model and rules), not only the taxonomy version. Rows coded before keep the bare version,
 * which no fingerprint equals: they are re-coded once by the background runner.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // For the runner's search for responses coded by another coder: coded_with in (...) order by seq.
  await db.schema.createIndex('responses_coded_with').on('responses').columns(['coded_with', 'seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('responses_coded_with').execute();
}
