import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppDeps } from './app-deps';
import { authRoutes } from './accounts/auth.routes';
import { everyoneRoutes } from './accounts/everyone.routes';
import { invitationLinkRoutes } from './accounts/invitation-links.routes';
import { passwordResetLinkRoutes, userRoutes } from './accounts/password-resets.routes';
import { peopleRoutes } from './accounts/people.routes';
import { createAuthContext } from './auth/auth-context';
import { requireCaller } from './auth/bearer.middleware';
import { tokenRoutes } from './auth/tokens.routes';
import { consultationRoutes } from './consultations/consultations.routes';
import { progressRoutes } from './consultations/progress.routes';
import { AppError, renderError } from './errors';
import { intakeRoutes } from './intake/intake.routes';
import { createPublicConsultations } from './intake/public-consultation';
import { openApiRoutes } from './openapi/openapi.routes';
import { partnershipRoutes } from './partnerships/partnerships.routes';
import { questionnaireCheckRoutes } from './questionnaires/check.routes';
import { themeSuggestionRoutes } from './questionnaires/theme-suggestions.routes';
import { questionnaireRoutes } from './questionnaires/questionnaires.routes';
import { codingRoutes } from './coding/coding.routes';
import { insightRoutes } from './insights/insights.routes';
import { exportRoutes } from './responses/export.routes';
import { responseRoutes } from './responses/responses.routes';
import { translationRoutes } from './translations/translations.routes';
import { webRoutes } from './web/web.routes';

export function createApp(deps: AppDeps) {
  const { db } = deps;
  const auth = createAuthContext(deps);
  const authenticated = requireCaller(auth);
  const consultations = createPublicConsultations(db);
  const app = new Hono()
    .get('/api/health', async (c) => {
      try {
        await sql`select 1`.execute(db);
      } catch {
        throw new AppError(503, 'database_unavailable', 'The server cannot reach its database.');
      }
      return c.json({ status: 'ok' });
    })
    .route('/api', openApiRoutes())
    .route('/api/c', intakeRoutes(deps, consultations))
    .route('/api/auth', authRoutes(auth))
    .route('/api/invitations', invitationLinkRoutes(auth))
    .route('/api/password-resets', passwordResetLinkRoutes(auth))
    .use('/api/partnerships/*', authenticated)
    .use('/api/questionnaires/*', authenticated)
    .use('/api/consultations/*', authenticated)
    .use('/api/tokens/*', authenticated)
    .use('/api/analysis/*', authenticated)
    .use('/api/users/*', authenticated)
    .route('/api/partnerships', peopleRoutes(deps, auth))
    .route('/api/users', everyoneRoutes(auth))
    .route('/api/users', userRoutes(auth))
    .route('/api/partnerships', partnershipRoutes(deps))
    .route('/api/questionnaires', questionnaireRoutes(deps))
    .route('/api/questionnaires', questionnaireCheckRoutes())
    .route('/api/questionnaires', themeSuggestionRoutes())
    .route('/api/questionnaires', translationRoutes(deps))
    .route('/api/consultations', consultationRoutes(deps))
    .route('/api/consultations', progressRoutes(deps))
    .route('/api/consultations', responseRoutes(deps))
    .route('/api/consultations', exportRoutes(deps))
    .route('/api/consultations', codingRoutes(deps))
    .route('/api/analysis', insightRoutes(deps))
    .route('/api/tokens', tokenRoutes(deps));

  app.all('/api/*', () => {
    throw new AppError(404, 'not_found', 'There is no such API route. The API is described at /api/openapi.json.');
  });
  if (deps.clientDist) app.route('/', webRoutes({ distDir: deps.clientDist, consultations }));
  app.onError(renderError);
  app.notFound((c) => c.json({ code: 'not_found', message: 'Nothing is here.' }, 404));
  return app;
}

export type TesseraApp = ReturnType<typeof createApp>;
