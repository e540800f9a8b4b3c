import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { requireRawAccess } from '../consultations/require-consultation';
import { listResponses } from './responses.repository';
import { ResponsesQuery } from './responses.schemas';

/** Raw responses: only the partnership's researchers (and admins) read them. */
export function responseRoutes({ db }: AppDeps) {
  return new Hono<AuthEnv>().get('/:id/responses', async (c) => {
    const consultation = await requireRawAccess(db, c.req.param('id'), c.get('caller'));
    const query = ResponsesQuery.parse(c.req.query());
    const limit = Math.min(Math.max(query.limit || 100, 1), 1000);
    const after = query.after || 0;
    const responses = await listResponses(db, consultation.id, { after, limit });
    const next = responses.length === limit ? responses.at(-1)!.seq : null;
    return c.json({ responses, next });
  });
}
