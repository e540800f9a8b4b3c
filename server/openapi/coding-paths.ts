import {
  AcceptedOutput,
  AgreementOutput,
  BulkAcceptInput,
  CodedOutput,
  DecisionsInput,
  RecordedOutput,
  ReviewQueueOutput,
  ReviewQuery,
} from '../coding/coding.schemas';
import { error, jsonAnswer, jsonBody, pathParam, queryParams, secured } from './openapi-parts';

const id = pathParam('id', 'Consultation id');
const notResearcher = error('forbidden: coding reads answers word for word, so only researchers of the partnership and admins');

export const codingPaths = {
  '/api/consultations/{id}/coding/run': {
    post: {
      ...secured,
      summary: 'Code every response not coded yet (the server also codes in the background)',
      parameters: [id],
      responses: { 200: jsonAnswer('How many were coded', CodedOutput), 403: notResearcher, 404: error('consultation_not_found') },
    },
  },
  '/api/consultations/{id}/review': {
    get: {
      ...secured,
      summary: "The review queue: open answers the coder was unsure of, with its suggestions and every reviewer's decisions",
      parameters: [id, ...queryParams(ReviewQuery)],
      responses: { 200: jsonAnswer('The queue', ReviewQueueOutput), 403: notResearcher },
    },
    post: {
      ...secured,
      summary: "Record a reviewer's decisions on one answer (accept, reject, add a theme); human codes always win",
      parameters: [id],
      requestBody: jsonBody(DecisionsInput),
      responses: { 200: jsonAnswer('Recorded', RecordedOutput), 400: error('invalid_body'), 403: notResearcher, 404: error('not_found: not coded yet, or another consultation') },
    },
  },
  '/api/consultations/{id}/review/bulk-accept': {
    post: {
      ...secured,
      summary: 'Accept the suggestions of every pending answer whose suggestions all reach minConfidence (0 to 1)',
      parameters: [id],
      requestBody: jsonBody(BulkAcceptInput),
      responses: { 200: jsonAnswer('How many answers were accepted', AcceptedOutput), 400: error('invalid_body'), 403: notResearcher },
    },
  },
  '/api/consultations/{id}/agreement': {
    get: {
      ...secured,
      summary: "Cohen's kappa per theme and Krippendorff's alpha: machine vs human, and between two reviewers",
      parameters: [id],
      responses: { 200: jsonAnswer('Agreement', AgreementOutput), 403: notResearcher },
    },
  },
};
