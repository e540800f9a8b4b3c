/** What every workspace screen calls: the documented JSON API, with the session cookie. */

export type FieldError = { field: string; code: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A body that is not already a string, FormData or Blob is sent as JSON. */
export type ApiInit = Omit<RequestInit, 'body'> & { body?: unknown };

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The session provider keeps this current: cookie-authenticated writes must carry it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request comes back 401 (the session ended elsewhere or expired). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  let body: BodyInit | undefined;
  if (init.body !== undefined && init.body !== null) {
    if (typeof init.body === 'string' || init.body instanceof FormData || init.body instanceof Blob) {
      body = init.body;
      if (typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
    } else {
      body = JSON.stringify(init.body);
      headers.set('content-type', 'application/json');
    }
  }
  if (WRITES.has(method) && csrfToken) headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached. Check the connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { code?: string; message?: string; fields?: FieldError[] };
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    throw new ApiError(response.status, problem.code ?? 'http_error', problem.message ?? `The server answered ${response.status}.`, problem.fields);
  }
  return json as T;
}
