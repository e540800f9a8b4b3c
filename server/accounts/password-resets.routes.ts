import { Hono } from 'hono';
import type { AuthContext } from '../auth/auth-context';
import type { AuthEnv } from '../auth/bearer.middleware';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { clearAccountFailures } from './account-throttle.repository';
import { ResetInput } from './account.schemas';
import { assertLinkUsable } from './one-time-links';
import { hashPassword } from './passwords';
import { createPasswordReset, findPasswordReset, markPasswordResetUsed } from './password-resets.repository';
import { assertCanReset } from './people-rules';
import { assertSameOrigin } from './request-origin';
import { endSessionsOf } from './sessions.repository';
import { findUserById, membershipsOf, updateUser } from './users.repository';

const CODES = { missing: 'reset_not_found', used: 'reset_used', expired: 'reset_expired' } as const;

/** POST /api/users/{userId}/password-reset: a link for the admin to pass on (no mail server). */
export function userRoutes(auth: AuthContext) {
  return new Hono<AuthEnv>().post('/:userId/password-reset', async (c) => {
    const caller = c.get('caller');
    const user = await findUserById(auth.db, c.req.param('userId'));
    if (!user) throw new AppError(404, 'user_not_found', 'No person has this id.');
    assertCanReset(caller, user, await membershipsOf(auth.db, user.id));
    const { token, expiresAt } = await createPasswordReset(auth.db, { userId: user.id, createdBy: caller.actorId }, auth.clock(), auth.settings.passwordResetMs);
    return c.json({ link: `/workspace/reset/${token}`, expiresAt }, 201);
  });
}

/** The person's side of the reset link: whose it is, and choosing the new password. */
export function passwordResetLinkRoutes(auth: AuthContext) {
  return new Hono()
    .get('/:token', async (c) => {
      const reset = await findPasswordReset(auth.db, c.req.param('token'));
      assertLinkUsable(reset, auth.clock(), CODES, 'password reset');
      return c.json({ email: reset!.email, expiresAt: reset!.expiresAt });
    })
    .post('/:token', async (c) => {
      assertSameOrigin(c, auth.settings);
      const input = await readJsonBody(c, ResetInput);
      const now = auth.clock();
      const reset = await findPasswordReset(auth.db, c.req.param('token'));
      assertLinkUsable(reset, now, CODES, 'password reset');
      const passwordHash = await hashPassword(input.password);
      const changed = await auth.db.transaction().execute(async (trx) => {
        if (!(await markPasswordResetUsed(trx, reset!.id, now))) return false;
        await updateUser(trx, reset!.userId, { passwordHash });
        // Whoever knew the old password is signed out everywhere.
        await endSessionsOf(trx, reset!.userId);
        return true;
      });
      if (!changed) throw new AppError(410, 'reset_used', 'This password reset link has already been used. Ask for a new one if you need it.');
      await clearAccountFailures(auth.db, reset!.email);
      return c.body(null, 204);
    });
}
