import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { findLiveSession, type StoredSession } from '../accounts/sessions.repository';
import { clearSessionCookie, readSessionCookie } from '../accounts/session-cookie';
import { assertSameOrigin, clientAddress, csrfFailed, tooManyAttempts } from '../accounts/request-origin';
import { sameText } from '../accounts/secrets';
import { findUserById, membershipsOf, userCaller, type User, type UserMembership } from '../accounts/users.repository';
import { AppError } from '../errors';
import type { AuthContext } from './auth-context';
import { tokenCaller, type Caller } from './caller';
import { findToken, markUsed } from './tokens.repository';

export interface SignedIn {
  session: StoredSession;
  user: User;
  memberships: UserMembership[];
}

export type AuthEnv = { Variables: { caller: Caller; signedIn: SignedIn | undefined } };

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every /api route behind sign-in accepts either a bearer token (scripts) or the session cookie
 * (the workspace). Cookie requests that change something must carry the session's CSRF token
 * and must not come from another site; bearer requests cannot be forged by a browser.
 */
export function requireCaller(auth: AuthContext) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      c.set('caller', await bearerCaller(c, auth, header));
      return next();
    }
    const signedIn = await sessionFromCookie(c, auth);
    if (UNSAFE_METHODS.has(c.req.method)) assertCsrf(c, auth, signedIn.session);
    c.set('signedIn', signedIn);
    c.set('caller', userCaller(signedIn.user, signedIn.memberships));
    return next();
  });
}

/** Only the session cookie: the workspace's own routes (session, sign-out). */
export function requireSession(auth: AuthContext) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const signedIn = await sessionFromCookie(c, auth);
    if (UNSAFE_METHODS.has(c.req.method)) assertCsrf(c, auth, signedIn.session);
    c.set('signedIn', signedIn);
    c.set('caller', userCaller(signedIn.user, signedIn.memberships));
    return next();
  });
}

function assertCsrf(c: Context, auth: AuthContext, session: StoredSession): void {
  assertSameOrigin(c, auth.settings);
  const sent = c.req.header('x-csrf-token');
  if (!sent || !sameText(sent, session.csrfToken)) {
    throw csrfFailed('This change needs the header X-CSRF-Token with the token of your session. Reload the page and try again.');
  }
}

async function sessionFromCookie(c: Context, auth: AuthContext): Promise<SignedIn> {
  const id = readSessionCookie(c);
  if (!id) {
    throw new AppError(401, 'unauthorized', 'Sign in, or send an API token in the header "Authorization: Bearer <token>".', undefined, {
      'WWW-Authenticate': 'Bearer',
    });
  }
  const session = await findLiveSession(auth.db, id, auth.clock(), auth.settings);
  const user = session && (await findUserById(auth.db, session.userId));
  if (!session || !user) {
    clearSessionCookie(c, auth.settings);
    throw new AppError(401, 'unauthorized', 'Your session has ended. Sign in again.');
  }
  return { session, user, memberships: await membershipsOf(auth.db, user.id) };
}

async function bearerCaller(c: Context, auth: AuthContext, header: string): Promise<Caller> {
  const nowMs = Date.parse(auth.clock());
  const address = clientAddress(c, auth.settings);
  const blocked = auth.addresses.blockedFor(address, nowMs);
  if (blocked > 0) throw tooManyAttempts(blocked, 'authentications from your address');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const refuse = (message: string, error = 'invalid_token'): never => {
    auth.addresses.recordFailure(address, nowMs);
    throw new AppError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': `Bearer error="${error}"` });
  };
  if (!match?.[1]) return refuse('Send an API token in the header "Authorization: Bearer <token>".', 'invalid_request');
  const token = await findToken(auth.db, match[1]);
  if (!token) return refuse('This API token is not recognised. Ask an admin for a new one.');
  if (token.revokedAt) return refuse(`This API token was revoked on ${token.revokedAt.slice(0, 10)}. Ask an admin for a new one.`);
  if (token.expiresAt && nowMs >= Date.parse(token.expiresAt)) {
    return refuse(`This API token expired on ${token.expiresAt.slice(0, 10)}. Ask an admin for a new one.`);
  }
  await markUsed(auth.db, token, auth.clock().slice(0, 10));
  return tokenCaller(token);
}
