import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { groupBy } from '../lib/group-by';
import { effectiveThemes, rowToStoredCode } from './effective-themes';
import { replaceRespondentThemes } from './theme-counts.repository';
import { TAXONOMY_VERSION } from '../../analysis/taxonomy';
import { answerAt, codeClosedAnswers } from '../../analysis/coding';
import { parseJsonColumn } from '../lib/json-column';
import { codingPlan } from './coding-plan';

export interface ReviewItem {
  responseId: string;
  question: string;
  locale: string;
  community: string;
  text: string;
  accepted: Array<{ theme: string; confidence: number }>;
  suggestions: Array<{ theme: string; confidence: number }>;
}

type QueueRow = { response_id: string; question: string; locale: string; community: string; answers: string };

export async function pendingReviews(db: Kysely<Database>, consultationId: string, limit: number): Promise<ReviewItem[]> {
  const rows = await db
    .selectFrom('answer_reviews as ar')
    .innerJoin('responses as r', 'r.id', 'ar.response_id')
    .select(['ar.response_id', 'ar.question', 'r.locale', 'r.community', 'r.answers', 'r.seq'])
    .where('ar.consultation_id', '=', consultationId)
    .where('ar.status', '=', 'pending')
    .orderBy('r.seq')
    .limit(limit)
    .execute();
  return reviewItems(db, rows);
}

/** The machine's codes beside each answer's text, confidence first. */
export async function reviewItems(db: Kysely<Database>, rows: readonly QueueRow[]): Promise<ReviewItem[]> {
  if (rows.length === 0) return [];
  const codes = await db
    .selectFrom('answer_codes')
    .select(['response_id', 'question', 'theme', 'status', 'confidence'])
    .where('response_id', 'in', rows.map((r) => r.response_id))
    .where('source', '=', 'machine')
    .execute();
  const byAnswer = groupBy(codes, (c) => `${c.response_id}\u0000${c.question}`);
  return rows.map((row) => {
    const own = byAnswer.get(`${row.response_id}\u0000${row.question}`) ?? [];
    const pick = (status: string) =>
      own.filter((c) => c.status === status).map((c) => ({ theme: c.theme, confidence: Number(c.confidence) })).sort((a, b) => b.confidence - a.confidence);
    const text = answerAt(JSON.parse(row.answers) as Record<string, unknown>, row.question);
    return {
      responseId: row.response_id,
      question: row.question,
      locale: row.locale,
      community: row.community,
      text: typeof text === 'string' ? text : '',
      accepted: pick('accepted'),
      suggestions: pick('suggested'),
    };
  });
}

export interface Decision {
  action: 'accept' | 'reject' | 'add';
  theme: string;
}

/**
 * Records a person's decisions on one answer, marks it reviewed and recomputes the respondent's
 * themes and the counts, in one transaction. Returns false when the answer is not coded yet.
 */
export async function recordDecisions(
  db: Kysely<Database>,
  input: { consultationId: string; responseId: string; question: string; decisions: Decision[]; coder: string; now: string },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const response = await trx
      .selectFrom('responses')
      .select(['id', 'consultation_id', 'questionnaire_version_id', 'community', 'locale', 'answers', 'coded_at'])
      .where('id', '=', input.responseId)
      .where('consultation_id', '=', input.consultationId)
      .executeTakeFirst();
    if (!response?.coded_at) return false;
    for (const decision of input.decisions) {
      const row = {
        response_id: input.responseId,
        consultation_id: input.consultationId,
        question: input.question,
        theme: decision.theme,
        source: 'human' as const,
        coder: input.coder,
        status: decision.action === 'reject' ? ('rejected' as const) : ('accepted' as const),
        confidence: 1,
        taxonomy_version: TAXONOMY_VERSION,
        coded_at: input.now,
      };
      await trx
        .insertInto('answer_codes')
        .values(row)
        .onConflict((oc) => oc.columns(['response_id', 'question', 'theme', 'source', 'coder']).doUpdateSet({ status: row.status, coded_at: row.coded_at }))
        .execute();
    }
    await trx
      .insertInto('answer_reviews')
      .values({ response_id: input.responseId, consultation_id: input.consultationId, question: input.question, status: 'reviewed', reviewer: input.coder, reviewed_at: input.now })
      .onConflict((oc) => oc.columns(['response_id', 'question']).doUpdateSet({ status: 'reviewed', reviewer: input.coder, reviewed_at: input.now }))
      .execute();
    const codes = await trx
      .selectFrom('answer_codes')
      .select(['question', 'theme', 'source', 'coder', 'status', 'confidence', 'coded_at'])
      .where('response_id', '=', input.responseId)
      .execute();
    const stored = codes.map(rowToStoredCode);
    const plan = await codingPlan(db, response.questionnaire_version_id);
    const closed = codeClosedAnswers(plan.survey, parseJsonColumn(response.answers), TAXONOMY_VERSION).codes.map((code) => code.theme);
    await replaceRespondentThemes(trx, [
      { responseId: response.id, consultationId: response.consultation_id, community: response.community, locale: response.locale, themes: effectiveThemes(closed, stored), firstTime: false },
    ]);
    return true;
  });
}
