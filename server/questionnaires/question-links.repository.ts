import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findVersion, type QuestionnaireVersion } from './questionnaires.repository';
import { askedQuestions, proposeLinks, type LinkKind, type QuestionLink } from './question-links';

export interface VersionLinks {
  version: number;
  /** The version the links point back to: always the one numbered just before. */
  predecessorVersion: number | null;
  /** proposed: computed by the semantic diff (or stored unconfirmed at publishing); researcher: confirmed through the API. */
  origin: 'proposed' | 'researcher';
  stored: boolean;
  links: QuestionLink[];
}

export async function storedLinks(db: Kysely<Database>, versionId: string) {
  const rows = await db.selectFrom('question_links').selectAll().where('version_id', '=', versionId).orderBy('position').execute();
  if (rows.length === 0) return undefined;
  return {
    origin: rows[0]!.origin,
    links: rows.map((row): QuestionLink => ({ question: row.question, predecessor: row.predecessor, kind: row.kind as LinkKind })),
  };
}

/** The stored links, or what the semantic diff proposes when none are stored yet. */
export async function linksOf(db: Kysely<Database>, version: QuestionnaireVersion): Promise<VersionLinks> {
  const predecessor = version.version > 1 ? await findVersion(db, version.questionnaireId, version.version - 1) : undefined;
  const base = { version: version.version, predecessorVersion: predecessor?.version ?? null };
  const stored = await storedLinks(db, version.id);
  if (stored) return { ...base, ...stored, stored: true };
  const links: QuestionLink[] = predecessor
    ? proposeLinks(predecessor.survey, version.survey)
    : askedQuestions(version.survey).map((question) => ({ question: question.name, predecessor: null, kind: 'new' }));
  return { ...base, origin: 'proposed', stored: false, links };
}

/**
 * Replaces a draft's links. The status is checked inside the transaction so links cannot change
 * after publishing; returns false when the version is no longer a draft.
 */
export async function saveLinks(
  db: Kysely<Database>,
  versionId: string,
  links: readonly QuestionLink[],
  origin: 'proposed' | 'researcher',
  now: string,
  options: { evenIfPublished?: boolean } = {},
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const version = await trx.selectFrom('questionnaire_versions').select('status').where('id', '=', versionId).executeTakeFirst();
    if (!version || (version.status !== 'draft' && !options.evenIfPublished)) return false;
    await trx.deleteFrom('question_links').where('version_id', '=', versionId).execute();
    const rows = links.map((link, position) => ({ version_id: versionId, position, question: link.question, predecessor: link.predecessor, kind: link.kind, origin, created_at: now }));
    if (rows.length > 0) await trx.insertInto('question_links').values(rows).execute();
    return true;
  });
}
