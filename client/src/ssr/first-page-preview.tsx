import { renderToString } from 'react-dom/server';
import { Survey } from 'survey-react-ui';
import { createSurveyModel } from '../pages/survey-model';
import { loadSurveyLocale } from '../pages/survey-locales';

/**
 * The questionnaire's first page as survey-react-ui draws it, rendered to HTML on the server.
 * On a slow phone survey-core takes seconds to arrive; this markup lets the first questions
 * be read meanwhile, and the live survey replaces it when it is ready. Nothing in it is
 * interactive: the page shows it inert.
 */
export async function renderFirstPagePreview(json: Record<string, unknown>, locale: string, kiosk: boolean): Promise<RenderedPreview> {
  await loadSurveyLocale(locale);
  const model = createSurveyModel(json, { locale, data: {}, pageNo: 0, kiosk });
  const html = renderToString(<Survey model={model} />);
  // survey-react-ui writes its theme (~170 KB of custom properties) into every survey it draws.
  // The page carries it once, and the markup, which may appear twice, without it.
  const theme = THEME_STYLE.exec(html);
  if (!theme) return { html, themeCss: '' };
  return { html: html.slice(0, theme.index) + html.slice(theme.index + theme[0].length), themeCss: theme[1] ?? '' };
}

export type RenderedPreview = { html: string; themeCss: string };

const THEME_STYLE = /<style>([\s\S]*?)<\/style>/;
