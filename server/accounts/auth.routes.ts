import { Hono } from 'hono';
import { z } from 'zod';
import { EXAMPLE_PERSON } from '../openapi/example-ids';
import type { AuthContext } from '../auth/auth-context';
import { requireSession, type AuthEnv } from '../auth/bearer.middleware';
import { readJsonBody } from '../lib/validate-body';
import { assertSameOrigin } from './request-origin';
import { clearSessionCookie } from './session-cookie';
import { endSession, endSessionsOf } from './sessions.repository';
import { sessionView } from './session-view';
import { checkCredentials, openSession } from './sign-in';
import { updateUser } from './users.repository';

export const SignInInput = z
  .strictObject({
    email: z.string().trim().min(1).max(320),
    password: z.string().min(1).max(1024),
  })
  .meta({ examples: [{ email: EXAMPLE_PERSON.email, password: EXAMPLE_PERSON.password }] });

export const SessionPatch = z.strictObject({ locale: z.enum(['en', 'fr']) }).meta({ examples: [{ locale: 'fr' }] });

/** Sign-in, the current session, the language choice and sign-out. */
export function authRoutes(auth: AuthContext) {
  const session = requireSession(auth);
  return new Hono<AuthEnv>()
    .use(async (c, next) => {
      await next();
      // A session carries its CSRF token: no shared cache may keep it.
      c.header('Cache-Control', 'no-store');
    })
    .post('/sign-in', async (c) => {
      // No session yet, so no CSRF token: refusing other sites' origins stops forced sign-ins.
      assertSameOrigin(c, auth.settings);
      const input = await readJsonBody(c, SignInInput);
      const user = await checkCredentials(c, auth, input.email, input.password);
      return c.json(await openSession(c, auth, user));
    })
    .get('/session', session, (c) => {
      const { user, memberships, session: stored } = c.get('signedIn')!;
      return c.json(sessionView(user, memberships, stored.csrfToken));
    })
    .patch('/session', session, async (c) => {
      const input = await readJsonBody(c, SessionPatch);
      const { user, memberships, session: stored } = c.get('signedIn')!;
      await updateUser(auth.db, user.id, { locale: input.locale });
      return c.json(sessionView({ ...user, locale: input.locale }, memberships, stored.csrfToken));
    })
    .post('/sign-out', session, async (c) => {
      await endSession(auth.db, c.get('signedIn')!.session.idHash);
      clearSessionCookie(c, auth.settings);
      return c.body(null, 204);
    })
    .post('/sign-out-everywhere', session, async (c) => {
      await endSessionsOf(auth.db, c.get('signedIn')!.user.id);
      clearSessionCookie(c, auth.settings);
      return c.body(null, 204);
    });
}
