import { CsvExportQuery, ExportQuery, ResponsesPage, ResponsesQuery } from '../responses/responses.schemas';
import { error, fileAnswer, jsonAnswer, pathParam, queryParams, secured } from './openapi-parts';

const id = pathParam('id', 'Consultation id');
const notResearcher = error('forbidden: raw answers are for researchers of the partnership and admins');

export const responsePaths = {
  '/api/consultations/{id}/responses': {
    get: {
      ...secured,
      summary: 'Raw responses, a page at a time',
      parameters: [id, ...queryParams(ResponsesQuery)],
      responses: { 200: jsonAnswer('A page of responses', ResponsesPage), 403: notResearcher, 404: error('consultation_not_found') },
    },
  },
  '/api/consultations/{id}/export.csv': {
    get: {
      ...secured,
      summary: 'CSV export, streamed; formula injection neutralized',
      parameters: [id, ...queryParams(CsvExportQuery)],
      responses: { 200: fileAnswer('One row per response', ['text/csv']), 400: error('invalid_body: lang is not a language code'), 403: notResearcher },
    },
  },
  '/api/consultations/{id}/export.json': {
    get: {
      ...secured,
      summary: 'JSON export, streamed: the questionnaire, its questions and every response',
      parameters: [id, ...queryParams(ExportQuery)],
      responses: { 200: fileAnswer('The export', ['application/json']), 400: error('invalid_body: lang is not a language code'), 403: notResearcher },
    },
  },
};
