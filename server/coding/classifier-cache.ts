import type { Kysely } from 'kysely';
import { classifierIfItHelps, type ClassifierModel, type TrainingExample } from '../../analysis/coding';
import type { Database } from '../db/schema';
import { parseJsonColumn } from '../lib/json-column';
import { groupBy } from '../lib/group-by';
import { openAnswerThemes, rowToStoredCode } from './effective-themes';

// Below this many reviewed answers a trained model mostly repeats the lexicon's mistakes back.
export const MIN_TRAINING_ANSWERS = 30;
const MAX_TRAINING_ANSWERS = 5000;

const cache = new Map<string, { trainedOn: number; model: ClassifierModel | undefined }>();

/**
 * A classifier trained on the answers a partnership's reviewers coded, retrained when they have
 * coded a tenth more. Each partnership learns from its own people only: answers never cross.
 */
export async function partnershipClassifier(db: Kysely<Database>, partnershipId: string): Promise<ClassifierModel | undefined> {
  const { n } = await db
    .selectFrom('answer_reviews as ar')
    .innerJoin('consultations as c', 'c.id', 'ar.consultation_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.partnership_id', '=', partnershipId)
    .where('ar.status', '=', 'reviewed')
    .executeTakeFirstOrThrow();
  const reviewed = Number(n);
  if (reviewed < MIN_TRAINING_ANSWERS) return undefined;
  const cached = cache.get(partnershipId);
  if (cached && reviewed < cached.trainedOn * 1.1) return cached.model;

  const answers = await db
    .selectFrom('answer_reviews as ar')
    .innerJoin('consultations as c', 'c.id', 'ar.consultation_id')
    .innerJoin('responses as r', 'r.id', 'ar.response_id')
    .select(['ar.response_id', 'ar.question', 'r.answers', 'r.locale'])
    .where('c.partnership_id', '=', partnershipId)
    .where('ar.status', '=', 'reviewed')
    .orderBy('ar.reviewed_at', 'desc')
    .limit(MAX_TRAINING_ANSWERS)
    .execute();
  const codes = await db
    .selectFrom('answer_codes')
    .select(['response_id', 'question', 'theme', 'source', 'coder', 'status', 'confidence', 'coded_at'])
    .where('response_id', 'in', [...new Set(answers.map((a) => a.response_id))])
    .execute();
  const byAnswer = groupBy(codes, (c) => `${c.response_id}\u0000${c.question}`);
  const examples: TrainingExample[] = [];
  for (const answer of answers) {
    const text = parseJsonColumn<Record<string, unknown>>(answer.answers)[answer.question];
    if (typeof text !== 'string') continue;
    const own = (byAnswer.get(`${answer.response_id}\u0000${answer.question}`) ?? []).map(rowToStoredCode);
    examples.push({ text, lang: answer.locale, themes: openAnswerThemes(own) });
  }
  // Kept only where it codes the partnership's own held-back answers better than the coder alone.
  const model = classifierIfItHelps(examples).classifier;
  cache.set(partnershipId, { trainedOn: reviewed, model });
  return model;
}
