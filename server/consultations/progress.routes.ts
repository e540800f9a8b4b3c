import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { assertCanRead } from '../auth/caller';
import { consultationProgress } from './progress.repository';
import { requireConsultation } from './require-consultation';

/**
 * GET /api/consultations/{id}/progress: counts only, never an answer, so every member of the
 * partnership may watch them, viewers included.
 */
export function progressRoutes({ db }: AppDeps) {
  return new Hono<AuthEnv>().get('/:id/progress', async (c) => {
    const consultation = await requireConsultation(db, c.req.param('id'));
    assertCanRead(c.get('caller'), consultation.partnershipId);
    c.header('cache-control', 'no-store');
    return c.json(await consultationProgress(db, consultation));
  });
}
