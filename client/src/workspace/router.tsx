import { Navigate, type RouteObject } from 'react-router';
import { analysisRoutes } from './analysis/routes';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';
import { PublicLayout, SignedInLayout } from './shell/layout';

/** Every workspace screen, under /workspace; the analysis area adds its own (analysis/routes.tsx). */
export const workspaceRoutes: RouteObject[] = [
  {
    path: '/workspace',
    element: <PublicLayout />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
    ],
  },
  {
    path: '/workspace',
    element: <SignedInLayout />,
    children: [
      { index: true, element: <Navigate to="/workspace/consultations" replace /> },
      ...analysisRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
