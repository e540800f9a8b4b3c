import { Hono } from 'hono';
import type { AuthContext } from '../auth/auth-context';
import type { AuthEnv } from '../auth/bearer.middleware';
import { AppError } from '../errors';
import { listAccounts } from './users.repository';

/** GET /api/users: every account on this server, for a global admin only. */
export function everyoneRoutes(auth: AuthContext) {
  return new Hono<AuthEnv>().get('/', async (c) => {
    // A partnership's researchers see its people through /api/partnerships/{id}/people; the list
    // of everyone crosses partnerships, so it is the global admins' alone.
    if (!c.get('caller').isAdmin) throw new AppError(403, 'forbidden', 'Only a global admin can see everyone who has an account.');
    return c.json({ users: await listAccounts(auth.db) });
  });
}
