import { Navigate, type RouteObject } from 'react-router';
import { AcceptInvitationPage } from './account/accept-invitation-page';
import { ResetPasswordPage } from './account/reset-password-page';
import { analysisRoutes } from './analysis/routes';
import { ConsultationPage } from './consultations/consultation-page';
import { ConsultationsListPage } from './consultations/consultations-list-page';
import { LaunchPage } from './consultations/launch-page';
import { ResponsesPage } from './consultations/responses-page';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';
import { PartnershipPage } from './partnerships/partnership-page';
import { PartnershipsListPage } from './partnerships/partnerships-list-page';
import { NewQuestionnairePage } from './questionnaires/new-questionnaire-page';
import { PreviewPage } from './questionnaires/preview-page';
import { QuestionnairePage } from './questionnaires/questionnaire-page';
import { QuestionnairesListPage } from './questionnaires/questionnaires-list-page';
import { PublicLayout, SignedInLayout } from './shell/layout';
import { TokensPage } from './tokens/tokens-page';

/** Every workspace screen, under /workspace; the analysis area adds its own (analysis/routes.tsx). */
export const workspaceRoutes: RouteObject[] = [
  {
    path: '/workspace',
    element: <PublicLayout />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'accept/:token', element: <AcceptInvitationPage /> },
      { path: 'reset/:token', element: <ResetPasswordPage /> },
    ],
  },
  {
    path: '/workspace',
    element: <SignedInLayout />,
    children: [
      { index: true, element: <Navigate to="/workspace/consultations" replace /> },
      { path: 'consultations', element: <ConsultationsListPage /> },
      { path: 'consultations/new', element: <LaunchPage /> },
      { path: 'consultations/:id', element: <ConsultationPage /> },
      { path: 'consultations/:id/responses', element: <ResponsesPage /> },
      { path: 'questionnaires', element: <QuestionnairesListPage /> },
      { path: 'questionnaires/new', element: <NewQuestionnairePage /> },
      { path: 'questionnaires/:id', element: <QuestionnairePage /> },
      { path: 'questionnaires/:id/preview/:version', element: <PreviewPage /> },
      { path: 'partnerships', element: <PartnershipsListPage /> },
      { path: 'partnerships/:id', element: <PartnershipPage /> },
      { path: 'tokens', element: <TokensPage /> },
      ...analysisRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
