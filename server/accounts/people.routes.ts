import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthContext } from '../auth/auth-context';
import type { AuthEnv } from '../auth/bearer.middleware';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { findPartnership } from '../partnerships/partnerships.repository';
import { InvitationInput, RoleChange } from './account.schemas';
import { createInvitation, deleteInvitation, listInvitations } from './invitations.repository';
import { assertCanGrant, assertCanManagePeople } from './people-rules';
import { peopleOf, removeRole, setRole } from './users.repository';

/** A partnership's people and invitations: /api/partnerships/{id}/people and …/invitations. */
export function peopleRoutes({ db }: AppDeps, auth: AuthContext) {
  async function partnershipOf(id: string) {
    const partnership = await findPartnership(db, id);
    if (!partnership) throw new AppError(404, 'partnership_not_found', 'No partnership has this id.');
    return partnership;
  }
  async function personIn(partnershipId: string, userId: string) {
    const person = (await peopleOf(db, partnershipId)).find((p) => p.userId === userId);
    if (!person) throw new AppError(404, 'user_not_found', 'Nobody with this id belongs to this partnership.');
    return person;
  }

  return new Hono<AuthEnv>()
    .get('/:id/people', async (c) => {
      const partnership = await partnershipOf(c.req.param('id'));
      assertCanManagePeople(c.get('caller'), partnership.id);
      return c.json({ people: await peopleOf(db, partnership.id) });
    })
    .patch('/:id/people/:userId', async (c) => {
      const partnership = await partnershipOf(c.req.param('id'));
      const caller = c.get('caller');
      const { role } = await readJsonBody(c, RoleChange);
      const person = await personIn(partnership.id, c.req.param('userId'));
      // Both the role they have and the one they get must be within the caller's own.
      assertCanGrant(caller, partnership.id, person.role);
      assertCanGrant(caller, partnership.id, role);
      await setRole(db, person.userId, partnership.id, role, auth.clock());
      return c.json({ ...person, role });
    })
    .delete('/:id/people/:userId', async (c) => {
      const partnership = await partnershipOf(c.req.param('id'));
      const person = await personIn(partnership.id, c.req.param('userId'));
      assertCanGrant(c.get('caller'), partnership.id, person.role);
      await removeRole(db, person.userId, partnership.id);
      return c.body(null, 204);
    })
    .post('/:id/invitations', async (c) => {
      const partnership = await partnershipOf(c.req.param('id'));
      const caller = c.get('caller');
      const input = await readJsonBody(c, InvitationInput);
      assertCanGrant(caller, partnership.id, input.role);
      const { invitation, token } = await createInvitation(
        db,
        { partnershipId: partnership.id, email: input.email, role: input.role, invitedBy: caller.actorId },
        auth.clock(),
        auth.settings.invitationMs,
      );
      const { id, email, role, expiresAt } = invitation;
      return c.json({ id, email, role, expiresAt, link: `/workspace/accept/${token}` }, 201);
    })
    .get('/:id/invitations', async (c) => {
      const partnership = await partnershipOf(c.req.param('id'));
      assertCanManagePeople(c.get('caller'), partnership.id);
      const invitations = (await listInvitations(db, partnership.id)).map(({ partnershipId: _p, ...rest }) => rest);
      return c.json({ invitations });
    })
    .delete('/:id/invitations/:invitationId', async (c) => {
      const partnership = await partnershipOf(c.req.param('id'));
      assertCanManagePeople(c.get('caller'), partnership.id);
      if (!(await deleteInvitation(db, partnership.id, c.req.param('invitationId')))) {
        throw new AppError(404, 'invitation_not_found', 'This partnership has no invitation with this id.');
      }
      return c.body(null, 204);
    });
}
