import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import type { Caller } from './caller';
import { findCallerByToken } from './tokens.repository';

export type AuthEnv = { Variables: { caller: Caller } };

export function requireCaller(db: Kysely<Database>) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new AppError(401, 'unauthorized', 'Send an API token in the header "Authorization: Bearer <token>".', undefined, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const caller = await findCallerByToken(db, match[1]);
    if (!caller) {
      throw new AppError(401, 'unauthorized', 'This API token is not recognised. Ask an admin for a new one.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    c.set('caller', caller);
    await next();
  });
}
