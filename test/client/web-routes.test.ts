import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, webRoutes } from '../../server/web/web.routes';

const dist = mkdtempSync(join(tmpdir(), 'tessera-dist-'));
mkdirSync(join(dist, 'assets'));
const shell = `<!doctype html><html><body><div id="root"></div>${' '.repeat(600)}</body></html>`;
writeFileSync(join(dist, 'index.html'), shell);
writeFileSync(join(dist, 'sw.js'), 'const PRECACHE = [];');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
// A build's precompressed copies, as client/compress-plugin.ts writes them.
const surveySource = `console.log(${JSON.stringify('survey '.repeat(400))});`;
writeFileSync(join(dist, 'assets', 'survey-def456.js'), surveySource);
writeFileSync(join(dist, 'assets', 'survey-def456.js.br'), brotliCompressSync(surveySource));
// Vite copies client/public/ into the build as it is.
const pictures = join(import.meta.dirname, '../../client/public/pictures');
cpSync(pictures, join(dist, 'pictures'), { recursive: true });
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

  it('sends the build\'s brotli copy to browsers that offer br, and gzip to those that do not', async () => {
    const brotli = await app.request('/assets/survey-def456.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toBe('accept-encoding');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(surveySource);

    const gzip = await app.request('/assets/survey-def456.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(surveySource);

    const plain = await app.request('/assets/survey-def456.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(surveySource);
  });

  it('falls back to gzip when a file has no brotli copy, and honours q=0', async () => {
    const noCopy = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(noCopy.headers.get('content-encoding')).toBe('gzip');
    const refused = await app.request('/assets/survey-def456.js', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' } });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
  });

  it('reads Accept-Encoding with spaces, case and quality values', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings(' BR ;q=1.0 ,gzip; q=0')]).toEqual(['br']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });

  it('serves the pictures questionnaires link under /pictures/, and 404 for any other name', async () => {
    const response = await app.request('/pictures/bus.png');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(pictures, 'bus.png')));
    expect((await app.request('/pictures/missing.png')).status).toBe(404);
    expect((await app.request('/pictures/..%2Findex.html')).status).toBe(404);
  });

  it('has every /pictures/ file the test questionnaires link', () => {
    const folders = ['../server/fixtures', '../server/validation/fixtures'].map((folder) => join(import.meta.dirname, folder));
    const linked = folders.flatMap((folder) =>
      readdirSync(folder).filter((file) => file.endsWith('.json')).flatMap((file) => [...readFileSync(join(folder, file), 'utf8').matchAll(/"\/pictures\/([^"]+)"/g)].map((match) => match[1]!)),
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((name) => !existsSync(join(pictures, name)))).toEqual([]);
  });
});
