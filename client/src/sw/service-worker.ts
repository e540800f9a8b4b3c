/**
 * Tessera's service worker: the app shell and every built asset are precached at install, and
 * the questionnaire of each consultation opened is kept, with the pictures it links (the page
 * stores those, client/src/offline-pictures.ts), so a survey opened once can be answered with no
 * connection at all. Responses are not sent from here: the page's IndexedDB queue does it.
 *
 * Built by client/sw-plugin.ts into a classic script; PRECACHE and VERSION are put in front.
 */
declare const PRECACHE: string[];
declare const VERSION: string;

type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith(response: Promise<Response>): void };
type WorkerScope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const worker = self as unknown as WorkerScope;
const APP_CACHE = `tessera-app-${VERSION}`;
const DATA_CACHE = 'tessera-data';
/** The same name as PICTURE_CACHE in client/src/offline-pictures.ts (this file is built alone, without imports). */
const PICTURE_CACHE = 'tessera-pictures';
const SHELL = '/index.html';
const APP_PAGES = /^\/(c|kiosk|poster)\/[^/]+\/?$/;
const CONSULTATION = /^\/api\/c\/[^/]+$/;
const NAVIGATION_TIMEOUT_MS = 4_000;

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('tessera-app-') && name !== APP_CACHE) await caches.delete(name);
    }
    await worker.clients.claim();
  })());
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;

  if (request.mode === 'navigate' && APP_PAGES.test(url.pathname)) {
    event.respondWith(networkFirst(request, () => caches.match(SHELL, { cacheName: APP_CACHE }), NAVIGATION_TIMEOUT_MS));
  } else if (CONSULTATION.test(url.pathname)) {
    event.respondWith(networkFirst(request, () => caches.match(url.pathname, { cacheName: DATA_CACHE }), null, url.pathname));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith('/pictures/')) {
    pictureFromDevice(event);
  }
});

/**
 * The network when it answers (in time), else the cached copy. A successful consultation
 * response replaces the cached one; a 404 or 410 is passed through so a closed survey says so.
 */
async function networkFirst(
  request: Request,
  fallback: () => Promise<Response | undefined>,
  timeoutMs: number | null,
  cacheKey?: string,
): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (cacheKey && response.ok) {
      const cache = await caches.open(DATA_CACHE);
      await cache.put(cacheKey, response.clone());
    }
    return response;
  });
  const timeout = timeoutMs === null ? null : new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  try {
    const first = await (timeout ? Promise.race([network, timeout]) : network);
    if (first && (first.ok || first.status === 404 || first.status === 410)) return first;
    const cached = await fallback();
    return cached ?? first ?? (await network);
  } catch {
    const cached = await fallback();
    if (cached) return cached;
    return new Response(JSON.stringify({ code: 'offline', message: 'No connection and no saved copy.' }), {
      status: 503, headers: { 'content-type': 'application/json' },
    });
  }
}

/** Built assets have content-hashed names: a cached copy is always the right one. */
async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: APP_CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(APP_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/**
 * A picture from the device at once, refreshed from the network behind it: pictures keep their
 * names when replaced, so a new one shows on the next visit, and offline the kept one shows.
 * Pictures are the same in every encoding, hence ignoreVary (the server varies on accept-encoding).
 */
function pictureFromDevice(event: FetchEvent): void {
  const fresh = fetch(event.request).then(async (response) => {
    if (response.ok) await (await caches.open(PICTURE_CACHE)).put(event.request, response.clone());
    return response;
  });
  event.waitUntil(fresh.catch(() => undefined));
  event.respondWith(
    caches.match(event.request, { cacheName: PICTURE_CACHE, ignoreVary: true }).then((kept) => kept ?? fresh),
  );
}
