import { z } from 'zod';
import { accountPaths, accountSchemas } from '../accounts/openapi-paths';
import { ResponseInput } from '../intake/intake.schemas';
import { codingPaths } from './coding-paths';
import { consultationPaths } from './consultation-paths';
import { insightPaths } from './insight-paths';
import { partnershipPaths } from './partnership-paths';
import { questionnairePaths } from './questionnaire-paths';
import { responsePaths } from './response-paths';
import { translationPaths } from './translation-paths';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const json = (description: string, schema: object = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});

// Either a bearer token or the workspace's session cookie (with X-CSRF-Token on changes).
const secured = { security: [{ bearer: [] }, { session: [] }] };
const body = (schema: object = { type: 'object' }) => ({ required: true, content: { 'application/json': { schema } } });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });

/**
 * The API as OpenAPI 3.1. The request body of the public intake route is generated from the
 * same zod schema that validates it, so the two cannot drift apart.
 */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tessera API',
      version: '1',
      description:
        'Questionnaires, consultations and response intake for Local Immigration Partnerships. ' +
        'Public routes (/api/c/...) need no token; every other route takes "Authorization: Bearer <token>" ' +
        'or the tessera_session cookie from /api/auth/sign-in, whose POST, PUT, PATCH and DELETE requests carry the X-CSRF-Token header. ' +
        'Errors are JSON: { code, message, fields? }.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'tessera_session' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string' },
            message: { type: 'string', description: 'A sentence a person can act on.' },
            fields: {
              type: 'array',
              items: { type: 'object', properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
        ResponseInput: z.toJSONSchema(ResponseInput, { target: 'draft-2020-12' }),
        ...accountSchemas,
      },
    },
    paths: {
      '/api/health': { get: { summary: 'Liveness and database reachability', responses: { 200: json('The database answers'), 503: error('The database does not answer') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI 3.1') } } },
      '/api/c/{slug}': {
        get: {
          summary: "A consultation's pinned questionnaire, by its public link",
          parameters: [idParam('slug', 'The short public link')],
          responses: {
            200: json('{ survey, version, questionnaire, consultation, locales, translationStatus, community, communities, kiosk }'),
            404: error('Unknown or not yet open'),
            410: error('Closed'),
          },
        },
      },
      '/api/c/{slug}/responses': {
        post: {
          summary: 'Submit a response (idempotent on the device-generated id)',
          parameters: [idParam('slug', 'The short public link')],
          requestBody: body({ $ref: '#/components/schemas/ResponseInput' }),
          responses: {
            201: json('Stored'),
            200: json('Already stored with identical content (a retry)'),
            400: error('malformed_json or invalid_body'),
            404: error('consultation_not_found'),
            409: error('duplicate_id_conflict: the id was used for different content'),
            410: error('consultation_closed'),
            413: error('body_too_large'),
            422: error('invalid_answers (with fields), unsupported_locale or unknown_community'),
            503: error('consultation_paused; retry after the Retry-After header'),
          },
        },
      },
      ...accountPaths,
      ...partnershipPaths,
      ...questionnairePaths,
      ...translationPaths,
      ...consultationPaths,
      ...responsePaths,
      ...codingPaths,
      ...insightPaths,
    },
  };
}
