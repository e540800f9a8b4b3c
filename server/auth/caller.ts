import { AppError } from '../errors';

export type Role = 'admin' | 'researcher' | 'viewer';

/** Who is calling: an admin sees everything; researchers and viewers belong to one partnership. */
export interface Caller {
  tokenId: string;
  role: Role;
  partnershipId: string | null;
}

export function isMember(caller: Caller, partnershipId: string): boolean {
  return caller.role === 'admin' || caller.partnershipId === partnershipId;
}

/** Viewers read aggregates of their partnership; changing things takes a researcher or an admin. */
export function assertCanWrite(caller: Caller, partnershipId: string): void {
  if (caller.role === 'admin') return;
  if (caller.role === 'researcher' && caller.partnershipId === partnershipId) return;
  throw new AppError(403, 'forbidden', 'Only an admin or a researcher of this partnership can change it.');
}

/** Raw answers stay inside the partnership, and with those who analyse them. */
export function assertCanReadRaw(caller: Caller, partnershipId: string): void {
  if (caller.role === 'admin') return;
  if (caller.role === 'researcher' && caller.partnershipId === partnershipId) return;
  throw new AppError(403, 'forbidden', "Raw responses are readable only by this partnership's researchers.");
}

export function assertCanRead(caller: Caller, partnershipId: string): void {
  if (!isMember(caller, partnershipId)) {
    throw new AppError(403, 'forbidden', 'This belongs to another partnership.');
  }
}

export function assertAdmin(caller: Caller): void {
  if (caller.role !== 'admin') throw new AppError(403, 'forbidden', 'Only an admin can do this.');
}
