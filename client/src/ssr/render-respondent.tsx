import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { ConsultationPayload } from '../api';
import type { FirstPagePreview } from '../components/survey-preview';
import { directionOf, htmlLangOf } from '../i18n/languages';
import { Respondent, startingState } from '../respondent-app';
import type { RenderedPreview } from './first-page-preview';
import { parseRoute } from '../route';
import { progressKey } from '../storage/progress';

export type DrawnPage = {
  /** The markup of #root: the screen the app itself would show first. */
  html: string;
  /** What <body data-screen> says until the app takes over. */
  screen: string;
  /** The locale the page is drawn in; the preview, when there is one, is in it too. */
  locale: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  preview: FirstPagePreview | null;
  /** survey-react-ui's theme for the preview, which the page carries once. */
  themeCss: string | null;
  /**
   * On the consent screen: the screen after it (the first page), drawn too, so a consent given
   * before the app's JavaScript arrives shows it at once instead of costing a round trip.
   */
  next: string | null;
};

/**
 * Draws the first screen of a respondent link on the server, with the app's own components:
 * the language or consent screen, or (after a consent given before the app loaded) the
 * questionnaire's first page. The app replaces it with the same screen once its JavaScript
 * runs. `firstPage` renders that page in a locale; the caller caches it.
 */
export async function drawRespondentPage(
  pathname: string,
  search: string,
  payload: ConsultationPayload,
  firstPage: (locale: string, kiosk: boolean) => Promise<RenderedPreview>,
): Promise<DrawnPage | null> {
  const route = parseRoute(pathname, search);
  if (route.kind !== 'respondent') return null;
  const start = startingState(route, payload, progressKey(route.slug, route.kiosk));
  const chosen = route.lang !== null && payload.locales.includes(route.lang);
  const rendered = chosen ? await firstPage(start.locale, route.kiosk) : null;
  const preview = rendered ? { locale: start.locale, html: rendered.html } : null;
  const draw = (at: typeof route) => renderToString(
    <StrictMode>
      <Respondent route={at} payload={payload} preview={preview} />
    </StrictMode>,
  );
  // Which community is picked does not change how the first page looks.
  const started = { ...route, start: { community: payload.communities[0] ?? null } };
  const next = start.screen === 'consent' && preview ? draw(started) : null;
  return {
    html: draw(route),
    next,
    screen: start.screen,
    locale: start.locale,
    htmlLang: htmlLangOf(start.locale),
    dir: start.screen === 'language' ? 'ltr' : directionOf(start.locale),
    title: payload.consultation.title,
    preview,
    themeCss: rendered?.themeCss ?? null,
  };
}
