import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { groupBy } from '../lib/group-by';
import { pendingReviews, recordDecisions, reviewItems, type ReviewItem } from './review.repository';

export type QueueScope = 'pending' | 'second';

export interface ReviewerDecision {
  reviewer: string;
  /** The person's name, or the token's label; a deleted reviewer shows as their id. */
  name: string;
  mine: boolean;
  theme: string;
  action: 'accept' | 'reject';
}

export type QueueItem = ReviewItem & { decisions: ReviewerDecision[] };

/** Human decisions on an answer, from a reviewer other than `reviewer`: the answers a second coder can check. */
const decidedByOthersOnly = (db: Kysely<Database>, consultationId: string, reviewer: string) =>
  db
    .selectFrom('answer_reviews as ar')
    .innerJoin('responses as r', 'r.id', 'ar.response_id')
    .where('ar.consultation_id', '=', consultationId)
    .where('ar.status', '=', 'reviewed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('answer_codes as mine')
            .select(sql<number>`1`.as('one'))
            .whereRef('mine.response_id', '=', 'ar.response_id')
            .whereRef('mine.question', '=', 'ar.question')
            .where('mine.source', '=', 'human')
            .where('mine.coder', '=', reviewer),
        ),
      ),
    );

/**
 * The review queue for one reviewer: the answers nobody has reviewed yet, or (scope "second") the
 * answers others reviewed and this reviewer has not, which is how two people come to code the
 * same answer for the agreement figures. Every item carries every person's decisions on it.
 */
export async function reviewQueue(db: Kysely<Database>, input: { consultationId: string; reviewer: string; scope: QueueScope; limit: number }) {
  const items =
    input.scope === 'pending'
      ? await pendingReviews(db, input.consultationId, input.limit)
      : await reviewItems(
          db,
          await decidedByOthersOnly(db, input.consultationId, input.reviewer)
            .select(['ar.response_id', 'ar.question', 'r.locale', 'r.community', 'r.answers'])
            .orderBy('r.seq')
            .limit(input.limit)
            .execute(),
        );
  const pending = await db
    .selectFrom('answer_reviews')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('consultation_id', '=', input.consultationId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  const second = await decidedByOthersOnly(db, input.consultationId, input.reviewer).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    items: await withDecisions(db, items, input.reviewer),
    pending: Number(pending.n),
    secondPending: Number(second.n),
  };
}

async function withDecisions(db: Kysely<Database>, items: ReviewItem[], reviewer: string): Promise<QueueItem[]> {
  if (items.length === 0) return [];
  const rows = await db
    .selectFrom('answer_codes')
    .select(['response_id', 'question', 'theme', 'coder', 'status'])
    .where('response_id', 'in', items.map((item) => item.responseId))
    .where('source', '=', 'human')
    .orderBy('coded_at')
    .execute();
  const coders = [...new Set(rows.map((row) => row.coder))];
  const names = new Map<string, string>();
  if (coders.length) {
    for (const user of await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', coders).execute()) names.set(user.id, user.name || user.email);
    for (const token of await db.selectFrom('api_tokens').select(['id', 'label']).where('id', 'in', coders).execute()) names.set(token.id, token.label);
  }
  const byAnswer = groupBy(rows, (row) => `${row.response_id}\u0000${row.question}`);
  return items.map((item) => ({
    ...item,
    decisions: (byAnswer.get(`${item.responseId}\u0000${item.question}`) ?? []).map((row) => ({
      reviewer: row.coder,
      name: names.get(row.coder) ?? row.coder,
      mine: row.coder === reviewer,
      theme: row.theme,
      action: row.status === 'rejected' ? ('reject' as const) : ('accept' as const),
    })),
  }));
}

/**
 * Accepts the machine's suggestions on every pending answer whose suggestions all reach
 * `minConfidence`, as one reviewer's decisions; answers with any weaker suggestion stay in the
 * queue for a person to read. Returns how many answers it settled.
 */
export async function bulkAccept(db: Kysely<Database>, input: { consultationId: string; minConfidence: number; reviewer: string; now: string }): Promise<number> {
  const pending = await db
    .selectFrom('answer_reviews as ar')
    .innerJoin('answer_codes as ac', (join) => join.onRef('ac.response_id', '=', 'ar.response_id').onRef('ac.question', '=', 'ar.question'))
    .select(['ar.response_id', 'ar.question', 'ac.theme', 'ac.confidence'])
    .where('ar.consultation_id', '=', input.consultationId)
    .where('ar.status', '=', 'pending')
    .where('ac.source', '=', 'machine')
    .where('ac.status', '=', 'suggested')
    .execute();
  let settled = 0;
  for (const suggestions of groupBy(pending, (row) => `${row.response_id}\u0000${row.question}`).values()) {
    if (!suggestions.every((s) => Number(s.confidence) >= input.minConfidence)) continue;
    const first = suggestions[0]!;
    const recorded = await recordDecisions(db, {
      consultationId: input.consultationId,
      responseId: first.response_id,
      question: first.question,
      decisions: suggestions.map((s) => ({ action: 'accept', theme: s.theme })),
      coder: input.reviewer,
      now: input.now,
    });
    if (recorded) settled++;
  }
  return settled;
}
