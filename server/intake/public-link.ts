import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { rowToConsultation, type Consultation } from '../consultations/consultations.repository';

export interface PublicLink {
  slug: string;
  /** The community the link itself fixes (a per-community poster), or null. */
  community: string | null;
  consultation: Consultation;
  partnershipName: string;
}

/** One query per request: status changes must show at once, on every server instance. */
export async function findPublicLink(db: Kysely<Database>, slug: string): Promise<PublicLink | undefined> {
  const row = await db
    .selectFrom('consultation_links as l')
    .innerJoin('consultations as c', 'c.id', 'l.consultation_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .selectAll('c')
    .select(['l.slug as link_slug', 'l.community as link_community', 'p.name as partnership_name'])
    .where('l.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const { link_slug, link_community, partnership_name, ...consultation } = row;
  return { slug: link_slug, community: link_community, consultation: rowToConsultation(consultation), partnershipName: partnership_name };
}
