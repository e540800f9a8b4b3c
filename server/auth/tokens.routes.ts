import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { findPartnership } from '../partnerships/partnerships.repository';
import type { AuthEnv } from './bearer.middleware';
import { assertAdmin } from './caller';
import { issueToken } from './tokens.repository';

const TokenInput = z.strictObject({
  role: z.enum(['admin', 'researcher', 'viewer']),
  partnershipId: z.string().nullable().optional(),
  label: z.string().trim().min(1).max(200),
});

/** Admins issue tokens; the secret is shown once, in the 201 response, and stored only as a hash. */
export function tokenRoutes({ db, clock }: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/me', (c) => c.json(c.get('caller')))
    .post('/', async (c) => {
      assertAdmin(c.get('caller'));
      const input = await readJsonBody(c, TokenInput);
      const partnershipId = input.partnershipId ?? null;
      if (input.role !== 'admin') {
        if (!partnershipId) throw new AppError(400, 'invalid_body', 'A researcher or viewer token belongs to one partnership: give partnershipId.');
        if (!(await findPartnership(db, partnershipId))) throw new AppError(404, 'partnership_not_found', 'No partnership has this id.');
      }
      return c.json(await issueToken(db, { role: input.role, partnershipId: input.role === 'admin' ? null : partnershipId, label: input.label }, clock()), 201);
    });
}
