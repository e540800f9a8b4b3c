import { z } from 'zod';
import { HealthOutput, PublicConsultationOutput, StoredOutput } from '../intake/intake-answers.schemas';
import { error, jsonAnswer, pathParam } from './openapi-parts';

const Section = z.record(z.string(), z.unknown());
const DocumentOutput = z.object({ openapi: z.literal('3.1.0'), info: Section, components: Section, paths: Section });

const slug = pathParam('slug', 'The short public link');

/** The routes anyone may call: health, this document, and the respondents' own. */
export const publicPaths = {
  '/api/health': { get: { summary: 'Liveness and database reachability', responses: { 200: jsonAnswer('The database answers', HealthOutput), 503: error('database_unavailable') } } },
  '/api/openapi.json': { get: { summary: 'This document', responses: { 200: jsonAnswer('OpenAPI 3.1', DocumentOutput) } } },
  '/api/c/{slug}': {
    get: {
      summary: "A consultation's pinned questionnaire, by its public link",
      parameters: [slug],
      responses: { 200: jsonAnswer('The questionnaire and what the survey page needs', PublicConsultationOutput), 404: error('consultation_not_found: unknown or not yet open'), 410: error('consultation_closed') },
    },
  },
  '/api/c/{slug}/responses': {
    post: {
      summary: 'Submit a response (idempotent on the device-generated id)',
      parameters: [slug],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ResponseInput' } } } },
      responses: {
        201: jsonAnswer('Stored', StoredOutput),
        200: jsonAnswer('Already stored with identical content (a retry)', StoredOutput),
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
};
