import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ConsultationPayload } from '../../client/src/api';
import type { RenderedPreview } from '../../client/src/ssr/first-page-preview';
import type { DrawnPage } from '../../client/src/ssr/render-respondent';
import { AppError } from '../errors';
import type { PublicConsultations } from '../intake/public-consultation';

export type RespondentPageOptions = { distDir: string; consultations: PublicConsultations };

/** A drawn page, ready to send in each encoding a browser may ask for. */
export type ServedPage = { identity: Uint8Array; gzip: Uint8Array; brotli: Uint8Array };

type Build = {
  shell: string;
  entryCss: string;
  surveyCss: string;
  surveyCssFiles: string[];
  /** survey-page and the chunks it imports, but not the entry, which the page loads anyway. */
  surveyJsFiles: string[];
  /** survey-core's words per locale (client/src/survey-locales/). */
  localeJsFiles: Record<string, string>;
};
type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>;

const MAX_CACHED_PAGES = 200;
const MAX_CACHED_PREVIEWS = 100;

/**
 * The respondent's first screen drawn on the server, inside the built app shell. On a slow
 * phone link the app's JavaScript takes seconds and survey-core more: with the screen in
 * the page, the language or consent screen shows with the HTML, and a consent given before the
 * app has loaded brings back the questionnaire's first page, drawn by survey-react-ui here.
 * The consultation travels in the page, so the app does not fetch it again.
 *
 * Drawn pages depend only on the address and the consultation as respondents see it (never on
 * who asks), so they are cached by those, compressed once. Anything that fails here falls back
 * to the plain shell: the app draws the same screens itself.
 */
export function createRespondentPages({ distDir, consultations }: RespondentPageOptions) {
  let build: Promise<Build> | null = null;
  const renderer = import('../../client/src/ssr/render-respondent');
  const previewer = import('../../client/src/ssr/first-page-preview');
  renderer.catch(() => undefined);
  previewer.catch(() => undefined);
  const pages = new Map<string, Promise<ServedPage>>();
  const previews = new Map<string, Promise<RenderedPreview>>();

  const readBuild = () => (build ??= loadBuild(distDir).catch((error: unknown) => {
    build = null;
    throw error;
  }));

  const firstPage = (versionId: string, survey: Record<string, unknown>) => (locale: string, kiosk: boolean) => {
    const key = `${versionId}|${locale}|${kiosk}`;
    let pending = previews.get(key);
    if (pending === undefined) {
      pending = previewer.then(({ renderFirstPagePreview }) => renderFirstPagePreview(survey, locale, kiosk));
      remember(previews, key, pending, MAX_CACHED_PREVIEWS);
    }
    return pending;
  };

  /** The page for this address, or null when the plain shell should be sent instead. */
  return async function respondentPage(pathname: string, search: string): Promise<ServedPage | null> {
    const slug = /^\/(?:c|kiosk)\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)?.[1];
    if (!slug) return null;
    let consultation;
    try {
      consultation = await consultations.forRespondents(slug);
    } catch (error) {
      // Unknown, draft or closed: the app shows its own explanation.
      if (error instanceof AppError) return null;
      throw error;
    }
    const key = `${pathname}${canonicalSearch(search)}|${consultation.version.id}|${JSON.stringify(consultation.fields)}`;
    let page = pages.get(key);
    if (!page) {
      const payload = { survey: consultation.version.survey, ...consultation.fields } as ConsultationPayload;
      page = Promise.all([renderer, readBuild()]).then(async ([{ drawRespondentPage }, files]) => {
        const drawn = await drawRespondentPage(pathname, search, payload, firstPage(consultation.version.id, consultation.version.survey));
        if (!drawn) throw new Error(`not a respondent address: ${pathname}`);
        return await compressPage(composePage(files, drawn, consultation.text));
      });
      remember(pages, key, page, MAX_CACHED_PAGES);
    }
    return page;
  };
}

/** Puts the drawn screen, the consultation and the preview into the built index.html. */
export function composePage(build: Build, drawn: DrawnPage, payloadText: string): string {
  const showing = drawn.screen === 'question';
  const styles = [`<style>${build.entryCss}</style>`];
  // The first page shows only with survey-core's stylesheet and theme: in the page, not a round trip away.
  if (showing) styles.push(`<style>${build.surveyCss}</style>`, `<style>${drawn.themeCss ?? ''}</style>`);
  // survey-core (and the survey chunk, and the locale's words) is all that is left to make the first
  // page live, and nothing on a screen waits for it: it starts when the first page shows, with the
  // page itself or the moment consent puts the drawn page on screen. Not earlier, behind the
  // consent screen: there it would share a slow link with what the first page needs to show.
  const surveyCore = drawn.preview
    ? [...build.surveyJsFiles, build.localeJsFiles[drawn.preview.locale]].filter((file) => file !== undefined)
      .map((file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`).join('')
    : '';
  const tail = [
    `<script type="application/json" id="tessera-payload">${scriptSafe(payloadText)}</script>`,
    // Behind the consent screen, so it does not hold it up; there for the first page when it shows.
    !showing && drawn.themeCss ? `<style>${drawn.themeCss}</style>` : '',
    drawn.next ? `<template id="tessera-next-screen">${surveyCore}${drawn.next}</template>` : '',
  ].join('');
  const early = [
    // The next screen is the first page: its stylesheet starts loading with the page, without holding this screen up.
    ...(drawn.next ? build.surveyCssFiles : []).map((file) =>
      `<link rel="stylesheet" href="/${escapeAttribute(file)}" media="print" onload="this.media='all'">`),
    showing ? surveyCore : '',
  ];
  return build.shell
    .replace(/<html[^>]*>/, `<html lang="${escapeAttribute(drawn.htmlLang)}" dir="${drawn.dir}" data-drawn="">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(drawn.title)}</title>`)
    .replace(/<link rel="stylesheet"[^>]*>/, () => [...styles, ...early].join(''))
    .replace('<body>', `<body data-screen="${escapeAttribute(drawn.screen)}">`)
    .replace('<div id="root"></div>', () => `<div id="root">${drawn.html}</div>`)
    .replace('</body>', () => `${tail}</body>`);
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const brotliAt = (quality: number, body: Buffer) =>
  brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });

/**
 * A drawn page is compressed once and served many times. The first visitor gets brotli at
 * quality 5 (about 10 ms for the largest page); quality 11 (about 1 s, 10% smaller) replaces
 * it in the background for everyone after. Both run on libuv's threads, so responses being
 * stored meanwhile do not wait.
 */
async function compressPage(html: string): Promise<ServedPage> {
  const identity = Buffer.from(html);
  const [gzipped, brotli] = await Promise.all([gzipAsync(identity, { level: 9 }), brotliAt(5, identity)]);
  const page: ServedPage = { identity, gzip: gzipped, brotli };
  void brotliAt(11, identity).then((smaller) => {
    page.brotli = smaller;
  }, () => undefined);
  return page;
}

async function loadBuild(distDir: string): Promise<Build> {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const survey = Object.entries(manifest).find(([key]) => key.endsWith('pages/survey-page.tsx'))?.[1];
  const localeJsFiles: Record<string, string> = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    const locale = /survey-locales\/([\w-]+)\.ts$/.exec(key)?.[1];
    if (locale) localeJsFiles[locale] = chunk.file;
  }
  const readAll = async (files: string[] | undefined) =>
    (await Promise.all((files ?? []).map((file) => readFile(join(distDir, file), 'utf8')))).join('\n');
  return {
    shell: await readFile(join(distDir, 'index.html'), 'utf8'),
    entryCss: await readAll(entry?.css),
    surveyCss: await readAll(survey?.css),
    surveyCssFiles: survey?.css ?? [],
    surveyJsFiles: survey ? [survey.file, ...(survey.imports ?? []).filter((key) => !manifest[key]?.isEntry).map((key) => manifest[key]!.file)] : [],
    localeJsFiles,
  };
}

/** Keeps at most `limit` entries, dropping the least recently added; failures are not kept. */
function remember<T>(map: Map<string, Promise<T>>, key: string, value: Promise<T>, limit: number): void {
  map.set(key, value);
  value.catch(() => map.delete(key));
  if (map.size > limit) map.delete(map.keys().next().value!);
}

/** The same page for `?a=1&b=2` and `?b=2&a=1`. */
function canonicalSearch(search: string): string {
  const params = [...new URLSearchParams(search)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return params.length ? `?${new URLSearchParams(params).toString()}` : '';
}

/** JSON inside <script>: no "</script>" or "<!--" can end it early. */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
