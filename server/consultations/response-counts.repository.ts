import type { Kysely, Transaction } from 'kysely';
import type { Database, ResponseCountTable } from '../db/schema';

type CountKey = Omit<ResponseCountTable, 'n'>;

/**
 * Adds the responses just stored to response_counts. Call it inside the transaction that
 * inserted them, with the rows actually created (not retries), so the counts can never drift
 * from the responses table.
 */
export async function addToResponseCounts(trx: Transaction<Database> | Kysely<Database>, created: readonly CountKey[]): Promise<void> {
  const grouped = new Map<string, ResponseCountTable>();
  for (const row of created) {
    const key = JSON.stringify([row.consultation_id, row.community, row.locale, row.channel, row.received_on]);
    const entry = grouped.get(key);
    if (entry) entry.n += 1;
    else grouped.set(key, { consultation_id: row.consultation_id, community: row.community, locale: row.locale, channel: row.channel, received_on: row.received_on, n: 1 });
  }
  const values = [...grouped.values()];
  for (let start = 0; start < values.length; start += 500) {
    await trx
      .insertInto('response_counts')
      .values(values.slice(start, start + 500))
      .onConflict((oc) =>
        oc
          .columns(['consultation_id', 'community', 'locale', 'channel', 'received_on'])
          .doUpdateSet((eb) => ({ n: eb('response_counts.n', '+', eb.ref('excluded.n')) })),
      )
      .execute();
  }
}

export type CountedBy = 'community' | 'locale' | 'channel' | 'received_on';

/** One consultation's response count per value of a column. */
export async function countsBy(db: Kysely<Database>, consultationId: string, column: CountedBy): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('response_counts')
    .select([column, (eb) => eb.fn.sum<number | string>('n').as('n')])
    .where('consultation_id', '=', consultationId)
    .groupBy(column)
    .execute();
  return new Map(rows.map((row) => [String(row[column as keyof typeof row]), Number(row.n)]));
}

/** Total responses per consultation; consultations without any are absent from the map. */
export async function totalsOf(db: Kysely<Database>, consultationIds: readonly string[]): Promise<Map<string, number>> {
  if (consultationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('response_counts')
    .select(['consultation_id', (eb) => eb.fn.sum<number | string>('n').as('n')])
    .where('consultation_id', 'in', consultationIds)
    .groupBy('consultation_id')
    .execute();
  return new Map(rows.map((row) => [row.consultation_id, Number(row.n)]));
}
