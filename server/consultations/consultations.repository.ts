import type { Kysely, Selectable } from 'kysely';
import type { ConsultationTable, Database } from '../db/schema';
import { newId, newSlug } from '../lib/ids';
import { parseJsonColumn } from '../lib/json-column';
import type { KioskSettings } from './kiosk-settings';
import { totalsOf } from './response-counts.repository';

export type ConsultationStatus = ConsultationTable['status'];

export interface ConsultationLink {
  slug: string;
  community: string | null;
}

export interface Consultation {
  id: string;
  partnershipId: string;
  questionnaireVersionId: string;
  title: string;
  audience: 'newcomers' | 'providers';
  wave: string;
  communities: string[];
  locales: string[];
  status: ConsultationStatus;
  kiosk: KioskSettings;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
}

export const rowToConsultation = (row: Selectable<ConsultationTable>): Consultation => ({
  id: row.id,
  partnershipId: row.partnership_id,
  questionnaireVersionId: row.questionnaire_version_id,
  title: row.title,
  audience: row.audience,
  wave: row.wave,
  communities: parseJsonColumn(row.communities),
  locales: parseJsonColumn(row.locales),
  status: row.status,
  kiosk: parseJsonColumn(row.kiosk),
  createdAt: row.created_at,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
});

export interface NewConsultation {
  partnershipId: string;
  questionnaireVersionId: string;
  title: string;
  audience: 'newcomers' | 'providers';
  wave: string;
  communities: string[];
  locales: string[];
  kiosk: KioskSettings;
  status: ConsultationStatus;
  slug?: string;
}

/**
 * One public link for the consultation and, when it serves several communities, one per
 * community, so a poster in Peel records Peel without asking the respondent.
 */
export async function createConsultation(db: Kysely<Database>, input: NewConsultation, now: string): Promise<Consultation> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('consultations')
      .values({
        id,
        partnership_id: input.partnershipId,
        questionnaire_version_id: input.questionnaireVersionId,
        title: input.title,
        audience: input.audience,
        wave: input.wave,
        communities: JSON.stringify(input.communities),
        locales: JSON.stringify(input.locales),
        status: input.status,
        kiosk: JSON.stringify(input.kiosk),
        created_at: now,
        opened_at: input.status === 'open' ? now : null,
        closed_at: null,
      })
      .execute();
    const links: ConsultationLink[] = [{ slug: input.slug ?? newSlug(), community: null }];
    if (input.communities.length > 1) {
      for (const community of input.communities) {
        links.push({ slug: input.slug ? `${input.slug}-${slugPart(community)}` : newSlug(), community });
      }
    }
    await trx.insertInto('consultation_links').values(links.map((link) => ({ ...link, consultation_id: id }))).execute();
  });
  return (await findConsultation(db, id))!;
}

const slugPart = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function findConsultation(db: Kysely<Database>, id: string): Promise<Consultation | undefined> {
  const row = await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToConsultation(row);
}

/** Every consultation, or those of the partnerships given. */
export async function listConsultations(db: Kysely<Database>, partnershipIds: 'all' | readonly string[] = 'all'): Promise<Consultation[]> {
  if (partnershipIds !== 'all' && partnershipIds.length === 0) return [];
  let query = db.selectFrom('consultations').selectAll().orderBy('created_at');
  if (partnershipIds !== 'all') query = query.where('partnership_id', 'in', partnershipIds);
  return (await query.execute()).map(rowToConsultation);
}

export async function linksOf(db: Kysely<Database>, consultationIds: string[]) {
  if (consultationIds.length === 0) return [];
  return db
    .selectFrom('consultation_links')
    .selectAll()
    .where('consultation_id', 'in', consultationIds)
    .orderBy('community')
    .execute();
}

export async function isSlugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  return !!(await db.selectFrom('consultation_links').select('slug').where('slug', '=', slug).executeTakeFirst());
}

const TRANSITIONS: Record<ConsultationStatus, ConsultationStatus[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: [],
};

export function canMoveTo(from: ConsultationStatus, to: ConsultationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Compare-and-set on the status, so two staff members changing it at once cannot skip a state. */
export async function setStatus(db: Kysely<Database>, consultation: Consultation, to: ConsultationStatus, now: string) {
  const result = await db
    .updateTable('consultations')
    .set({
      status: to,
      ...(to === 'open' && !consultation.openedAt && { opened_at: now }),
      ...(to === 'closed' && { closed_at: now }),
    })
    .where('id', '=', consultation.id)
    .where('status', '=', consultation.status)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Responses received per consultation, read from the counts kept at intake (no scan of the responses). */
export async function responseCounts(db: Kysely<Database>, consultationIds: string[]): Promise<Map<string, number>> {
  return totalsOf(db, consultationIds);
}
