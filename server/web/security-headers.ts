import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { inlineSources, type InlineSources } from './inline-sources';

export type SecurityHeadersOptions = {
  /**
   * The https origins allowed to frame the page at this path (a consultation that opted into
   * embedding); none by default, and then no one may frame it.
   */
  embedOrigins?: (pathname: string) => Promise<readonly string[]>;
};

const MAX_CACHED_POLICIES = 200;

/**
 * Security headers for every page the web routes send: a Content-Security-Policy that allows
 * the page's own inline scripts by hash and no other script, no framing unless
 * the consultation names who may frame it, and the usual companions. One middleware for every
 * HTML response, so a page added later gets the same protection without knowing about it.
 *
 * The policy is worked out from the page itself. Pages are the same bytes again and again (the
 * shell, cached drawn pages), so the hashes are kept by the bytes' digest: a repeat costs one
 * SHA-256 of the compressed page.
 */
export function securityHeaders({ embedOrigins }: SecurityHeadersOptions = {}): MiddlewareHandler {
  const policies = new Map<string, InlineSources>();

  const sourcesOf = (bytes: Uint8Array, encoding: string | undefined): InlineSources => {
    const key = `${encoding ?? 'identity'}:${createHash('sha256').update(bytes).digest('base64')}`;
    let sources = policies.get(key);
    if (!sources) {
      const html = encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
      sources = inlineSources(Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString('utf8'));
      policies.set(key, sources);
      if (policies.size > MAX_CACHED_POLICIES) policies.delete(policies.keys().next().value!);
    }
    return sources;
  };

  return async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    if (!c.res.headers.get('content-type')?.startsWith('text/html') || !c.res.body) return;
    const original = c.res;
    const bytes = new Uint8Array(await original.arrayBuffer());
    const sources = sourcesOf(bytes, original.headers.get('content-encoding') ?? undefined);
    const origins = (await embedOrigins?.(new URL(c.req.url).pathname).catch(() => [])) ?? [];
    c.res = new Response(bytes, original);
    const headers = c.res.headers;
    headers.set('content-security-policy', contentSecurityPolicy(sources, origins));
    headers.set('referrer-policy', 'no-referrer');
    headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    headers.set('cross-origin-opener-policy', 'same-origin');
    if (origins.length === 0) headers.set('x-frame-options', 'DENY');
    else headers.delete('x-frame-options');
  };
}

/**
 * Same-origin files only; inline scripts only by hash (an event-handler attribute, the deferred
 * stylesheet's onload, needs 'unsafe-hashes', which still allows only the hashed value).
 *
 * Styles are allowed inline: survey-react-ui 3.0.0 writes its theme into every survey it draws
 * as <style> elements (171,696 characters of custom properties, one of 330 and an empty one),
 * and survey-core sets style attributes, all at run time in the browser, where no hash the
 * server sends can follow them. What an injected style could do is bounded by the rest of the
 * policy: images, fonts and connections go to this origin only, so CSS cannot carry page
 * content to another site.
 */
export function contentSecurityPolicy(sources: InlineSources, embedOrigins: readonly string[] = []): string {
  const scripts = ["'self'", ...sources.scripts, ...(sources.handlers.length ? ["'unsafe-hashes'", ...sources.handlers] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for the blank favicon and the SVGs survey-core draws as data URLs.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embedOrigins.length ? embedOrigins.join(' ') : "'none'"}`,
  ].join('; ');
}
