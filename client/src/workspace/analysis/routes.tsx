import type { RouteObject } from 'react-router';
import { api } from '../shell/api';
import { likelyLocale } from '../shell/locale';
import { queryClient } from '../shell/query-client';
import { prefetchResults } from './results-queries';
import './analysis.css';

/**
 * Screens of the analysis area, mounted under /workspace (paths relative to it). Each loads as
 * its own chunk, loaded only when the screen is opened.
 */
export const analysisRoutes: RouteObject[] = [
  { path: 'consultations/:id/review', lazy: async () => ({ Component: (await import('./review-page')).ReviewPage }) },
  {
    path: 'results',
    // Runs while the page's code loads: the figures' requests and the lists for the filters all
    // start at once instead of one after another.
    loader: ({ request }) => {
      prefetchResults(queryClient, new URL(request.url), likelyLocale());
      void queryClient.prefetchQuery({ queryKey: ['partnerships'], queryFn: () => api('/api/partnerships') });
      void queryClient.prefetchQuery({ queryKey: ['consultations'], queryFn: () => api('/api/consultations') });
      return null;
    },
    lazy: async () => ({ Component: (await import('./results-page')).ResultsPage }),
  },
];

/** Links the layout adds to the main navigation. */
export const analysisNav: { to: string; label: { en: string; fr: string } }[] = [{ to: '/workspace/results', label: { en: 'Results', fr: 'Résultats' } }];
