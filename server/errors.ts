import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'malformed_json'
  | 'invalid_body'
  | 'body_too_large'
  | 'unauthorized'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'csrf_failed'
  | 'user_not_found'
  | 'token_not_found'
  | 'invitation_not_found'
  | 'invitation_used'
  | 'invitation_expired'
  | 'reset_not_found'
  | 'reset_used'
  | 'reset_expired'
  | 'forbidden'
  | 'not_found'
  | 'consultation_not_found'
  | 'consultation_not_open'
  | 'consultation_closed'
  | 'consultation_paused'
  | 'invalid_status_change'
  | 'unsupported_locale'
  | 'unknown_community'
  | 'invalid_answers'
  | 'duplicate_id_conflict'
  | 'questionnaire_not_found'
  | 'version_not_found'
  | 'version_published'
  | 'version_not_published'
  | 'invalid_survey'
  | 'key_taken'
  | 'translations_incomplete'
  | 'unknown_locale'
  | 'invalid_translation_file'
  | 'translation_import_rejected'
  | 'invalid_links'
  | 'partnership_not_found'
  | 'database_unavailable'
  | 'internal_error';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The one error type routes throw; `renderError` turns it into a JSON body. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
    /** More structured detail for the body, e.g. counts per language. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function renderError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    const body = { ...error.extra, code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) };
    return c.json(body, error.status, error.headers);
  }
  // Never leak a stack trace or SQL to a client; the operator sees it in the log.
  console.error(error);
  return c.json({ code: 'internal_error', message: 'Something went wrong on the server. Please try again later.' }, 500);
}
