import {
  DiffOutput,
  DiffQuery,
  DraftEdit,
  LinksInput,
  LinksOutput,
  ExportQuery,
  QuestionnaireCreated,
  QuestionnaireInput,
  QuestionnairesOutput,
  QuestionnaireWithVersions,
  SurveyCheckInput,
  SurveyCheckOutput,
  ThemeSuggestionsInput,
  ThemeSuggestionsOutput,
  VersionInput,
  VersionOutput,
} from '../questionnaires/questionnaires.schemas';
import { PublishInput } from '../translations/publish-options';
import { error, fileAnswer, jsonAnswer, jsonBody, pathParam, queryParams, secured } from './openapi-parts';

const id = pathParam('id', 'Questionnaire id or key');
const version = pathParam('version', 'Version number');
const unknown = error('questionnaire_not_found or version_not_found');

export const questionnairePaths = {
  '/api/questionnaires': {
    get: { ...secured, summary: 'Questionnaires the caller may use', responses: { 200: jsonAnswer('The questionnaires', QuestionnairesOutput) } },
    post: {
      ...secured,
      summary:
        'Create a questionnaire, optionally with a first draft: SurveyJS JSON as survey, or a file as import (XLSForm .xlsx, LimeSurvey .lss or SurveyJS JSON, base64; see docs/imports.md). An import answers with notConverted: [{ sheet?, row?, column?, question?, reason }]',
      requestBody: jsonBody(QuestionnaireInput),
      responses: {
        201: jsonAnswer('Created (with draft and, for an import, notConverted)', QuestionnaireCreated),
        400: error('invalid_body (fields[0].code unreadable_file when the file cannot be read)'),
        403: error('forbidden'),
        409: error('key_taken'),
      },
    },
  },
  '/api/questionnaires/check': {
    post: {
      ...secured,
      summary: 'Every problem that would stop publishing a SurveyJS document, each with its place; nothing is stored',
      requestBody: jsonBody(SurveyCheckInput),
      responses: { 200: jsonAnswer('The problems (none: publishable)', SurveyCheckOutput), 400: error('invalid_body') },
    },
  },
  '/api/questionnaires/theme-suggestions': {
    post: {
      ...secured,
      summary: "Themes the open-answer coder reads in the text of each choice that names none (English or French texts first); nothing is stored: save the choices' themes with the version",
      requestBody: jsonBody(ThemeSuggestionsInput),
      responses: { 200: jsonAnswer('The suggestions', ThemeSuggestionsOutput), 400: error('invalid_body') },
    },
  },
  '/api/questionnaires/{id}': {
    get: { ...secured, summary: 'A questionnaire and its versions', parameters: [id], responses: { 200: jsonAnswer('The questionnaire', QuestionnaireWithVersions), 404: unknown } },
  },
  '/api/questionnaires/{id}/versions': {
    post: {
      ...secured,
      summary: 'Add a draft version (publish: true publishes it at once)',
      parameters: [id],
      requestBody: jsonBody(VersionInput),
      responses: { 201: jsonAnswer('The version', VersionOutput), 400: error('invalid_body'), 403: error('forbidden'), 404: unknown, 422: error('invalid_survey') },
    },
  },
  '/api/questionnaires/{id}/versions/{version}': {
    get: { ...secured, summary: 'One version with its SurveyJS JSON', parameters: [id, version], responses: { 200: jsonAnswer('The version', VersionOutput), 404: unknown } },
    put: {
      ...secured,
      summary: 'Edit a draft version',
      parameters: [id, version],
      requestBody: jsonBody(DraftEdit),
      responses: { 200: jsonAnswer('The version', VersionOutput), 400: error('invalid_body'), 404: unknown, 409: error('version_published: published versions never change') },
    },
  },
  '/api/questionnaires/{id}/versions/{version}/export': {
    get: {
      ...secured,
      summary:
        'Download a version: its canonical SurveyJS JSON (sorted keys, byte-identical for an unchanged round trip) or an XLSForm workbook; the x-not-exported header lists, URI-encoded JSON, what XLSForm cannot say',
      parameters: [id, version, ...queryParams(ExportQuery)],
      responses: {
        200: fileAnswer('The file', ['application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']),
        400: error('invalid_body: unknown format'),
        404: unknown,
      },
    },
  },
  '/api/questionnaires/{id}/versions/{version}/publish': {
    post: {
      ...secured,
      summary: 'Publish (freeze) a draft and record its content hash; the body is optional',
      parameters: [id, version],
      requestBody: { ...jsonBody(PublishInput), required: false },
      responses: {
        200: jsonAnswer('The published version', VersionOutput),
        404: unknown,
        409: error('version_published: already published'),
        422: error('invalid_survey, unknown_locale, or translations_incomplete with { locales: { fa: { status, translated, stale, missing } } }'),
      },
    },
  },
  '/api/questionnaires/{id}/versions/{version}/links': {
    get: {
      ...secured,
      summary: 'How each question of this version follows from the previous one (kept, renamed, rewritten, choices changed, split, new, dropped): stored, or proposed from the semantic diff',
      parameters: [id, version],
      responses: { 200: jsonAnswer('The links', LinksOutput), 404: unknown },
    },
    put: {
      ...secured,
      summary: "Confirm or edit a draft's links (the whole list); frozen once the version is published (docs/waves.md)",
      parameters: [id, version],
      requestBody: jsonBody(LinksInput),
      responses: {
        200: jsonAnswer('The stored links', LinksOutput),
        400: error('invalid_body'),
        403: error('forbidden'),
        404: unknown,
        409: error('version_published'),
        422: error('invalid_links, with one problem per link in fields'),
      },
    },
  },
  '/api/questionnaires/{id}/diff': {
    get: {
      ...secured,
      summary: 'Semantic diff between two versions: questions and choices added, removed, moved, retyped, reworded per language',
      parameters: [id, ...queryParams(DiffQuery)],
      responses: { 200: jsonAnswer('The diff', DiffOutput), 404: unknown },
    },
  },
};
