import { AppError } from '../errors';

export type Role = 'admin' | 'researcher' | 'viewer';

export interface Membership {
  partnershipId: string;
  role: Role;
}

/**
 * Who is calling. A global admin sees everything; anyone else holds a role in each partnership
 * they belong to. An API token is a caller with one membership (or a global admin token); a
 * signed-in person may belong to several partnerships, with a different role in each.
 * A partnership's "admin" role carries a researcher's rights there and may also grant "admin".
 */
export interface Caller {
  kind: 'token' | 'user';
  /** The token's or the person's id: what a review records as who decided. */
  actorId: string;
  isAdmin: boolean;
  memberships: readonly Membership[];
}

export function roleIn(caller: Caller, partnershipId: string): Role | undefined {
  return caller.memberships.find((membership) => membership.partnershipId === partnershipId)?.role;
}

export function isMember(caller: Caller, partnershipId: string): boolean {
  return caller.isAdmin || roleIn(caller, partnershipId) !== undefined;
}

/** A researcher or a partnership admin: those who change things and read raw answers there. */
export function isResearcherOf(caller: Caller, partnershipId: string): boolean {
  if (caller.isAdmin) return true;
  const role = roleIn(caller, partnershipId);
  return role === 'researcher' || role === 'admin';
}

/** The partnerships whose things the caller may list: every one for an admin. */
export function visiblePartnerships(caller: Caller): 'all' | string[] {
  return caller.isAdmin ? 'all' : caller.memberships.map((membership) => membership.partnershipId);
}

/**
 * The partnership a write lands in when the request names none: an admin's writes are shared
 * (null); someone who can write in exactly one partnership writes there; otherwise they must say.
 */
export function defaultWritablePartnership(caller: Caller): string | null {
  if (caller.isAdmin) return null;
  const writable = caller.memberships.filter((membership) => membership.role !== 'viewer');
  if (writable.length === 1) return writable[0]!.partnershipId;
  if (writable.length === 0) throw new AppError(403, 'forbidden', 'Only an admin or a researcher can change this.');
  throw new AppError(400, 'invalid_body', 'You belong to several partnerships: give partnershipId.');
}

/** Viewers read aggregates of their partnership; changing things takes a researcher or an admin. */
export function assertCanWrite(caller: Caller, partnershipId: string): void {
  if (isResearcherOf(caller, partnershipId)) return;
  throw new AppError(403, 'forbidden', 'Only an admin or a researcher of this partnership can change it.');
}

/** Raw answers stay inside the partnership, and with those who analyse them. */
export function assertCanReadRaw(caller: Caller, partnershipId: string): void {
  if (isResearcherOf(caller, partnershipId)) return;
  throw new AppError(403, 'forbidden', "Raw responses are readable only by this partnership's researchers.");
}

export function assertCanRead(caller: Caller, partnershipId: string): void {
  if (!isMember(caller, partnershipId)) {
    throw new AppError(403, 'forbidden', 'This belongs to another partnership.');
  }
}

export function assertAdmin(caller: Caller): void {
  if (!caller.isAdmin) throw new AppError(403, 'forbidden', 'Only an admin can do this.');
}

/** A token is a caller of one role: a global admin, or a researcher or viewer of one partnership. */
export function tokenCaller(token: { id: string; role: Role; partnershipId: string | null }): Caller {
  const isAdmin = token.role === 'admin' && token.partnershipId === null;
  return {
    kind: 'token',
    actorId: token.id,
    isAdmin,
    memberships: token.partnershipId === null ? [] : [{ partnershipId: token.partnershipId, role: token.role }],
  };
}
