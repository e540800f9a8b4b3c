import { isResearcherOf, roleIn, type Caller, type Role } from '../auth/caller';
import { AppError } from '../errors';
import type { User, UserMembership } from './users.repository';

const RANK: Record<Role, number> = { viewer: 1, researcher: 2, admin: 3 };

/** Admins and the partnership's researchers manage its people and invitations; viewers do not. */
export function assertCanManagePeople(caller: Caller, partnershipId: string): void {
  if (isResearcherOf(caller, partnershipId)) return;
  throw new AppError(403, 'forbidden', "Only an admin or a researcher of this partnership can see and manage its people.");
}

/** Nobody hands out more than they hold: granting "admin" takes a partnership admin or a global admin. */
export function assertCanGrant(caller: Caller, partnershipId: string, role: Role): void {
  assertCanManagePeople(caller, partnershipId);
  if (caller.isAdmin) return;
  const own = roleIn(caller, partnershipId);
  if (own && RANK[own] >= RANK[role]) return;
  throw new AppError(403, 'forbidden', `Only an admin can give or change the role "${role}" in this partnership.`);
}

/**
 * A reset link lets its holder become that person, so a researcher may reset only someone who
 * holds no more than they do in every partnership that person belongs to, and never a global admin.
 */
export function assertCanReset(caller: Caller, target: User, targetMemberships: readonly UserMembership[]): void {
  if (caller.isAdmin) return;
  const shared = targetMemberships.some((membership) => isResearcherOf(caller, membership.partnershipId));
  if (!shared) throw new AppError(403, 'forbidden', "Only an admin or a researcher of one of this person's partnerships can reset their password.");
  const rankIn = (partnershipId: string) => {
    const role = roleIn(caller, partnershipId);
    return role ? RANK[role] : 0;
  };
  const outranked = targetMemberships.some((membership) => rankIn(membership.partnershipId) < RANK[membership.role]);
  if (target.isAdmin || outranked) {
    throw new AppError(403, 'forbidden', 'This person has rights you do not have: only an admin can reset their password.');
  }
}
