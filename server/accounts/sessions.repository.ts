import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { sha256Hex } from '../lib/ids';
import type { AuthSettings } from './auth-settings';
import { addMs, MINUTE, newSecret, sameHash } from './secrets';

export interface StoredSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

/** Opens a session: the cookie carries `id`; the database keeps only its hash. */
export async function createSession(db: Kysely<Database>, userId: string, now: string, settings: AuthSettings) {
  // Sessions abandoned without signing out are swept when their owner next signs in.
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', addMs(now, -settings.sessionIdleMs))]))
    .execute();
  const id = newSecret();
  const session: StoredSession = { idHash: sha256Hex(id), userId, csrfToken: newSecret(), expiresAt: addMs(now, settings.sessionAbsoluteMs) };
  await db
    .insertInto('sessions')
    .values({ id_hash: session.idHash, user_id: userId, csrf_token: session.csrfToken, created_at: now, last_seen_at: now, expires_at: session.expiresAt })
    .execute();
  return { id, session };
}

// Activity is written at most once a minute per session, not on every request.
const TOUCH_EVERY_MS = MINUTE;

/** The live session for a cookie value; an idle or expired one is deleted and not returned. */
export async function findLiveSession(db: Kysely<Database>, id: string, now: string, settings: AuthSettings): Promise<StoredSession | undefined> {
  const idHash = sha256Hex(id);
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row || !sameHash(id, row.id_hash)) return undefined;
  const nowMs = Date.parse(now);
  if (nowMs >= Date.parse(row.expires_at) || nowMs >= Date.parse(row.last_seen_at) + settings.sessionIdleMs) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  if (nowMs - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  return { idHash, userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

export async function endSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a person, or every one but `keep`. */
export async function endSessionsOf(db: Kysely<Database>, userId: string, keep?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('id_hash', '!=', keep);
  await query.execute();
}
