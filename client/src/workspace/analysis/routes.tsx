import type { RouteObject } from 'react-router';
import './analysis.css';

/**
 * Screens of the analysis area, mounted under /workspace (paths relative to it). Each loads as
 * its own chunk: the charts' library stays out of the rest of the workspace.
 */
export const analysisRoutes: RouteObject[] = [
  { path: 'consultations/:id/review', lazy: async () => ({ Component: (await import('./review-page')).ReviewPage }) },
  { path: 'results', lazy: async () => ({ Component: (await import('./results-page')).ResultsPage }) },
];

/** Links the layout adds to the main navigation. */
export const analysisNav: { to: string; label: { en: string; fr: string } }[] = [{ to: '/workspace/results', label: { en: 'Results', fr: 'Résultats' } }];
