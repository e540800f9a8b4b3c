import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import { TokenInput } from '../accounts/account.schemas';
import { DAY, addMs } from '../accounts/secrets';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { findPartnership } from '../partnerships/partnerships.repository';
import type { AuthEnv } from './bearer.middleware';
import { assertAdmin, isResearcherOf, type Caller } from './caller';
import { findTokenById, issueToken, listTokens, revokeToken } from './tokens.repository';

/** The partnerships whose tokens the caller manages: all for an admin, else where they research. */
function managedPartnerships(caller: Caller): 'all' | string[] {
  if (caller.isAdmin) return 'all';
  return caller.memberships.filter((m) => isResearcherOf(caller, m.partnershipId)).map((m) => m.partnershipId);
}

function assertCanManageTokens(caller: Caller, partnershipId: string | null): void {
  if (partnershipId === null) return assertAdmin(caller);
  if (!isResearcherOf(caller, partnershipId)) {
    throw new AppError(403, 'forbidden', "Only an admin or a researcher of this partnership can manage its tokens.");
  }
}

/**
 * Tokens for scripts. Admins manage every token; researchers manage researcher and viewer tokens
 * of their partnerships. The secret is shown once, in the 201 response, and stored only as a hash.
 */
export function tokenRoutes({ db, clock }: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/me', (c) => c.json(c.get('caller')))
    .get('/', async (c) => {
      const managed = managedPartnerships(c.get('caller'));
      if (managed !== 'all' && managed.length === 0) throw new AppError(403, 'forbidden', 'Only an admin or a researcher can see API tokens.');
      return c.json({ tokens: await listTokens(db, managed) });
    })
    .post('/', async (c) => {
      const caller = c.get('caller');
      const input = await readJsonBody(c, TokenInput);
      const partnershipId = input.role === 'admin' ? null : (input.partnershipId ?? null);
      if (input.role !== 'admin' && !partnershipId) {
        throw new AppError(400, 'invalid_body', 'A researcher or viewer token belongs to one partnership: give partnershipId.');
      }
      assertCanManageTokens(caller, partnershipId);
      if (partnershipId && !(await findPartnership(db, partnershipId))) throw new AppError(404, 'partnership_not_found', 'No partnership has this id.');
      const now = clock();
      const expiresAt = input.expiresInDays === undefined ? null : addMs(now, input.expiresInDays * DAY);
      const issued = await issueToken(db, { role: input.role, partnershipId, label: input.label, expiresAt, createdBy: caller.actorId }, now);
      return c.json(issued, 201);
    })
    .delete('/:id', async (c) => {
      const token = await findTokenById(db, c.req.param('id'));
      if (!token) throw new AppError(404, 'token_not_found', 'No API token has this id.');
      assertCanManageTokens(c.get('caller'), token.role === 'admin' ? null : token.partnership_id);
      await revokeToken(db, token.id, clock());
      return c.body(null, 204);
    });
}
