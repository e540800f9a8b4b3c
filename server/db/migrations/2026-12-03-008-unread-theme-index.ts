import type { Kysely } from 'kysely';

/**
 * Drops response_themes_theme (consultation_id, theme). No query reads it: the quotes join
 * response_themes on its primary key (response_id, theme), the counts and rank weighting select
 * by response_id. Every coded response wrote about ten entries into it inside intake's
 * transactions, each at a random place, so it cost more pages per commit than any other index
 * (docs/benchmarks.md, "A coded response's write").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('response_themes_theme').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('response_themes_theme').on('response_themes').columns(['consultation_id', 'theme']).execute();
}
