import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { newId, newSecretToken, sha256Hex } from '../lib/ids';
import { sameHash } from '../accounts/secrets';
import type { Role } from './caller';

export interface IssuedToken {
  id: string;
  token: string;
  role: Role;
  partnershipId: string | null;
  label: string;
  expiresAt: string | null;
}

export interface TokenSummary {
  id: string;
  label: string;
  role: Role;
  partnershipId: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedOn: string | null;
  revokedAt: string | null;
}

/** Tokens are stored as SHA-256 hashes: a leaked database does not leak working credentials. */
export async function issueToken(
  db: Kysely<Database>,
  input: { role: Role; partnershipId: string | null; label: string; token?: string; expiresAt?: string | null; createdBy?: string | null },
  now: string,
): Promise<IssuedToken> {
  const token = input.token ?? newSecretToken();
  const id = newId();
  const expiresAt = input.expiresAt ?? null;
  await db
    .insertInto('api_tokens')
    .values({
      id,
      token_hash: sha256Hex(token),
      role: input.role,
      partnership_id: input.partnershipId,
      label: input.label,
      created_at: now,
      expires_at: expiresAt,
      revoked_at: null,
      last_used_on: null,
      created_by: input.createdBy ?? null,
    })
    .execute();
  return { id, token, role: input.role, partnershipId: input.partnershipId, label: input.label, expiresAt };
}

export interface FoundToken {
  id: string;
  role: Role;
  partnershipId: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedOn: string | null;
}

export async function findToken(db: Kysely<Database>, token: string): Promise<FoundToken | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'token_hash', 'role', 'partnership_id', 'expires_at', 'revoked_at', 'last_used_on'])
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || !sameHash(token, row.token_hash)) return undefined;
  return { id: row.id, role: row.role, partnershipId: row.partnership_id, expiresAt: row.expires_at, revokedAt: row.revoked_at, lastUsedOn: row.last_used_on };
}

/** Records the day a token was used: at most one write per token per day, never where from. */
export async function markUsed(db: Kysely<Database>, token: FoundToken, today: string): Promise<void> {
  if (token.lastUsedOn === today) return;
  await db.updateTable('api_tokens').set({ last_used_on: today }).where('id', '=', token.id).execute();
}

export async function listTokens(db: Kysely<Database>, partnershipIds: 'all' | readonly string[]): Promise<TokenSummary[]> {
  if (partnershipIds !== 'all' && partnershipIds.length === 0) return [];
  let query = db
    .selectFrom('api_tokens')
    .select(['id', 'label', 'role', 'partnership_id', 'created_at', 'expires_at', 'last_used_on', 'revoked_at'])
    .orderBy('created_at')
    .orderBy('id');
  if (partnershipIds !== 'all') query = query.where('partnership_id', 'in', partnershipIds);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    role: row.role,
    partnershipId: row.partnership_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedOn: row.last_used_on,
    revokedAt: row.revoked_at,
  }));
}

export async function findTokenById(db: Kysely<Database>, id: string) {
  return db.selectFrom('api_tokens').select(['id', 'role', 'partnership_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** The bootstrap admin token from TESSERA_ADMIN_TOKEN: inserted once, found by its hash afterwards. */
export async function ensureBootstrapAdmin(db: Kysely<Database>, token: string, now: string): Promise<void> {
  const existing = await findToken(db, token);
  if (existing) return;
  await issueToken(db, { role: 'admin', partnershipId: null, label: 'bootstrap admin (TESSERA_ADMIN_TOKEN)', token }, now);
}
