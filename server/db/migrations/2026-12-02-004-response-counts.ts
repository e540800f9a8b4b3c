import type { Kysely } from 'kysely';

/**
 * How many responses each consultation received, per community, language, channel and day,
 * kept in step with the responses table inside the intake transaction. The consultations list
 * and the progress screen read these few rows instead of counting millions of responses.
 * Existing responses are counted once here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('response_counts')
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    .addColumn('community', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('received_on', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('response_counts_pk', ['consultation_id', 'community', 'locale', 'channel', 'received_on'])
    .execute();
  await db
    .insertInto('response_counts')
    .columns(['consultation_id', 'community', 'locale', 'channel', 'received_on', 'n'])
    .expression(
      db
        .selectFrom('responses')
        .select(['consultation_id', 'community', 'locale', 'channel', 'received_on', (eb) => eb.fn.countAll().as('n')])
        .groupBy(['consultation_id', 'community', 'locale', 'channel', 'received_on']),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('response_counts').ifExists().execute();
}
