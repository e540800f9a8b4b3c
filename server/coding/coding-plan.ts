import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findVersionById } from '../questionnaires/questionnaires.repository';
import { openAnswerPlan, type OpenAnswerPlan } from '../../analysis/coding';

export interface CodingPlan {
  survey: unknown;
  /** The free texts the open-answer coder reads, per response. */
  open: OpenAnswerPlan;
}

const plans = new Map<string, Promise<CodingPlan>>();

/** What coding needs of a published version; versions never change, so it is kept for the life of the process. */
export function codingPlan(db: Kysely<Database>, versionId: string): Promise<CodingPlan> {
  let plan = plans.get(versionId);
  if (!plan) {
    plan = findVersionById(db, versionId).then((version) => ({ survey: version!.survey, open: openAnswerPlan(version!.survey) }));
    plan.catch(() => plans.delete(versionId));
    plans.set(versionId, plan);
  }
  return plan;
}
