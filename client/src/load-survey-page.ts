/** The survey chunk (survey-core and survey-react-ui), fetched once and shared. */
let pending: Promise<typeof import('./pages/survey-page')> | null = null;

export function loadSurveyPage(): Promise<typeof import('./pages/survey-page')> {
  pending ??= import('./pages/survey-page').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

/** Fetches the chunk in the background, so it is there (and cached) before consent is given. */
export function prefetchSurveyPage(): void {
  const start = () => void loadSurveyPage().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 1500 });
  else setTimeout(start, 300);
}
