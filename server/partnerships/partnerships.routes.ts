import { Hono } from 'hono';
import type { AuthEnv } from '../auth/bearer.middleware';
import { assertAdmin, assertCanRead, assertCanWrite, visiblePartnerships } from '../auth/caller';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { MemberInput, PartnershipInput } from './partnerships.schemas';
import { addMember, createPartnership, findPartnership, listPartnerships } from './partnerships.repository';

export function partnershipRoutes({ db, clock }: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const caller = c.get('caller');
      const partnerships = await listPartnerships(db, visiblePartnerships(caller));
      return c.json({ partnerships });
    })
    .post('/', async (c) => {
      assertAdmin(c.get('caller'));
      const input = await readJsonBody(c, PartnershipInput);
      return c.json(await createPartnership(db, input, clock()), 201);
    })
    .get('/:id', async (c) => {
      const partnership = await findPartnership(db, c.req.param('id'));
      if (!partnership) throw new AppError(404, 'partnership_not_found', 'No partnership has this id.');
      assertCanRead(c.get('caller'), partnership.id);
      return c.json(partnership);
    })
    .post('/:id/members', async (c) => {
      const partnership = await findPartnership(db, c.req.param('id'));
      if (!partnership) throw new AppError(404, 'partnership_not_found', 'No partnership has this id.');
      assertCanWrite(c.get('caller'), partnership.id);
      const member = await readJsonBody(c, MemberInput);
      return c.json(await addMember(db, partnership.id, member, clock()), 201);
    });
}
