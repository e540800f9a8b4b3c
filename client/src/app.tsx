import { Suspense, lazy, useMemo } from 'react';
import { useScreen } from './components/use-screen';
import { RespondentApp } from './respondent-app';
import { parseRoute } from './route';

const PosterPage = lazy(() => import('./pages/poster-page').then((module) => ({ default: module.PosterPage })));

export function App() {
  const route = useMemo(() => parseRoute(window.location.pathname, window.location.search), []);
  if (route.kind === 'respondent') return <RespondentApp route={route} />;
  if (route.kind === 'poster') {
    return (
      <Suspense fallback={null}>
        <PosterPage slug={route.slug} community={route.community} />
      </Suspense>
    );
  }
  return <NotFound />;
}

function NotFound() {
  useScreen('error-not_found');
  return (
    <main id="main" className="error-page">
      <p lang="en">This page does not exist.</p>
      <p lang="fr">Cette page n’existe pas.</p>
    </main>
  );
}
