import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../server/web/web.routes';

const dist = mkdtempSync(join(tmpdir(), 'tessera-dist-'));
mkdirSync(join(dist, 'assets'));
const shell = `<!doctype html><html><body><div id="root"></div>${' '.repeat(600)}</body></html>`;
writeFileSync(join(dist, 'index.html'), shell);
writeFileSync(join(dist, 'sw.js'), 'const PRECACHE = [];');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
const app = webRoutes({ distDir: dist });

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('webRoutes', () => {
  it.each(['/c/demo', '/kiosk/demo', '/poster/demo'])('serves the app shell at %s, revalidated on every visit', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(shell);
  });

  it('serves hashed assets with a year-long immutable cache, gzipped when the browser accepts it', async () => {
    const response = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toContain('console.log');
  });

  it('serves the service worker uncached with its scope allowed', async () => {
    const response = await app.request('/sw.js');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('service-worker-allowed')).toBe('/');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers 404 for missing assets and for names that try to leave the folder', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    expect((await app.request('/assets/..%2Findex.html')).status).toBe(404);
    expect((await app.request('/assets/.hidden')).status).toBe(404);
  });
});
