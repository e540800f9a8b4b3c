import type { Kysely } from 'kysely';
import type { DialectName } from '../connect';

// Migrations see an untyped database: the schema changes under them.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('communities', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('partnership_members')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('partnership_id', 'text', (col) => col.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('organization', 'text', (col) => col.notNull())
    .addColumn('sector', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('partnership_id', 'text', (col) => col.references('partnerships.id').onDelete('cascade'))
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('key', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('partnership_id', 'text', (col) => col.references('partnerships.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('questionnaire_versions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('questionnaire_id', 'text', (col) => col.notNull().references('questionnaires.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('survey_json', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('published_at', 'text')
    // Version numbers are unique per questionnaire; also serves "latest version" lookups.
    .addUniqueConstraint('questionnaire_versions_number', ['questionnaire_id', 'version'])
    .execute();

  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('partnership_id', 'text', (col) => col.notNull().references('partnerships.id'))
    .addColumn('questionnaire_version_id', 'text', (col) => col.notNull().references('questionnaire_versions.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('audience', 'text', (col) => col.notNull())
    .addColumn('wave', 'text', (col) => col.notNull())
    .addColumn('communities', 'text', (col) => col.notNull())
    .addColumn('locales', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('kiosk', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  // Listing a partnership's consultations.
  await db.schema.createIndex('consultations_partnership').on('consultations').column('partnership_id').execute();

  await db.schema
    .createTable('consultation_links')
    .addColumn('slug', 'text', (col) => col.primaryKey())
    .addColumn('consultation_id', 'text', (col) => col.notNull().references('consultations.id'))
    .addColumn('community', 'text')
    .execute();
  // Listing a consultation's links.
  await db.schema.createIndex('consultation_links_consultation').on('consultation_links').column('consultation_id').execute();

  // seq gives responses a stable order for exports and paging; it must be the integer
  // primary key in SQLite to auto-increment, and an identity column in PostgreSQL.
  await db.schema
    .createTable('responses')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (col) => col.primaryKey())
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('consultation_id', 'text', (col) => col.notNull().references('consultations.id'))
    .addColumn('questionnaire_version_id', 'text', (col) => col.notNull().references('questionnaire_versions.id'))
    .addColumn('community', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('received_on', 'text', (col) => col.notNull())
    .execute();
  // Reading and exporting one consultation's responses in order.
  await db.schema.createIndex('responses_consultation_seq').on('responses').columns(['consultation_id', 'seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'responses',
    'consultation_links',
    'consultations',
    'questionnaire_versions',
    'questionnaires',
    'api_tokens',
    'partnership_members',
    'partnerships',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
