import type { Kysely } from 'kysely';
import type { GroupCounts, ThemeSource } from '../../analysis/summaries';
import type { Database } from '../db/schema';

export interface Slice {
  partnershipId?: string;
  audience?: 'newcomers' | 'providers';
  wave?: string;
  questionnaire?: string;
  version?: number;
  community?: string;
  locale?: string;
  consultationId?: string;
}

export interface SliceConsultation {
  id: string;
  partnershipId: string;
  audience: 'newcomers' | 'providers';
  wave: string;
}

/** The consultations a slice covers: partnership, audience, wave and questionnaire version are consultation-level. */
export async function sliceConsultations(db: Kysely<Database>, slice: Slice): Promise<SliceConsultation[]> {
  let query = db
    .selectFrom('consultations as c')
    .innerJoin('questionnaire_versions as v', 'v.id', 'c.questionnaire_version_id')
    .innerJoin('questionnaires as q', 'q.id', 'v.questionnaire_id')
    .select(['c.id', 'c.partnership_id', 'c.audience', 'c.wave']);
  if (slice.consultationId) query = query.where('c.id', '=', slice.consultationId);
  if (slice.partnershipId) query = query.where('c.partnership_id', '=', slice.partnershipId);
  if (slice.audience) query = query.where('c.audience', '=', slice.audience);
  if (slice.wave) query = query.where('c.wave', '=', slice.wave);
  if (slice.questionnaire) query = query.where((eb) => eb.or([eb('q.key', '=', slice.questionnaire!), eb('q.id', '=', slice.questionnaire!)]));
  if (slice.version !== undefined) query = query.where('v.version', '=', slice.version);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, partnershipId: row.partnership_id, audience: row.audience, wave: row.wave }));
}

export type Grouping = 'none' | 'community' | 'wave';

/**
 * Respondents and theme mentions per group, read from the aggregate tables kept in step with
 * coding (see coding/theme-counts.repository.ts): the cost depends on the number of
 * communities and themes, not on the number of responses.
 */
export async function groupCounts(
  db: Kysely<Database>,
  consultations: readonly SliceConsultation[],
  slice: Slice,
  grouping: Grouping,
  source: ThemeSource,
): Promise<GroupCounts[]> {
  if (consultations.length === 0) return [];
  const ids = consultations.map((c) => c.id);
  const waveOf = new Map(consultations.map((c) => [c.id, c.wave]));
  const groupOf = (consultationId: string, community: string) =>
    grouping === 'community' ? community : grouping === 'wave' ? waveOf.get(consultationId)! : 'all';

  let respondentsQuery = db
    .selectFrom('respondent_counts')
    .select(['consultation_id', 'community', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('consultation_id', 'in', ids)
    .groupBy(['consultation_id', 'community']);
  const column = source === 'closed' ? 'n_closed' : source === 'open' ? 'n_open' : 'n_any';
  let mentionsQuery = db
    .selectFrom('theme_counts')
    .select(['consultation_id', 'community', 'theme', (eb) => eb.fn.sum<number>(column).as('n')])
    .where('consultation_id', 'in', ids)
    .groupBy(['consultation_id', 'community', 'theme']);
  if (slice.community) {
    respondentsQuery = respondentsQuery.where('community', '=', slice.community);
    mentionsQuery = mentionsQuery.where('community', '=', slice.community);
  }
  if (slice.locale) {
    respondentsQuery = respondentsQuery.where('locale', '=', slice.locale);
    mentionsQuery = mentionsQuery.where('locale', '=', slice.locale);
  }
  const [respondentRows, mentionRows] = await Promise.all([respondentsQuery.execute(), mentionsQuery.execute()]);

  const groups = new Map<string, { respondents: number; mentions: Record<string, number> }>();
  const groupFor = (name: string) => {
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { respondents: 0, mentions: {} }));
    return group;
  };
  for (const row of respondentRows) groupFor(groupOf(row.consultation_id, row.community)).respondents += Number(row.n);
  for (const row of mentionRows) {
    const n = Number(row.n);
    if (n === 0) continue;
    const group = groupFor(groupOf(row.consultation_id, row.community));
    group.mentions[row.theme] = (group.mentions[row.theme] ?? 0) + n;
  }
  return [...groups].map(([group, counts]) => ({ group, ...counts })).sort((a, b) => a.group.localeCompare(b.group));
}
