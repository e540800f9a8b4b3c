import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { NOW, call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

// A build's shape as the page needs it: index.html with its entry stylesheet, and the manifest
// naming the survey chunk's stylesheet.
const dist = mkdtempSync(join(tmpdir(), 'tessera-dist-'));
mkdirSync(join(dist, 'assets'));
mkdirSync(join(dist, '.vite'));
const SHELL = [
  '<!doctype html><html lang="en" dir="ltr"><head><title>Tessera</title>',
  '<script type="module" crossorigin src="/assets/index-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-a1.css">',
  '</head><body><div id="root"></div></body></html>',
].join('');
writeFileSync(join(dist, 'index.html'), SHELL);
writeFileSync(join(dist, 'assets', 'index-a1.css'), '.entry-rule{color:teal}');
writeFileSync(join(dist, 'assets', 'survey-page-b2.css'), '.survey-rule{color:navy}');
writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({
  'index.html': { file: 'assets/index-a1.js', css: ['assets/index-a1.css'], isEntry: true },
  'src/pages/survey-page.tsx': { file: 'assets/survey-page-b2.js', css: ['assets/survey-page-b2.css'], imports: ['index.html', '_survey-core-c3.js'] },
  '_survey-core-c3.js': { file: 'assets/survey-core-c3.js' },
  'src/survey-locales/ar.ts': { file: 'assets/ar-d4.js', imports: ['_survey-core-c3.js'] },
}));

let ctx: TestContext;
let app: ReturnType<typeof createApp>;
let slug: string;

beforeAll(async () => {
  ctx = await createTestContext('sqlite');
  app = createApp({ db: ctx.database.db, dialect: 'sqlite', clock: () => NOW, clientDist: dist });
  slug = (await launchConsultation(ctx, { partnership: 'b' })).slug;
});

afterAll(async () => {
  await ctx?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function page(path: string, encoding = 'identity') {
  const response = await app.request(path, { headers: { 'accept-encoding': encoding } });
  const body = Buffer.from(await response.arrayBuffer());
  const coding = response.headers.get('content-encoding');
  const html = (coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body).toString();
  const doc = {
    html,
    screen: /<body data-screen="([\w-]+)"/.exec(html)?.[1],
    root: /<div id="root">([\s\S]*?)<\/div><script type="application\/json"/.exec(html)?.[1] ?? '',
    payload: JSON.parse(/<script type="application\/json" id="tessera-payload">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as Record<string, any> | null,
    next: /<template id="tessera-next-screen">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? null,
  };
  return { response, coding, ...doc };
}

describe('respondent pages drawn by the server', () => {
  it('draws the language screen for a bare link, with the consultation in the page', async () => {
    const drawn = await page(`/c/${slug}`);
    expect(drawn.response.status).toBe(200);
    expect(drawn.response.headers.get('cache-control')).toBe('no-cache');
    expect(drawn.screen).toBe('language');
    expect(drawn.root).toContain('class="language-page"');
    expect(drawn.root).toContain('العربية');
    // Each language is a submit button of a GET form: it works before the app's JavaScript.
    expect(drawn.root).toMatch(/<form method="get">/);
    expect(drawn.root).toMatch(/<button type="submit" value="fr"[^>]* name="lang">Français<\/button>/);
    const api = await call(app, 'GET', `/api/c/${slug}`);
    expect(drawn.payload).toEqual(api.json);
    expect(drawn.next).toBeNull();
    // No language chosen, no first page: nothing of survey-core is requested by the page itself.
    expect(drawn.html).not.toContain('modulepreload');
    expect(drawn.html).toContain('<style>.entry-rule{color:teal}</style>');
    expect(drawn.html).not.toContain('href="/assets/index-a1.css"');
  });

  it.each([
    ['fa', 'rtl', 'موافقم، شروع کنیم', 'چه مدت است که در کانادا زندگی می‌کنید؟'],
    ['uk', 'ltr', 'Я згоден(-на), почати', 'Як довго ви живете в Канаді?'],
  ])('draws the consent screen and first page in %s, laid out %s', async (locale, dir, accept, firstQuestion) => {
    const drawn = await page(`/c/${slug}?lang=${locale}`);
    expect(drawn.screen).toBe('consent');
    expect(drawn.html).toContain(`<html lang="${locale}" dir="${dir}" data-drawn="">`);
    expect(drawn.root).toContain(accept);
    expect(drawn.next).toContain(firstQuestion);
    expect(drawn.next).toMatch(new RegExp(`class="survey-preview-page" data-locale="${locale}" inert=""`));
  });

  it('draws the consent screen in the chosen language, right to left for Arabic, with the first page ready behind it', async () => {
    const drawn = await page(`/c/${slug}?lang=ar&ch=qr`);
    expect(drawn.screen).toBe('consent');
    expect(drawn.html).toMatch(/<html lang="ar" dir="rtl" data-drawn="">/);
    expect(drawn.root).toContain('class="consent-page"');
    expect(drawn.root).toContain('<input type="hidden" name="ch" value="qr"/>');
    expect(drawn.root).toContain('<input type="hidden" name="lang" value="ar"/>');
    expect(drawn.root).toMatch(/<button type="submit" value="yes"[^>]* name="consent">/);
    // The first page, drawn by survey-react-ui in Arabic, inert until the live survey replaces it.
    expect(drawn.next).toContain('data-name="time_in_canada"');
    expect(drawn.next).toContain('منذ متى تعيش في كندا؟');
    expect(drawn.next).toMatch(/class="survey-preview-page" data-locale="ar" inert=""/);
    // Its stylesheet loads without holding up the consent screen. survey-core and the Arabic words
    // start only when the first page shows: they come with it, not with the consent screen.
    expect(drawn.html).toContain('<link rel="stylesheet" href="/assets/survey-page-b2.css" media="print"');
    const head = drawn.html.slice(0, drawn.html.indexOf('<template'));
    expect(head).not.toContain('modulepreload');
    for (const file of ['survey-page-b2.js', 'survey-core-c3.js', 'ar-d4.js']) {
      expect(drawn.next).toContain(`<link rel="modulepreload" crossorigin href="/assets/${file}">`);
    }
  });

  it('draws the first page after a consent given by the plain form, with its stylesheets in the page', async () => {
    const drawn = await page(`/kiosk/${slug}?lang=fr&consent=yes`);
    expect(drawn.screen).toBe('question');
    expect(drawn.html).toMatch(/<html lang="fr" dir="ltr"/);
    expect(drawn.root).toContain('Depuis combien de temps vivez-vous au Canada');
    expect(drawn.root).toContain('class="survey-preview"');
    expect(drawn.html).toContain('<style>.survey-rule{color:navy}</style>');
    expect(drawn.html).toContain('--sjs2-base-unit-size');
  });

  it('starts fetching survey-core and the page language\'s words with a first page that shows', async () => {
    const drawn = await page(`/c/${slug}?lang=ar&consent=yes`);
    expect(drawn.screen).toBe('question');
    for (const file of ['survey-page-b2.js', 'survey-core-c3.js', 'ar-d4.js']) {
      expect(drawn.html).toContain(`<link rel="modulepreload" crossorigin href="/assets/${file}">`);
    }
    // The entry is loaded by the page's own script tag, not preloaded twice.
    expect(drawn.html).not.toMatch(/modulepreload[^>]*index-a1\.js/);
  });

  it('asks for the community first when a consent arrives without one and the link does not fix it', async () => {
    const several = await launchConsultation(ctx, { partnership: 'a', communities: ['Peel', 'Halton'] });
    const withoutCommunity = await page(`/c/${several.slug}?lang=en&consent=yes`);
    expect(withoutCommunity.screen).toBe('consent');
    expect(withoutCommunity.root).toContain('name="community_choice"');
    const withCommunity = await page(`/c/${several.slug}?lang=en&consent=yes&community_choice=Halton`);
    expect(withCommunity.screen).toBe('question');
  });

  it('sends brotli or gzip as the browser accepts, the same page either way', async () => {
    const plain = await page(`/c/${slug}?lang=en`);
    const brotli = await page(`/c/${slug}?lang=en`, 'gzip, deflate, br');
    const gzip = await page(`/c/${slug}?lang=en`, 'gzip, deflate');
    expect(brotli.coding).toBe('br');
    expect(gzip.coding).toBe('gzip');
    expect(brotli.html).toBe(plain.html);
    expect(gzip.html).toBe(plain.html);
    expect(brotli.response.headers.get('vary')).toBe('accept-encoding');
  });

  it('follows the consultation: a pause shows in the next page served, and a closed one gets the plain shell', async () => {
    const launched = await launchConsultation(ctx, { partnership: 'b' });
    expect((await page(`/c/${launched.slug}?lang=en`)).payload?.consultation.status).toBe('open');
    await call(app, 'POST', `/api/consultations/${launched.id}/status`, { token: ctx.tokens.researcherB, body: { status: 'paused' } });
    expect((await page(`/c/${launched.slug}?lang=en`)).payload?.consultation.status).toBe('paused');
    await call(app, 'POST', `/api/consultations/${launched.id}/status`, { token: ctx.tokens.researcherB, body: { status: 'closed' } });
    expect((await page(`/c/${launched.slug}?lang=en`)).html).toBe(SHELL);
  });

  it('sends the plain shell for a link that does not exist, and for the poster', async () => {
    expect((await page('/c/nosuchlink')).html).toBe(SHELL);
    expect((await page(`/poster/${slug}`)).html).toBe(SHELL);
  });

  it('keeps a title that contains markup from breaking out of the page', async () => {
    const title = 'Needs </script><script>alert(1)</script> & <b>more</b>';
    const created = await call(app, 'POST', '/api/consultations', {
      token: ctx.tokens.researcherB,
      body: { partnershipId: ctx.partnerships.b, questionnaire: 'newcomer-needs', title, audience: 'newcomers', wave: '2026', status: 'open' },
    });
    const drawn = await page(`/c/${created.json.slug}?lang=en`);
    expect(drawn.html).not.toContain('<script>alert(1)');
    expect(drawn.html).toContain('<title>Needs &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;</title>');
    expect(drawn.payload?.consultation.title).toBe(title);
  });
});
