import { z } from 'zod';
import { accountPaths } from '../accounts/openapi-paths';
import { ResponseInput } from '../intake/intake.schemas';
import { codingPaths } from './coding-paths';
import { consultationPaths } from './consultation-paths';
import { insightPaths } from './insight-paths';
import { publicPaths } from './intake-paths';
import { partnershipPaths } from './partnership-paths';
import { questionnairePaths } from './questionnaire-paths';
import { responsePaths } from './response-paths';
import { translationPaths } from './translation-paths';

/**
 * The API as OpenAPI 3.1. Every request body, query parameter and JSON answer is generated from
 * the zod schema the route validates with or answers with (the *.schemas.ts next to each route),
 * so the document and the routes cannot drift apart; test/server/openapi-document.test.ts sends
 * each documented example through its route.
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
      },
    },
    paths: {
      ...publicPaths,
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
