import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from '../errors';
import type { AuthSettings } from './auth-settings';

/** Whether the browser reached us over HTTPS (through a trusted proxy's X-Forwarded-Proto). */
export function cameOverHttps(c: Context, settings: AuthSettings): boolean {
  if (settings.trustProxy) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (forwarded) return forwarded === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** The client's address, used only as a key of the in-memory limiter. */
export function clientAddress(c: Context, settings: AuthSettings): string {
  if (settings.trustProxy) {
    // The nearest proxy appends the address it saw: the last entry is the one it vouches for.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/**
 * Refuses a state-changing request a browser sent from another site: its Origin (or, failing
 * that, Sec-Fetch-Site) must name this host. Requests without either header come from scripts.
 */
export function assertSameOrigin(c: Context, settings: AuthSettings): void {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    const forwardedHost = settings.trustProxy ? c.req.header('x-forwarded-host') : undefined;
    const expected = forwardedHost ?? c.req.header('host') ?? new URL(c.req.url).host;
    if (host !== expected) throw csrfFailed('This request came from another site; it was refused.');
    return;
  }
  if (c.req.header('sec-fetch-site') === 'cross-site') throw csrfFailed('This request came from another site; it was refused.');
}

export function csrfFailed(message: string): AppError {
  return new AppError(403, 'csrf_failed', message);
}

export function tooManyAttempts(retryAfterMs: number, what: string): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(429, 'too_many_attempts', `Too many failed ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, undefined, {
    'Retry-After': String(seconds),
  });
}
