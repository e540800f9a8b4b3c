import type { Kysely } from 'kysely';
import type { Role } from '../auth/caller';
import type { Database } from '../db/schema';
import { newId, sha256Hex } from '../lib/ids';
import { addMs, newSecret, sameHash } from './secrets';
import { normalizeEmail } from './users.repository';

export interface Invitation {
  id: string;
  partnershipId: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

type InvitationRow = Database['invitations'];

function rowToInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

/** The token goes into the link shown to the inviter; only its hash is kept. */
export async function createInvitation(
  db: Kysely<Database>,
  input: { partnershipId: string; email: string; role: Role; invitedBy: string },
  now: string,
  lifetimeMs: number,
): Promise<{ invitation: Invitation; token: string }> {
  const token = newSecret();
  const row: InvitationRow = {
    id: newId(),
    token_hash: sha256Hex(token),
    partnership_id: input.partnershipId,
    email: normalizeEmail(input.email),
    role: input.role,
    invited_by: input.invitedBy,
    created_at: now,
    expires_at: addMs(now, lifetimeMs),
    accepted_at: null,
  };
  await db.insertInto('invitations').values(row).execute();
  return { invitation: rowToInvitation(row), token };
}

export async function listInvitations(db: Kysely<Database>, partnershipId: string): Promise<Invitation[]> {
  const rows = await db.selectFrom('invitations').selectAll().where('partnership_id', '=', partnershipId).orderBy('created_at', 'desc').execute();
  return rows.map(rowToInvitation);
}

export async function deleteInvitation(db: Kysely<Database>, partnershipId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('invitations').where('id', '=', id).where('partnership_id', '=', partnershipId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findInvitationByToken(db: Kysely<Database>, token: string): Promise<(Invitation & { partnershipName: string }) | undefined> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('partnerships', 'partnerships.id', 'invitations.partnership_id')
    .selectAll('invitations')
    .select('partnerships.name as partnership_name')
    .where('invitations.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || !sameHash(token, row.token_hash)) return undefined;
  return { ...rowToInvitation(row), partnershipName: row.partnership_name };
}

/** Marks the invitation used; false when another request used it first (single use, even in a race). */
export async function markInvitationAccepted(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('invitations').set({ accepted_at: now }).where('id', '=', id).where('accepted_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
