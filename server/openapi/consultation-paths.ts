import { ConsultationInput, ConsultationOutput, ConsultationsOutput, ProgressOutput, StatusChange } from '../consultations/consultations.schemas';
import { error, jsonAnswer, jsonBody, pathParam, secured } from './openapi-parts';

const id = pathParam('id', 'Consultation id');
const unknown = error('consultation_not_found');

export const consultationPaths = {
  '/api/consultations': {
    get: { ...secured, summary: 'Consultations the caller may see, each with its public slug and links', responses: { 200: jsonAnswer('The consultations', ConsultationsOutput) } },
    post: {
      ...secured,
      summary: 'Launch a consultation of a published version',
      requestBody: jsonBody(ConsultationInput),
      responses: {
        201: jsonAnswer('The consultation', ConsultationOutput),
        400: error('malformed_json or invalid_body'),
        403: error('forbidden'),
        404: error('partnership_not_found or questionnaire_not_found'),
        409: error('version_not_published, or key_taken: the slug is used'),
        422: error('unsupported_locale'),
      },
    },
  },
  '/api/consultations/{id}': {
    get: { ...secured, summary: 'One consultation', parameters: [id], responses: { 200: jsonAnswer('The consultation', ConsultationOutput), 403: error('forbidden'), 404: unknown } },
  },
  '/api/consultations/{id}/status': {
    post: {
      ...secured,
      summary: 'Open, pause or close',
      parameters: [id],
      requestBody: jsonBody(StatusChange),
      responses: { 200: jsonAnswer('The consultation', ConsultationOutput), 400: error('invalid_body'), 403: error('forbidden'), 404: unknown, 409: error('invalid_status_change') },
    },
  },
  '/api/consultations/{id}/progress': {
    get: {
      ...secured,
      summary: 'Counts of responses by community, language, channel and day (any member, viewers included; never an answer)',
      parameters: [id],
      responses: { 200: jsonAnswer('The counts', ProgressOutput), 403: error('forbidden'), 404: unknown },
    },
  },
};
