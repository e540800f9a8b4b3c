import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { assertAdmin, assertCanRead, assertCanWrite, type Caller } from '../auth/caller';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { findQuestionnaire, updateDraft, type Questionnaire } from '../questionnaires/questionnaires.repository';
import {
  assertTranslatableLocale,
  exportTranslations,
  importTranslations,
  requireVersion,
  summaryBody,
} from './translation-service';
import { stringDetails, translationSummary } from './translation-state';
import { StatusInput, TranslationsQuery } from './translations.schemas';

// A translation file of the two shipped questionnaires is about 150 KB; this leaves room for long ones.
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function assertCanEdit(caller: Caller, questionnaire: Questionnaire): void {
  if (questionnaire.partnershipId === null) assertAdmin(caller);
  else assertCanWrite(caller, questionnaire.partnershipId);
}

/** Translation status, export and import of a questionnaire version's strings, one language at a time. */
export function translationRoutes({ db }: AppDeps) {
  async function load(idOrKey: string, caller: Caller) {
    const questionnaire = await findQuestionnaire(db, idOrKey);
    if (!questionnaire) throw new AppError(404, 'questionnaire_not_found', 'No questionnaire has this id or key.');
    if (questionnaire.partnershipId !== null) assertCanRead(caller, questionnaire.partnershipId);
    return questionnaire;
  }

  return new Hono<AuthEnv>()
    .get('/:id/versions/:version/translations', async (c) => {
      const questionnaire = await load(c.req.param('id'), c.get('caller'));
      const version = await requireVersion(db, questionnaire.id, c.req.param('version'));
      const { locale } = TranslationsQuery.parse(c.req.query());
      if (locale === undefined) return c.json(summaryBody(version));
      assertTranslatableLocale(locale);
      const summary = translationSummary(version.survey)[locale];
      if (!summary) throw new AppError(404, 'not_found', `Version ${version.version} has no ${locale} translation yet; import one to start it.`);
      return c.json({ version: version.version, locale, ...summary, strings: stringDetails(version.survey, locale) });
    })
    .get('/:id/versions/:version/translations/:file', async (c) => {
      const match = /^([a-z-]+)\.(xlf|csv)$/.exec(c.req.param('file'));
      if (!match) throw new AppError(404, 'not_found', 'Ask for {locale}.xlf (XLIFF 2.0) or {locale}.csv, e.g. fa.xlf.');
      const [, locale, format] = match as unknown as [string, string, 'xlf' | 'csv'];
      const questionnaire = await load(c.req.param('id'), c.get('caller'));
      const version = await requireVersion(db, questionnaire.id, c.req.param('version'));
      const body = exportTranslations(questionnaire, version, locale, format);
      const type = format === 'xlf' ? 'application/xliff+xml; charset=utf-8' : 'text/csv; charset=utf-8';
      const filename = `${questionnaire.key}-v${version.version}-${locale}.${format}`;
      return c.body(body, 200, { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"` });
    })
    .put('/:id/versions/:version/translations/:locale', async (c) => {
      const questionnaire = await load(c.req.param('id'), c.get('caller'));
      assertCanEdit(c.get('caller'), questionnaire);
      const version = await requireVersion(db, questionnaire.id, c.req.param('version'));
      const text = await c.req.text();
      if (text.length > MAX_FILE_BYTES) throw new AppError(413, 'body_too_large', 'The translation file is larger than 5 MB.');
      if (text.trim() === '') throw new AppError(400, 'invalid_translation_file', 'Send the XLIFF 2.0 or CSV file as the request body.');
      const outcome = await importTranslations(db, version, c.req.param('locale'), text);
      const stored = await requireVersion(db, questionnaire.id, c.req.param('version'));
      return c.json({ changed: outcome.changed, confirmed: outcome.confirmed, ...summaryBody(stored) });
    })
    .patch('/:id/versions/:version/translations/:locale', async (c) => {
      const questionnaire = await load(c.req.param('id'), c.get('caller'));
      assertCanEdit(c.get('caller'), questionnaire);
      const version = await requireVersion(db, questionnaire.id, c.req.param('version'));
      const locale = c.req.param('locale');
      assertTranslatableLocale(locale);
      const { status } = await readJsonBody(c, StatusInput);
      const counts = translationSummary(version.survey)[locale];
      if (!counts) throw new AppError(404, 'not_found', `Version ${version.version} has no ${locale} translation.`);
      if (status !== 'draft' && (counts.stale > 0 || counts.missing > 0)) {
        throw new AppError(422, 'translations_incomplete', `${locale} cannot be marked ${status} while ${counts.stale} string(s) are stale and ${counts.missing} missing.`);
      }
      const survey = { ...version.survey, translationStatus: { ...(version.survey.translationStatus as object | undefined), [locale]: status } };
      if (!(await updateDraft(db, version.id, survey))) {
        throw new AppError(409, 'version_published', `Version ${version.version} is published and frozen; change the status in a new draft.`);
      }
      return c.json(summaryBody(await requireVersion(db, questionnaire.id, c.req.param('version'))));
    });
}
