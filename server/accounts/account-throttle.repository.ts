import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { sha256Hex } from '../lib/ids';
import type { AuthSettings } from './auth-settings';
import { addMs } from './secrets';
import { normalizeEmail } from './users.repository';

/**
 * Failed sign-ins per account, kept in the database so every instance sees the same count.
 * Keyed by the email's hash, known account or not: the answer never tells whether an email exists.
 */
const keyOf = (email: string) => sha256Hex(`sign-in:${normalizeEmail(email)}`);

/** Milliseconds until this account may try again, or 0. */
export async function accountBlockedFor(db: Kysely<Database>, email: string, now: string): Promise<number> {
  const row = await db.selectFrom('sign_in_throttle').select('blocked_until').where('key', '=', keyOf(email)).executeTakeFirst();
  if (!row?.blocked_until) return 0;
  return Math.max(0, Date.parse(row.blocked_until) - Date.parse(now));
}

export async function recordAccountFailure(db: Kysely<Database>, email: string, now: string, settings: AuthSettings): Promise<void> {
  const key = keyOf(email);
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    const windowOver = !row || Date.parse(now) - Date.parse(row.window_started_at) >= settings.windowMs;
    const failures = windowOver ? 1 : row.failures + 1;
    const blockedUntil = failures >= settings.accountFailures ? addMs(now, settings.blockMs) : null;
    const values = { failures, window_started_at: windowOver ? now : row.window_started_at, blocked_until: blockedUntil };
    await trx
      .insertInto('sign_in_throttle')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  });
}

export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', keyOf(email)).execute();
}
