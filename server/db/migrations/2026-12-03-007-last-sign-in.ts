import type { Kysely } from 'kysely';

/**
 * When each person last signed in, for the admin's list of everyone. Written once per sign-in
 * (not per request), so it tells an admin which accounts are in use without keeping a trail.
 * Null: never signed in since this column exists.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('last_sign_in_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('last_sign_in_at').execute();
}
