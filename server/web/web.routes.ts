import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono, type Context } from 'hono';
import type { PublicConsultations } from '../intake/public-consultation';
import { embedOriginsOf } from './embed-origins';
import { createRespondentPages } from './respondent-page';
import { securityHeaders } from './security-headers';

export type WebRoutesOptions = { distDir: string; consultations?: PublicConsultations };

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['js', 'css', 'html', 'json', 'svg', 'webmanifest']);
const ASSET_NAME = /^[A-Za-z0-9_.-]+$/;
/** Hashed file names never change content, so phones on prepaid data fetch each one once. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pictures keep their names when replaced (they are linked from questionnaires), so a day at most. */
const PICTURE = 'public, max-age=86400';
/** The shell and the service worker must be revalidated so a new build reaches every device. */
const REVALIDATE = 'no-cache';

/** A body as is and in the compressed forms there are of it. */
type Encodings = { identity: Uint8Array; gzip: Uint8Array | null; brotli: Uint8Array | null };
type Loaded = Encodings & { type: string };

/**
 * Serves the built respondent client (client/dist): /c/{slug}, /kiosk/{slug} and
 * /poster/{slug} get the app shell, /assets/* the hashed bundles, /sw.js the service worker,
 * /pictures/* the pictures questionnaires link (client/public/pictures/, see picture-sources.ts);
 * /workspace and every address under it get the staff workspace's page (client/workspace.html).
 * Files are read once and kept in memory with their compressed copies: the whole build is a few
 * MB. The build writes brotli (.br) and gzip (.gz) copies next to each text file; brotli is
 * sent when the browser offers it (Chromium does on HTTPS and on localhost, not on plain-http
 * LAN addresses), gzip otherwise, and a file without a .gz copy is gzipped once on first read.
 */
export function webRoutes({ distDir, consultations }: WebRoutesOptions) {
  const files = new Map<string, Promise<Loaded | null>>();
  const load = (relative: string) => {
    let pending = files.get(relative);
    if (!pending) {
      pending = readLoaded(join(distDir, relative)).then((loaded) => {
        if (!loaded) files.delete(relative);
        return loaded;
      });
      files.set(relative, pending);
    }
    return pending;
  };

  const send = async (c: Context, relative: string, headers: Record<string, string>) => {
    const loaded = await load(relative);
    if (!loaded) return c.json({ code: 'not_found', message: 'Nothing is here.' }, 404);
    return sendEncoded(c, loaded, loaded.type, headers);
  };

  const shell = (c: Context) =>
    send(c, 'index.html', { 'cache-control': REVALIDATE, 'referrer-policy': 'no-referrer' });

  /** The staff workspace: one page for every /workspace address, its router picks the screen. */
  const workspace = (c: Context) =>
    send(c, 'workspace.html', {
      'cache-control': REVALIDATE,
      'referrer-policy': 'no-referrer',
      // Staff screens change data: no other site may frame them and trick a click.
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
    });

  const respondentPage = consultations ? createRespondentPages({ distDir, consultations }) : null;
  /** The respondent's first screen drawn here when possible (see respondent-page.ts), else the shell. */
  const drawnOrShell = async (c: Context) => {
    const url = new URL(c.req.url);
    const page = await respondentPage?.(url.pathname, url.search).catch((error: unknown) => {
      console.error('drawing a respondent page failed; sending the shell', error);
      return null;
    });
    if (!page) return shell(c);
    return sendEncoded(c, page, TYPES.html!, { 'cache-control': REVALIDATE, 'referrer-policy': 'no-referrer' });
  };

  return new Hono()
    .use(securityHeaders(consultations ? { embedOrigins: embedOriginsOf(consultations) } : {}))
    .get('/c/:slug', drawnOrShell)
    .get('/kiosk/:slug', drawnOrShell)
    .get('/poster/:slug', shell)
    .get('/index.html', shell)
    .get('/workspace', workspace)
    .get('/workspace/*', workspace)
    .get('/sw.js', (c) =>
      send(c, 'sw.js', { 'cache-control': REVALIDATE, 'service-worker-allowed': '/' }))
    .get('/assets/:name', (c) => {
      const name = c.req.param('name');
      if (!ASSET_NAME.test(name) || name.startsWith('.')) {
        return c.json({ code: 'not_found', message: 'Nothing is here.' }, 404);
      }
      return send(c, join('assets', name), { 'cache-control': IMMUTABLE });
    })
    .get('/pictures/:name', (c) => {
      const name = c.req.param('name');
      if (!ASSET_NAME.test(name) || name.startsWith('.')) {
        return c.json({ code: 'not_found', message: 'Nothing is here.' }, 404);
      }
      return send(c, join('pictures', name), { 'cache-control': PICTURE });
    });
}

async function readLoaded(path: string): Promise<Loaded | null> {
  let body: Uint8Array;
  try {
    body = await readFile(path);
  } catch {
    return null;
  }
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const type = TYPES[extension] ?? 'application/octet-stream';
  if (!COMPRESSIBLE.has(extension) || body.length <= 512) return { identity: body, gzip: null, brotli: null, type };
  const [gzipped, brotli] = await Promise.all([readOptional(`${path}.gz`), readOptional(`${path}.br`)]);
  return { identity: body, gzip: gzipped ?? gzipSync(body, { level: 9 }), brotli, type };
}

/** Brotli when the browser accepts it and there is a brotli form, else gzip likewise, else the body as is. */
function sendEncoded(c: Context, forms: Encodings, type: string, headers: Record<string, string>) {
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  const [encoding, body] = forms.brotli && accepted.has('br') ? ['br', forms.brotli]
    : forms.gzip && accepted.has('gzip') ? ['gzip', forms.gzip]
      : [null, forms.identity];
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    'content-type': type,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...headers,
  });
}

async function readOptional(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Content codings the request accepts, leaving out those refused with q=0. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.toLowerCase().split(';').map((piece) => piece.trim());
    const q = params.map((param) => /^q\s*=\s*([\d.]+)$/.exec(param)?.[1]).find((value) => value !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}
