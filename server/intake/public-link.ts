import { CompiledQuery, type InferResult, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { rowToConsultation, type Consultation } from '../consultations/consultations.repository';

export interface PublicLink {
  slug: string;
  /** The community the link itself fixes (a per-community poster), or null. */
  community: string | null;
  consultation: Consultation;
  partnershipName: string;
}

function linkQuery(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('consultation_links as l')
    .innerJoin('consultations as c', 'c.id', 'l.consultation_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .selectAll('c')
    .select(['l.slug as link_slug', 'l.community as link_community', 'p.name as partnership_name'])
    .where('l.slug', '=', slug);
}

type LinkRow = InferResult<ReturnType<typeof linkQuery>>[number];

// The query's SQL, built once per database: building and compiling it with Kysely cost intake
// as much as running it (a CPU profile under load: 3.3% of the event loop of findPublicLink's 5.1%).
const linkSql = new WeakMap<Kysely<Database>, string>();

/** One query per request: status changes must show at once, on every server instance. */
export async function findPublicLink(db: Kysely<Database>, slug: string): Promise<PublicLink | undefined> {
  let sql = linkSql.get(db);
  if (sql === undefined) {
    const compiled = linkQuery(db, slug).compile();
    if (compiled.parameters.length !== 1) throw new Error('the public link query must take the slug as its only parameter');
    linkSql.set(db, (sql = compiled.sql));
  }
  const { rows } = await db.executeQuery<LinkRow>(CompiledQuery.raw(sql, [slug]));
  const row = rows[0];
  if (!row) return undefined;
  const { link_slug, link_community, partnership_name, ...consultation } = row;
  return { slug: link_slug, community: link_community, consultation: rowToConsultation(consultation), partnershipName: partnership_name };
}
