import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AuthSettings } from './auth-settings';
import { cameOverHttps } from './request-origin';

export const SESSION_COOKIE = 'tessera_session';

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/** HttpOnly: scripts never see it; SameSite=Lax: other sites' forms do not carry it. */
export function writeSessionCookie(c: Context, id: string, settings: AuthSettings): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: cameOverHttps(c, settings),
    maxAge: Math.floor(settings.sessionAbsoluteMs / 1000),
  });
}

export function clearSessionCookie(c: Context, settings: AuthSettings): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: cameOverHttps(c, settings) });
}
