import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { findVersion, updateDraft, type Questionnaire, type QuestionnaireVersion } from '../questionnaires/questionnaires.repository';
import { applyTranslationImport, type ImportOutcome } from './apply-import';
import { parseTranslationCsv, toTranslationCsv } from './translation-csv';
import type { TranslationExport } from './translation-file';
import { languageStatusOf, stringDetails, translationSummary } from './translation-state';
import { parseXliff, toXliff } from './xliff';

export type TranslationFormat = 'xlf' | 'csv';

const LOCALE = /^[a-z]{2,3}(-[a-z]{2,4})?$/;

/** A locale a translation can be written in: SurveyJS's codes, not English (the source). */
export function assertTranslatableLocale(locale: string): void {
  if (!LOCALE.test(locale) || locale === 'en') {
    throw new AppError(422, 'unknown_locale', `"${locale}" is not a language a translation can be written in; use a SurveyJS code such as fa, uk or zh-cn.`);
  }
}

export function exportTranslations(questionnaire: Questionnaire, version: QuestionnaireVersion, locale: string, format: TranslationFormat): string {
  assertTranslatableLocale(locale);
  const file: TranslationExport = {
    locale,
    name: `${questionnaire.key}.v${version.version}`,
    status: languageStatusOf(version.survey, locale),
    strings: stringDetails(version.survey, locale),
  };
  return format === 'xlf' ? toXliff(file) : toTranslationCsv(file);
}

/** XLIFF when the text is XML, CSV otherwise. */
export function parseTranslationFile(text: string) {
  return text.trimStart().startsWith('<') ? parseXliff(text) : parseTranslationCsv(text);
}

/**
 * Imports a translator's file into a draft, all or nothing. A file that changes nothing leaves
 * the stored version untouched, published or not.
 */
export async function importTranslations(db: Kysely<Database>, version: QuestionnaireVersion, locale: string, text: string): Promise<ImportOutcome> {
  assertTranslatableLocale(locale);
  const outcome = applyTranslationImport(version.survey, locale, parseTranslationFile(text));
  if (outcome.survey === version.survey) return outcome;
  if (!(await updateDraft(db, version.id, outcome.survey))) {
    throw new AppError(409, 'version_published', `Version ${version.version} is published and frozen; import into a new draft instead.`);
  }
  return outcome;
}

export function summaryBody(version: QuestionnaireVersion) {
  return { version: version.version, versionStatus: version.status, locales: translationSummary(version.survey) };
}

export async function requireVersion(db: Kysely<Database>, questionnaireId: string, raw: string): Promise<QuestionnaireVersion> {
  const number = Number(raw);
  const version = Number.isInteger(number) ? await findVersion(db, questionnaireId, number) : undefined;
  if (!version) throw new AppError(404, 'version_not_found', `This questionnaire has no version ${raw}.`);
  return version;
}

/** The latest version's survey: what a new draft's translations are compared with. */
export async function latestSurvey(db: Kysely<Database>, questionnaireId: string): Promise<Record<string, unknown> | undefined> {
  const latest = await db
    .selectFrom('questionnaire_versions')
    .select('survey_json')
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest && (JSON.parse(latest.survey_json) as Record<string, unknown>);
}
