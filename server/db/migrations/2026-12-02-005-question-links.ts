import type { Kysely } from 'kysely';

/**
 * Question equivalence across versions: each row links a question of a version to the question
 * of the previous version it continues (kept, renamed, rewritten, choices added or removed,
 * split), or records a new or dropped question. Written while the version is a draft, frozen
 * with it once published; comparisons across waves follow these links.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('question_links')
    .addColumn('version_id', 'text', (col) => col.notNull().references('questionnaire_versions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('question', 'text') // null: dropped
    .addColumn('predecessor', 'text') // null: new
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('origin', 'text', (col) => col.notNull()) // proposed | researcher
    .addColumn('created_at', 'text', (col) => col.notNull())
    // The primary key serves the only query: one version's links, in order.
    .addPrimaryKeyConstraint('question_links_pk', ['version_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('question_links').execute();
}
