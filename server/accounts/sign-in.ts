import type { Context } from 'hono';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../errors';
import { accountBlockedFor, clearAccountFailures, recordAccountFailure } from './account-throttle.repository';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { clientAddress, tooManyAttempts } from './request-origin';
import { createSession } from './sessions.repository';
import { writeSessionCookie } from './session-cookie';
import { sessionView, type SessionView } from './session-view';
import { findUserWithHash, membershipsOf, recordSignIn, updateUser, type User } from './users.repository';

/**
 * Checks an email and password under both limits (per account in the database, per address in
 * memory) and answers the same way whether the email is unknown or the password wrong.
 */
export async function checkCredentials(c: Context, auth: AuthContext, email: string, password: string): Promise<User> {
  const now = auth.clock();
  const nowMs = Date.parse(now);
  const address = clientAddress(c, auth.settings);
  const addressBlocked = auth.addresses.blockedFor(address, nowMs);
  if (addressBlocked > 0) throw tooManyAttempts(addressBlocked, 'sign-ins from your address');
  const accountBlocked = await accountBlockedFor(auth.db, email, now);
  if (accountBlocked > 0) throw tooManyAttempts(accountBlocked, 'sign-ins for this account');

  const user = await findUserWithHash(auth.db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid) {
    auth.addresses.recordFailure(address, nowMs);
    await recordAccountFailure(auth.db, email, now, auth.settings);
    throw new AppError(401, 'invalid_credentials', 'The email or the password is not right.');
  }
  await clearAccountFailures(auth.db, email);
  if (needsRehash(user.passwordHash)) await updateUser(auth.db, user.id, { passwordHash: await hashPassword(password) });
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

/** Opens a session for the person, sets its cookie and returns what the workspace shows. */
export async function openSession(c: Context, auth: AuthContext, user: User): Promise<SessionView> {
  // Signing in is rare and never on a respondent's path: a fair moment to clear ended rows.
  await auth.sweepStaleRows(auth.clock());
  const now = auth.clock();
  const { id, session } = await createSession(auth.db, user.id, now, auth.settings);
  await recordSignIn(auth.db, user.id, now);
  writeSessionCookie(c, id, auth.settings);
  return sessionView(user, await membershipsOf(auth.db, user.id), session.csrfToken);
}
