import type { Kysely } from 'kysely';

/**
 * People who sign in, their roles in partnerships, their sessions, invitations and password
 * resets, and the sign-in throttle. Every secret (session id, invitation and reset token) is
 * stored as its SHA-256 hash; passwords as scrypt hashes with their parameters. No table holds
 * a client address. API tokens gain an expiry, a revocation time and the date last used.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique()) // lower-cased; sign-in looks it up
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('is_admin', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('partnership_id', 'text', (col) => col.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'partnership_id'])
    .execute();
  // The people screen lists one partnership's people.
  await db.schema.createIndex('user_roles_partnership').on('user_roles').column('partnership_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  // Sign-out everywhere and password resets end one person's sessions.
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('partnership_id', 'text', (col) => col.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('invited_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('accepted_at', 'text')
    .execute();
  // The invitations screen lists one partnership's invitations.
  await db.schema.createIndex('invitations_partnership').on('invitations').column('partnership_id').execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (col) => col.primaryKey()) // SHA-256 of the lower-cased email
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .addColumn('blocked_until', 'text')
    .execute();

  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('revoked_at', 'text').execute();
  // A date only, written at most once a day per token: no write per request, no usage trail.
  await db.schema.alterTable('api_tokens').addColumn('last_used_on', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('created_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['created_by', 'last_used_on', 'revoked_at', 'expires_at']) {
    await db.schema.alterTable('api_tokens').dropColumn(column).execute();
  }
  for (const table of ['sign_in_throttle', 'password_resets', 'invitations', 'sessions', 'user_roles', 'users']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
