import type { Session } from '../shell/types';

/** Researchers and admins of a partnership read raw answers there: review and exports. Viewers never do. */
export function readsRawAnswers(session: Session | null | undefined, partnershipId: string | undefined): boolean {
  if (!session || !partnershipId) return false;
  if (session.isAdmin) return true;
  const role = session.memberships.find((m) => m.partnershipId === partnershipId)?.role;
  return role === 'researcher' || role === 'admin';
}
