import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { AuthSettings } from './auth-settings';
import { addMs, DAY, HOUR } from './secrets';

/**
 * How long a used or expired invitation or reset link is kept: the people who sent it can see it
 * was accepted or ran out, and someone following it late is told it expired rather than that it
 * never existed. After that it goes, with the email address it holds.
 */
export const ENDED_LINK_KEPT_MS = 30 * DAY;

/** Sweeping is cheap but not free: one instance does it at most this often. */
export const SWEEP_EVERY_MS = HOUR;

export interface SweptRows {
  sessions: number;
  throttle: number;
  passwordResets: number;
  invitations: number;
}

/**
 * Deletes what no longer protects or serves anyone: sessions past their idle or absolute expiry
 * (whoever owned them), sign-in throttle rows whose window and block are over, and invitation and
 * reset links used or expired more than 30 days ago. Each of them holds a hash of a secret
 * or an email address, which should not outlive its use.
 */
export async function sweepStaleAccountRows(db: Kysely<Database>, now: string, settings: AuthSettings): Promise<SweptRows> {
  const idleSince = addMs(now, -settings.sessionIdleMs);
  const windowStartedBefore = addMs(now, -settings.windowMs);
  const endedBefore = addMs(now, -ENDED_LINK_KEPT_MS);
  return db.transaction().execute(async (trx) => {
    const sessions = await trx
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
      .executeTakeFirst();
    const throttle = await trx
      .deleteFrom('sign_in_throttle')
      .where('window_started_at', '<=', windowStartedBefore)
      .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
      .executeTakeFirst();
    const passwordResets = await deleteEndedLinks(trx, 'password_resets', 'used_at', endedBefore);
    const invitations = await deleteEndedLinks(trx, 'invitations', 'accepted_at', endedBefore);
    return {
      sessions: Number(sessions.numDeletedRows),
      throttle: Number(throttle.numDeletedRows),
      passwordResets,
      invitations,
    };
  });
}

/** Deletes a table's single-use links that were used (`usedColumn`) or expired before `endedBefore`. */
async function deleteEndedLinks(
  db: Kysely<Database>,
  table: 'password_resets' | 'invitations',
  usedColumn: 'used_at' | 'accepted_at',
  endedBefore: string,
): Promise<number> {
  const usedAt = sql.ref<string | null>(usedColumn);
  const deleted = await db
    .deleteFrom(table)
    .where((eb) =>
      eb.or([
        eb.and([eb(usedAt, 'is not', null), eb(usedAt, '<=', endedBefore)]),
        eb.and([eb(usedAt, 'is', null), eb('expires_at', '<=', endedBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/** Runs the sweep when the last one on this instance is older than SWEEP_EVERY_MS. */
export function createAccountSweeper(db: Kysely<Database>, settings: AuthSettings) {
  let lastSweptMs = Number.NEGATIVE_INFINITY;
  return async (now: string): Promise<SweptRows | undefined> => {
    const nowMs = Date.parse(now);
    if (nowMs - lastSweptMs < SWEEP_EVERY_MS) return undefined;
    lastSweptMs = nowMs;
    return sweepStaleAccountRows(db, now, settings);
  };
}
