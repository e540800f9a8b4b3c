import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { newId, sha256Hex } from '../lib/ids';
import { addMs, newSecret, sameHash } from './secrets';

export interface PasswordReset {
  id: string;
  userId: string;
  email: string;
  expiresAt: string;
  usedAt: string | null;
}

export async function createPasswordReset(
  db: Kysely<Database>,
  input: { userId: string; createdBy: string },
  now: string,
  lifetimeMs: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecret();
  const expiresAt = addMs(now, lifetimeMs);
  await db
    .insertInto('password_resets')
    .values({ id: newId(), token_hash: sha256Hex(token), user_id: input.userId, created_by: input.createdBy, created_at: now, expires_at: expiresAt, used_at: null })
    .execute();
  return { token, expiresAt };
}

export async function findPasswordReset(db: Kysely<Database>, token: string): Promise<PasswordReset | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select(['password_resets.id', 'password_resets.token_hash', 'password_resets.user_id', 'password_resets.expires_at', 'password_resets.used_at', 'users.email'])
    .where('password_resets.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || !sameHash(token, row.token_hash)) return undefined;
  return { id: row.id, userId: row.user_id, email: row.email, expiresAt: row.expires_at, usedAt: row.used_at };
}

/** Uses the link once; false when another request used it first. */
export async function markPasswordResetUsed(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('password_resets').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
