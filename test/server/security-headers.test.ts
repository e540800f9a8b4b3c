import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { NOW, call, createTestContext, type TestContext } from '../helpers/test-app';

// A build's shape with inline scripts, as Vite writes index.html: one in the head, one in the body.
const HEAD_SCRIPT = "\n      window.early = 'head';\n    ";
const BODY_SCRIPT = "\n      document.addEventListener('submit', function () {});\n    ";
const dist = mkdtempSync(join(tmpdir(), 'tessera-dist-'));
mkdirSync(join(dist, 'assets'));
mkdirSync(join(dist, '.vite'));
writeFileSync(join(dist, 'index.html'), [
  '<!doctype html><html lang="en" dir="ltr"><head><title>Tessera</title>',
  `<script>${HEAD_SCRIPT}</script>`,
  '<script type="module" crossorigin src="/assets/index-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-a1.css">',
  `</head><body><div id="root"></div><script>${BODY_SCRIPT}</script></body></html>`,
].join(''));
writeFileSync(join(dist, 'assets', 'index-a1.css'), '.entry-rule{color:teal}');
writeFileSync(join(dist, 'assets', 'survey-page-b2.css'), '.survey-rule{color:navy}');
writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({
  'index.html': { file: 'assets/index-a1.js', css: ['assets/index-a1.css'], isEntry: true },
  'src/pages/survey-page.tsx': { file: 'assets/survey-page-b2.js', css: ['assets/survey-page-b2.css'], imports: ['index.html'] },
}));

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

let ctx: TestContext;
let app: ReturnType<typeof createApp>;

async function launch(kiosk: Record<string, unknown> = {}) {
  return call(app, 'POST', '/api/consultations', {
    token: ctx.tokens.researcherA,
    body: { partnershipId: ctx.partnerships.a, questionnaire: 'newcomer-needs', title: 'Needs 2026', audience: 'newcomers', wave: '2026', status: 'open', kiosk },
  });
}

beforeAll(async () => {
  ctx = await createTestContext('sqlite');
  app = createApp({ db: ctx.database.db, dialect: 'sqlite', clock: () => NOW, clientDist: dist });
});

afterAll(async () => {
  await ctx?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('security headers of the respondent pages', () => {
  let slug: string;
  beforeAll(async () => {
    slug = (await launch()).json.slug;
  });

  it.each([
    ['the drawn survey page', (s: string) => `/c/${s}`, 'identity'],
    ['the drawn survey page, brotli', (s: string) => `/c/${s}`, 'br'],
    ['the drawn kiosk page, gzip', (s: string) => `/kiosk/${s}`, 'gzip'],
    ['the poster', (s: string) => `/poster/${s}`, 'identity'],
    ['an unknown link (the shell)', () => '/c/no-such-link', 'gzip'],
  ])('%s allows its own inline scripts by hash, no other inline script, and no framing', async (_, path, encoding) => {
    const response = await app.request(path(slug), { headers: { 'accept-encoding': encoding } });
    expect(response.status).toBe(200);
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy['script-src']).toEqual(expect.arrayContaining(["'self'", hash(HEAD_SCRIPT), hash(BODY_SCRIPT)]));
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('hashes the deferred stylesheet\'s onload handler of a consent page, and not the consultation data block', async () => {
    const response = await app.request(`/c/${slug}?lang=en`);
    const html = await response.text();
    expect(html).toContain(`onload="this.media='all'"`);
    expect(html).toContain('<script type="application/json" id="tessera-payload">');
    const scripts = directives(response.headers.get('content-security-policy'))['script-src'];
    expect(scripts).toEqual(["'self'", hash(HEAD_SCRIPT), hash(BODY_SCRIPT), "'unsafe-hashes'", hash("this.media='all'")]);
  });

  it('puts no page policy on the files the pages load', async () => {
    const response = await app.request('/assets/index-a1.css');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});

describe('a consultation that opts into embedding', () => {
  it('lets only the origins it names frame its pages', async () => {
    const launched = await launch({ embedOrigins: ['https://partner.example.org', 'https://lip.example.ca'] });
    expect(launched.status).toBe(201);
    for (const path of [`/c/${launched.json.slug}`, `/kiosk/${launched.json.slug}`, `/poster/${launched.json.slug}`]) {
      const response = await app.request(path);
      expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(['https://partner.example.org', 'https://lip.example.ca']);
      expect(response.headers.get('x-frame-options')).toBeNull();
    }
  });

  it.each([
    ['plain http', 'http://partner.example.org'],
    ['a path', 'https://partner.example.org/survey'],
    ['a trailing slash', 'https://partner.example.org/'],
    ['a wildcard', 'https://*.example.org'],
    ['a policy keyword', "'self'"],
    ['a directive smuggled in', 'https://a.example.org; script-src *'],
  ])('refuses an embedding origin with %s, with a structured 400', async (_, origin) => {
    const launched = await launch({ embedOrigins: [origin] });
    expect(launched.status).toBe(400);
    expect(launched.json.code).toBe('invalid_body');
    expect(launched.json.fields[0].field).toBe('kiosk.embedOrigins.0');
  });
});
