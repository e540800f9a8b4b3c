import { keepPicturesOffline } from './offline-pictures';
import type { Channel } from './route';

export type ExitPin = { salt: string; sha256: string };

export type KioskSettings = {
  idleTimeoutSeconds: number;
  countdownSeconds: number;
  exitPin: ExitPin | null;
};

/** GET /api/c/{slug}, as docs/architecture.md specifies it. */
export type ConsultationPayload = {
  slug: string;
  survey: Record<string, unknown>;
  version: number;
  questionnaire: { id: string; key: string; title: string };
  consultation: { id: string; title: string; audience: string; wave: string; status: string; partnership: string };
  locales: string[];
  translationStatus: Record<string, string>;
  community: string | null;
  communities: string[];
  kiosk: KioskSettings;
};

export type ResponseBody = {
  id: string;
  locale: string;
  answers: Record<string, unknown>;
  community?: string;
  channel: Channel;
};

export type LoadResult =
  | { ok: true; payload: ConsultationPayload }
  | { ok: false; reason: 'not_found' | 'closed' | 'offline' | 'error' };

const DATA_CACHE = 'tessera-data';

export function consultationUrl(slug: string): string {
  return `/api/c/${encodeURIComponent(slug)}`;
}

/**
 * Loads a consultation, and keeps a copy in Cache Storage, with the pictures it links, so the
 * survey opens offline later even when this first visit happened before the service worker
 * took control.
 */
export async function loadConsultation(slug: string): Promise<LoadResult> {
  const url = consultationUrl(slug);
  let response: Response;
  try {
    response = await (takeEarlyRequest(slug) ?? fetch(url, { headers: { accept: 'application/json' } }));
  } catch {
    const cached = await readCached(url);
    return cached ? { ok: true, payload: cached } : { ok: false, reason: 'offline' };
  }
  if (response.status === 404) return { ok: false, reason: 'not_found' };
  if (response.status === 410) return { ok: false, reason: 'closed' };
  if (!response.ok) {
    const cached = await readCached(url);
    return cached ? { ok: true, payload: cached } : { ok: false, reason: 'error' };
  }
  const copy = response.clone();
  void writeCache(url, copy);
  const payload = (await response.json()) as ConsultationPayload;
  keepPicturesOffline(payload.survey);
  return { ok: true, payload };
}

/**
 * The consultation as the server put it in the page it drew (server/web/respondent-page.ts),
 * for this slug only. A copy goes to Cache Storage with its pictures, as for a fetched one, so
 * the survey still opens offline later.
 */
export function takeInlinePayload(slug: string): ConsultationPayload | null {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById('tessera-payload');
  if (!element?.textContent) return null;
  try {
    const payload = JSON.parse(element.textContent) as ConsultationPayload;
    if (payload.slug !== slug) return null;
    void writeCache(consultationUrl(slug), new Response(element.textContent, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }));
    keepPicturesOffline(payload.survey);
    return payload;
  } catch {
    return null;
  }
}

type EarlyRequest = { slug: string; request: Promise<Response> };

/** The request index.html started before the app loaded, used once, for the same slug only. */
function takeEarlyRequest(slug: string): Promise<Response> | null {
  const holder = globalThis as { __tesseraConsultation?: EarlyRequest };
  const early = holder.__tesseraConsultation;
  delete holder.__tesseraConsultation;
  return early && early.slug === slug ? early.request : null;
}

async function readCached(url: string): Promise<ConsultationPayload | null> {
  if (!('caches' in globalThis)) return null;
  try {
    const hit = await caches.match(url);
    return hit ? ((await hit.json()) as ConsultationPayload) : null;
  } catch {
    return null;
  }
}

async function writeCache(url: string, response: Response): Promise<void> {
  if (!('caches' in globalThis)) return;
  try {
    const cache = await caches.open(DATA_CACHE);
    await cache.put(url, response);
  } catch {
    // Private browsing or a full disk: the survey still works online.
  }
}

export type PostOutcome =
  | { kind: 'stored' }
  | { kind: 'retry'; retryAfterSeconds: number | null; detail: string }
  | { kind: 'attention'; status: number; code: string; message: string };

/**
 * Sends one response. 200/201 are acknowledgements; 409, 422 and the other 4xx mean the
 * server will never accept this body as it is, so retrying would loop forever.
 */
export async function postResponse(slug: string, body: ResponseBody): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch(`${consultationUrl(slug)}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { kind: 'retry', retryAfterSeconds: null, detail: String(error) };
  }
  if (response.status === 200 || response.status === 201) return { kind: 'stored' };
  const problem = await readProblem(response);
  if (response.status >= 500 || response.status === 408 || response.status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      kind: 'retry',
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      detail: `${response.status} ${problem.code}`,
    };
  }
  return { kind: 'attention', status: response.status, ...problem };
}

async function readProblem(response: Response): Promise<{ code: string; message: string }> {
  try {
    const body = (await response.json()) as { code?: unknown; message?: unknown };
    return {
      code: typeof body.code === 'string' ? body.code : `http_${response.status}`,
      message: typeof body.message === 'string' ? body.message : response.statusText,
    };
  } catch {
    return { code: `http_${response.status}`, message: response.statusText };
  }
}
