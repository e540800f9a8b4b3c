import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import type { Caller } from '../auth/caller';
import { requireRawAccess } from '../consultations/require-consultation';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { consultationAgreement } from './agreement';
import { BulkAcceptInput, DecisionsInput, ReviewQuery } from './coding.schemas';
import { codeAllPending } from './coding-runner';
import { recordDecisions } from './review.repository';
import { bulkAccept, reviewQueue } from './review-queue';

/** Coding and review read open answers word for word: the partnership's researchers only. */
export function codingRoutes({ db, clock, coder }: AppDeps) {
  const load = (id: string, caller: Caller) => requireRawAccess(db, id, caller);

  return new Hono<AuthEnv>()
    .post('/:id/coding/run', async (c) => {
      const consultation = await load(c.req.param('id'), c.get('caller'));
      return c.json({ coded: await codeAllPending(db, { now: clock(), consultationId: consultation.id, ...(coder && { coder }) }) });
    })
    .get('/:id/review', async (c) => {
      const consultation = await load(c.req.param('id'), c.get('caller'));
      const query = ReviewQuery.parse(c.req.query());
      const limit = Math.min(Math.max(query.limit || 20, 1), 200);
      const scope = query.scope ?? 'pending';
      return c.json(await reviewQueue(db, { consultationId: consultation.id, reviewer: c.get('caller').actorId, scope, limit }));
    })
    .post('/:id/review/bulk-accept', async (c) => {
      const consultation = await load(c.req.param('id'), c.get('caller'));
      const { minConfidence } = await readJsonBody(c, BulkAcceptInput);
      return c.json({ accepted: await bulkAccept(db, { consultationId: consultation.id, minConfidence, reviewer: c.get('caller').actorId, now: clock() }) });
    })
    .post('/:id/review', async (c) => {
      const consultation = await load(c.req.param('id'), c.get('caller'));
      const input = await readJsonBody(c, DecisionsInput);
      const recorded = await recordDecisions(db, { consultationId: consultation.id, ...input, coder: c.get('caller').actorId, now: clock() });
      if (!recorded) throw new AppError(404, 'not_found', 'This response is not in this consultation, or it has not been coded yet.');
      return c.json({ status: 'recorded' });
    })
    .get('/:id/agreement', async (c) => {
      const consultation = await load(c.req.param('id'), c.get('caller'));
      return c.json(await consultationAgreement(db, consultation.id));
    });
}
