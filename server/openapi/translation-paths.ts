import { StatusInput, TranslationImportOutput, TranslationsQuery, TranslationSummaryOrDetail, TranslationSummaryOutput } from '../translations/translations.schemas';
import { error, fileAnswer, jsonAnswer, jsonBody, pathParam, queryParams, secured } from './openapi-parts';

const id = pathParam('id', 'Questionnaire id or key');
const version = pathParam('version', 'Version number');
const locale = pathParam('locale', 'A SurveyJS language code, e.g. fa');
const unknown = error('questionnaire_not_found or version_not_found');

export const translationPaths = {
  '/api/questionnaires/{id}/versions/{version}/translations': {
    get: {
      ...secured,
      summary: 'Translated, stale and missing strings per language (?locale=fa: per string)',
      parameters: [id, version, ...queryParams(TranslationsQuery)],
      responses: { 200: jsonAnswer('Counts per language, or the strings of one', TranslationSummaryOrDetail), 404: error('not_found: no such translation yet'), 422: error('unknown_locale') },
    },
  },
  '/api/questionnaires/{id}/versions/{version}/translations/{file}': {
    get: {
      ...secured,
      summary: "One language's strings as {locale}.xlf (XLIFF 2.0) or {locale}.csv",
      parameters: [id, version, pathParam('file', 'e.g. fa.xlf or fa.csv')],
      responses: { 200: fileAnswer('The file', ['application/xliff+xml', 'text/csv']), 404: unknown },
    },
  },
  '/api/questionnaires/{id}/versions/{version}/translations/{locale}': {
    put: {
      ...secured,
      summary: 'Import an XLIFF 2.0 or CSV file into a draft, all or nothing',
      parameters: [id, version, locale],
      requestBody: { required: true, content: { 'application/xliff+xml': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } } },
      responses: {
        200: jsonAnswer('What changed, and the counts per language', TranslationImportOutput),
        400: error('invalid_translation_file'),
        409: error('version_published'),
        413: error('body_too_large: over 5 MB'),
        422: error('translation_import_rejected, with fields per string'),
      },
    },
    patch: {
      ...secured,
      summary: "Set a language's status: draft, community_reviewed or approved",
      parameters: [id, version, locale],
      requestBody: jsonBody(StatusInput),
      responses: {
        200: jsonAnswer('The counts per language', TranslationSummaryOutput),
        400: error('invalid_body'),
        404: error('not_found: no such translation'),
        409: error('version_published'),
        422: error('translations_incomplete or unknown_locale'),
      },
    },
  },
};
