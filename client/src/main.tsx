import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadSurveyPage } from './load-survey-page';
import { parseRoute } from './route';
import { registerServiceWorker } from './sw/register';
import './styles.css';

// survey-core and survey-react-ui download as soon as the app runs, alongside the first screen's
// questionnaire request. Starting them from index.html instead (modulepreload) had the first
// question 0.4 s sooner but the first screen 1 s later: they share one slow link.
if (parseRoute(window.location.pathname, window.location.search).kind === 'respondent') {
  void loadSurveyPage().catch(() => undefined);
}
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
registerServiceWorker();
