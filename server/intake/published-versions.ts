import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findQuestionnaire, findVersionById } from '../questionnaires/questionnaires.repository';
import { compileValidator, type CompiledValidator } from '../validation/compile-validator';

export interface PublishedVersion {
  id: string;
  version: number;
  questionnaire: { id: string; key: string; title: string };
  survey: Record<string, unknown>;
  /** The survey as the JSON text sent to respondents, serialised once. */
  surveyText: string;
  validator: CompiledValidator;
}

/**
 * Published versions never change, so each is loaded and compiled into a validator once per
 * process and kept: building a survey-core model per request would cost tens of milliseconds.
 */
export function createVersionCache(db: Kysely<Database>) {
  const cache = new Map<string, Promise<PublishedVersion | undefined>>();
  return (versionId: string): Promise<PublishedVersion | undefined> => {
    let entry = cache.get(versionId);
    if (!entry) {
      entry = load(db, versionId);
      cache.set(versionId, entry);
      entry.catch(() => cache.delete(versionId));
    }
    return entry;
  };
}

async function load(db: Kysely<Database>, versionId: string): Promise<PublishedVersion | undefined> {
  const version = await findVersionById(db, versionId);
  if (!version || version.status !== 'published') return undefined;
  const questionnaire = (await findQuestionnaire(db, version.questionnaireId))!;
  return {
    id: version.id,
    version: version.version,
    questionnaire: { id: questionnaire.id, key: questionnaire.key, title: questionnaire.title },
    survey: version.survey,
    surveyText: JSON.stringify(version.survey),
    validator: compileValidator(version.survey),
  };
}
