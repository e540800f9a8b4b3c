import type { Kysely } from 'kysely';

/**
 * Coding and aggregates. answer_codes keeps every machine and human code applied to an open answer
 * so agreement can be measured (closed codes follow from the answers and the frozen questionnaire); response_themes is each respondent's effective themes; theme_counts
 * and respondent_counts are kept in step with response_themes in the same transactions, so a
 * summary over a million responses reads a few thousand rows instead of scanning millions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').addColumn('coded_at', 'text').execute();
  // The taxonomy version the response was coded with.
  await db.schema.alterTable('responses').addColumn('coded_with', 'text').execute();
  // The coder's work list: responses not coded yet, oldest first.
  await db.schema.createIndex('responses_uncoded').on('responses').columns(['coded_at', 'seq']).execute();

  await db.schema
    .createTable('answer_codes')
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    .addColumn('question', 'text', (col) => col.notNull())
    .addColumn('theme', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull()) // machine | human
    .addColumn('coder', 'text', (col) => col.notNull()) // '' for machine codes
    .addColumn('status', 'text', (col) => col.notNull()) // accepted | suggested
    .addColumn('confidence', 'real', (col) => col.notNull())
    .addColumn('taxonomy_version', 'text', (col) => col.notNull())
    .addColumn('coded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('answer_codes_pk', ['response_id', 'question', 'theme', 'source', 'coder'])
    .execute();
  // Agreement and review screens read one consultation's codes.
  await db.schema.createIndex('answer_codes_consultation').on('answer_codes').columns(['consultation_id', 'source']).execute();

  await db.schema
    .createTable('answer_reviews')
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    .addColumn('question', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull()) // pending | reviewed
    .addColumn('reviewer', 'text')
    .addColumn('reviewed_at', 'text')
    .addPrimaryKeyConstraint('answer_reviews_pk', ['response_id', 'question'])
    .execute();
  // The review queue: a consultation's pending answers.
  await db.schema.createIndex('answer_reviews_queue').on('answer_reviews').columns(['consultation_id', 'status']).execute();

  await db.schema
    .createTable('response_themes')
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    .addColumn('community', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('theme', 'text', (col) => col.notNull())
    .addColumn('closed', 'integer', (col) => col.notNull())
    .addColumn('open', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('response_themes_pk', ['response_id', 'theme'])
    .execute();
  // Representative quotes: a consultation's respondents who mention a theme.
  await db.schema.createIndex('response_themes_theme').on('response_themes').columns(['consultation_id', 'theme']).execute();

  await db.schema
    .createTable('theme_counts')
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    .addColumn('community', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('theme', 'text', (col) => col.notNull())
    .addColumn('n_any', 'integer', (col) => col.notNull())
    .addColumn('n_closed', 'integer', (col) => col.notNull())
    .addColumn('n_open', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('theme_counts_pk', ['consultation_id', 'community', 'locale', 'theme'])
    .execute();

  await db.schema
    .createTable('respondent_counts')
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    .addColumn('community', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('respondent_counts_pk', ['consultation_id', 'community', 'locale'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['respondent_counts', 'theme_counts', 'response_themes', 'answer_reviews', 'answer_codes']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropIndex('responses_uncoded').ifExists().execute();
  await db.schema.alterTable('responses').dropColumn('coded_with').execute();
  await db.schema.alterTable('responses').dropColumn('coded_at').execute();
}
