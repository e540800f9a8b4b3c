/** The survey chunk (survey-core and survey-react-ui), fetched once and shared. */
let pending: Promise<typeof import('./pages/survey-page')> | null = null;

export function loadSurveyPage(): Promise<typeof import('./pages/survey-page')> {
  pending ??= import('./pages/survey-page').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
