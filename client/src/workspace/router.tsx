import { Navigate, type RouteObject } from 'react-router';
import { analysisRoutes } from './analysis/routes';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';
import { PublicLayout, SignedInLayout } from './shell/layout';

/**
 * Every workspace screen, under /workspace; the analysis area adds its own (analysis/routes.tsx).
 * Each screen but sign-in is its own chunk, loaded when the route is entered: opening one
 * screen does not download and compile all the others (the questionnaire editor's and the QR
 * poster's code among them).
 */
export const workspaceRoutes: RouteObject[] = [
  {
    path: '/workspace',
    element: <PublicLayout />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'accept/:token', lazy: async () => ({ Component: (await import('./account/accept-invitation-page')).AcceptInvitationPage }) },
      { path: 'reset/:token', lazy: async () => ({ Component: (await import('./account/reset-password-page')).ResetPasswordPage }) },
    ],
  },
  {
    path: '/workspace',
    element: <SignedInLayout />,
    children: [
      { index: true, element: <Navigate to="/workspace/consultations" replace /> },
      { path: 'consultations', lazy: async () => ({ Component: (await import('./consultations/consultations-list-page')).ConsultationsListPage }) },
      { path: 'consultations/new', lazy: async () => ({ Component: (await import('./consultations/launch-page')).LaunchPage }) },
      { path: 'consultations/:id', lazy: async () => ({ Component: (await import('./consultations/consultation-page')).ConsultationPage }) },
      { path: 'consultations/:id/responses', lazy: async () => ({ Component: (await import('./consultations/responses-page')).ResponsesPage }) },
      { path: 'questionnaires', lazy: async () => ({ Component: (await import('./questionnaires/questionnaires-list-page')).QuestionnairesListPage }) },
      { path: 'questionnaires/new', lazy: async () => ({ Component: (await import('./questionnaires/new-questionnaire-page')).NewQuestionnairePage }) },
      { path: 'questionnaires/:id', lazy: async () => ({ Component: (await import('./questionnaires/questionnaire-page')).QuestionnairePage }) },
      { path: 'questionnaires/:id/versions/:version/links', lazy: async () => ({ Component: (await import('./questionnaires/links-page')).LinksPage }) },
      { path: 'questionnaires/:id/versions/:version/themes', lazy: async () => ({ Component: (await import('./questionnaires/choice-themes-page')).ChoiceThemesPage }) },
      { path: 'questionnaires/:id/preview/:version', lazy: async () => ({ Component: (await import('./questionnaires/preview-page')).PreviewPage }) },
      { path: 'partnerships', lazy: async () => ({ Component: (await import('./partnerships/partnerships-list-page')).PartnershipsListPage }) },
      { path: 'partnerships/:id', lazy: async () => ({ Component: (await import('./partnerships/partnership-page')).PartnershipPage }) },
      { path: 'tokens', lazy: async () => ({ Component: (await import('./tokens/tokens-page')).TokensPage }) },
      { path: 'people', lazy: async () => ({ Component: (await import('./people/people-page')).PeoplePage }) },
      ...analysisRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
