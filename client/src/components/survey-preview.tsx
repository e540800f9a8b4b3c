import type { AppStrings } from '../i18n/strings';

/** The first page of the questionnaire as the server drew it with survey-react-ui. */
export type FirstPagePreview = { locale: string; html: string };

/**
 * Shows the server-drawn first page while survey-core downloads, so a respondent on a slow
 * phone can start reading. It is inert (nothing can be clicked or typed that would be lost)
 * and says it is still loading; the live survey replaces it. styles.css keeps it invisible
 * until the survey's own stylesheet has arrived, which reveals it.
 */
export function SurveyPreview({ preview, strings }: { preview: FirstPagePreview; strings: AppStrings }) {
  return (
    <div className="survey-preview">
      <p className="preview-status" role="status">{strings.loading}</p>
      <div className="survey-preview-page" data-locale={preview.locale} inert dangerouslySetInnerHTML={{ __html: preview.html }} />
    </div>
  );
}

/**
 * The preview the server drew into the page (see server/web/respondent-page.ts): showing, or
 * in the consent screen's next screen. Read before the app's first render replaces #root.
 */
export function readServerPreview(): FirstPagePreview | null {
  if (typeof document === 'undefined') return null;
  const next = document.getElementById('tessera-next-screen');
  const page = document.querySelector('#root .survey-preview-page')
    ?? (next instanceof HTMLTemplateElement ? next.content.querySelector('.survey-preview-page') : null);
  if (!(page instanceof HTMLElement) || !page.dataset.locale) return null;
  return { locale: page.dataset.locale, html: page.innerHTML };
}
