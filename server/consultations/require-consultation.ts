import type { Kysely } from 'kysely';
import { assertCanReadRaw, type Caller } from '../auth/caller';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { findConsultation, type Consultation } from './consultations.repository';

/** The consultation with this id, or a 404 a person can act on. */
export async function requireConsultation(db: Kysely<Database>, id: string): Promise<Consultation> {
  const consultation = await findConsultation(db, id);
  if (!consultation) throw new AppError(404, 'consultation_not_found', 'No consultation has this id.');
  return consultation;
}

/** The same, for routes that show raw answers: only the partnership's researchers (and admins). */
export async function requireRawAccess(db: Kysely<Database>, id: string, caller: Caller): Promise<Consultation> {
  const consultation = await requireConsultation(db, id);
  assertCanReadRaw(caller, consultation.partnershipId);
  return consultation;
}
