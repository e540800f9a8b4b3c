import { Hono } from 'hono';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { AcceptInput, NewPassword } from './account.schemas';
import { findInvitationByToken, markInvitationAccepted } from './invitations.repository';
import { assertLinkUsable } from './one-time-links';
import { hashPassword } from './passwords';
import { assertSameOrigin } from './request-origin';
import { checkCredentials, openSession } from './sign-in';
import { createUser, findUserWithHash, setRole, type User } from './users.repository';

const CODES = { missing: 'invitation_not_found', used: 'invitation_used', expired: 'invitation_expired' } as const;

/**
 * The invitee's side, before they can sign in: what the link offers, and accepting it. Someone
 * who already has an account accepts with their current password; anyone else chooses one.
 */
export function invitationLinkRoutes(auth: AuthContext) {
  /** Checks what a new account needs and hashes its password, before anything is written. */
  async function newAccount(input: { name?: string | undefined; password: string }): Promise<{ name: string; passwordHash: string }> {
    const problems = [
      ...(input.name ? [] : [{ field: 'name', code: 'too_small', message: 'Give your name: the people of the partnership see it.' }]),
      ...NewPassword.safeParse(input.password).error?.issues.map((issue) => ({ field: 'password', code: issue.code, message: issue.message })) ?? [],
    ];
    if (problems.length) throw new AppError(400, 'invalid_body', 'Choose a name and a password to create your account; see fields.', problems);
    return { name: input.name!, passwordHash: await hashPassword(input.password) };
  }

  return new Hono()
    .get('/:token', async (c) => {
      const invitation = await findInvitationByToken(auth.db, c.req.param('token'));
      assertLinkUsable(invitation && { usedAt: invitation.acceptedAt, expiresAt: invitation.expiresAt }, auth.clock(), CODES, 'invitation');
      const { email, partnershipName, role, expiresAt } = invitation!;
      const hasAccount = (await findUserWithHash(auth.db, email)) !== undefined;
      return c.json({ email, partnershipName, role, expiresAt, hasAccount });
    })
    .post('/:token/accept', async (c) => {
      assertSameOrigin(c, auth.settings);
      const input = await readJsonBody(c, AcceptInput);
      const now = auth.clock();
      const invitation = await findInvitationByToken(auth.db, c.req.param('token'));
      assertLinkUsable(invitation && { usedAt: invitation.acceptedAt, expiresAt: invitation.expiresAt }, now, CODES, 'invitation');
      const { id, email, partnershipId, role } = invitation!;
      const existing = (await findUserWithHash(auth.db, email)) ? await checkCredentials(c, auth, email, input.password) : undefined;
      const account = existing ? undefined : await newAccount(input);
      // One transaction: the link is used at most once even when two requests race, and a
      // failure leaves it usable.
      const user = await auth.db.transaction().execute(async (trx): Promise<User | undefined> => {
        if (!(await markInvitationAccepted(trx, id, now))) return undefined;
        const person = existing ?? (await createUser(trx, { email, ...account!, isAdmin: false }, now));
        await setRole(trx, person.id, partnershipId, role, now);
        return person;
      });
      if (!user) throw new AppError(410, 'invitation_used', 'This invitation link has already been used. Ask for a new one if you need it.');
      return c.json(await openSession(c, auth, user));
    });
}
