import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { parseJsonColumn } from '../lib/json-column';

export interface StoredResponse {
  id: string;
  seq: number;
  consultationId: string;
  questionnaireVersionId: string;
  community: string;
  locale: string;
  channel: 'kiosk' | 'phone' | 'web';
  answers: Record<string, unknown>;
  receivedOn: string;
}

export async function listResponses(
  db: Kysely<Database>,
  consultationId: string,
  page: { after?: number; limit: number },
): Promise<StoredResponse[]> {
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'seq', 'consultation_id', 'questionnaire_version_id', 'community', 'locale', 'channel', 'answers', 'received_on'])
    .where('consultation_id', '=', consultationId)
    .where('seq', '>', page.after ?? 0)
    .orderBy('seq')
    .limit(page.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    seq: Number(row.seq),
    consultationId: row.consultation_id,
    questionnaireVersionId: row.questionnaire_version_id,
    community: row.community,
    locale: row.locale,
    channel: row.channel,
    answers: parseJsonColumn(row.answers),
    receivedOn: row.received_on,
  }));
}

/** Every response of a consultation, a page at a time, so an export never holds them all. */
export async function* eachResponse(db: Kysely<Database>, consultationId: string, pageSize = 500) {
  let after = 0;
  for (;;) {
    const page = await listResponses(db, consultationId, { after, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page.at(-1)!.seq;
  }
}
