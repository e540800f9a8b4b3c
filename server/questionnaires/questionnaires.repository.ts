import type { Kysely, Selectable } from 'kysely';
import type { Database, QuestionnaireTable, QuestionnaireVersionTable } from '../db/schema';
import { canonicalJson } from '../lib/canonical-json';
import { newId, sha256Hex } from '../lib/ids';
import { parseJsonColumn } from '../lib/json-column';

export interface Questionnaire {
  id: string;
  key: string;
  title: string;
  partnershipId: string | null;
  createdAt: string;
}

export interface QuestionnaireVersion {
  id: string;
  questionnaireId: string;
  version: number;
  status: 'draft' | 'published';
  survey: Record<string, unknown>;
  contentHash: string | null;
  createdAt: string;
  publishedAt: string | null;
}

const rowToQuestionnaire = (row: Selectable<QuestionnaireTable>): Questionnaire => ({
  id: row.id,
  key: row.key,
  title: row.title,
  partnershipId: row.partnership_id,
  createdAt: row.created_at,
});

export const rowToVersion = (row: Selectable<QuestionnaireVersionTable>): QuestionnaireVersion => ({
  id: row.id,
  questionnaireId: row.questionnaire_id,
  version: row.version,
  status: row.status,
  survey: parseJsonColumn(row.survey_json),
  contentHash: row.content_hash,
  createdAt: row.created_at,
  publishedAt: row.published_at,
});

export function surveyContentHash(survey: unknown): string {
  return sha256Hex(canonicalJson(survey));
}

export async function createQuestionnaire(
  db: Kysely<Database>,
  input: { key: string; title: string; partnershipId: string | null },
  now: string,
): Promise<Questionnaire> {
  const row = { id: newId(), key: input.key, title: input.title, partnership_id: input.partnershipId, created_at: now };
  await db.insertInto('questionnaires').values(row).execute();
  return rowToQuestionnaire(row);
}

export async function findQuestionnaire(db: Kysely<Database>, idOrKey: string): Promise<Questionnaire | undefined> {
  const row = await db
    .selectFrom('questionnaires')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrKey), eb('key', '=', idOrKey)]))
    .executeTakeFirst();
  return row && rowToQuestionnaire(row);
}

/** Every questionnaire, or the shared ones and those of the partnerships given. */
export async function listQuestionnaires(db: Kysely<Database>, visibleTo: 'all' | readonly string[]) {
  let query = db.selectFrom('questionnaires').selectAll().orderBy('key');
  if (visibleTo !== 'all') {
    query = query.where((eb) =>
      visibleTo.length === 0 ? eb('partnership_id', 'is', null) : eb.or([eb('partnership_id', 'is', null), eb('partnership_id', 'in', visibleTo)]),
    );
  }
  return (await query.execute()).map(rowToQuestionnaire);
}

export async function listVersions(db: Kysely<Database>, questionnaireId: string): Promise<Omit<QuestionnaireVersion, 'survey'>[]> {
  const rows = await db
    .selectFrom('questionnaire_versions')
    .select(['id', 'questionnaire_id', 'version', 'status', 'content_hash', 'created_at', 'published_at'])
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('version')
    .execute();
  return rows.map((row) => {
    const { survey: _survey, ...version } = rowToVersion({ ...row, survey_json: 'null' });
    return version;
  });
}

export async function findVersion(db: Kysely<Database>, questionnaireId: string, version: number) {
  const row = await db
    .selectFrom('questionnaire_versions')
    .selectAll()
    .where('questionnaire_id', '=', questionnaireId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && rowToVersion(row);
}

export async function findVersionById(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('questionnaire_versions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToVersion(row);
}

/** A new draft numbered after the latest version; the unique (questionnaire, version) constraint settles races. */
export async function addDraftVersion(db: Kysely<Database>, questionnaireId: string, survey: unknown, now: string) {
  const latest = await db
    .selectFrom('questionnaire_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('questionnaire_id', '=', questionnaireId)
    .executeTakeFirst();
  const row: Selectable<QuestionnaireVersionTable> = {
    id: newId(),
    questionnaire_id: questionnaireId,
    version: Number(latest?.max ?? 0) + 1,
    status: 'draft',
    survey_json: JSON.stringify(survey),
    content_hash: null,
    created_at: now,
    published_at: null,
  };
  await db.insertInto('questionnaire_versions').values(row).execute();
  return rowToVersion(row);
}

/** Only drafts change: the `status = 'draft'` condition is what keeps a published version frozen. */
export async function updateDraft(db: Kysely<Database>, versionId: string, survey: unknown): Promise<boolean> {
  const result = await db
    .updateTable('questionnaire_versions')
    .set({ survey_json: JSON.stringify(survey) })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function publishDraft(db: Kysely<Database>, version: QuestionnaireVersion, now: string): Promise<boolean> {
  const result = await db
    .updateTable('questionnaire_versions')
    .set({ status: 'published', content_hash: surveyContentHash(version.survey), published_at: now })
    .where('id', '=', version.id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
