import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { newId, newSecretToken, sha256Hex } from '../lib/ids';
import type { Caller, Role } from './caller';

export interface IssuedToken {
  id: string;
  token: string;
  role: Role;
  partnershipId: string | null;
  label: string;
}

/** Tokens are stored as SHA-256 hashes: a leaked database does not leak working credentials. */
export async function issueToken(
  db: Kysely<Database>,
  input: { role: Role; partnershipId: string | null; label: string; token?: string },
  now: string,
): Promise<IssuedToken> {
  const token = input.token ?? newSecretToken();
  const id = newId();
  await db
    .insertInto('api_tokens')
    .values({ id, token_hash: sha256Hex(token), role: input.role, partnership_id: input.partnershipId, label: input.label, created_at: now })
    .execute();
  return { id, token, role: input.role, partnershipId: input.partnershipId, label: input.label };
}

export async function findCallerByToken(db: Kysely<Database>, token: string): Promise<Caller | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'role', 'partnership_id'])
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  return row && { tokenId: row.id, role: row.role, partnershipId: row.partnership_id };
}

/** The bootstrap admin token from TESSERA_ADMIN_TOKEN: inserted once, found by its hash afterwards. */
export async function ensureBootstrapAdmin(db: Kysely<Database>, token: string, now: string): Promise<void> {
  const existing = await findCallerByToken(db, token);
  if (existing) return;
  await issueToken(db, { role: 'admin', partnershipId: null, label: 'bootstrap admin (TESSERA_ADMIN_TOKEN)', token }, now);
}
