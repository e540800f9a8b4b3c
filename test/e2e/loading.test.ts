import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { waitForScreen } from './helpers/survey-steps';

/** Paths of /assets/ requests a page makes while GET /api/c/{slug} never answers. */
async function assetsRequestedWhileTheQuestionnaireLoads(browser: Browser, url: string): Promise<{ requested: string[]; screen: string | null }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/')) requested.push(path);
  });
  await page.route(/\/api\/c\//, () => undefined);
  await page.goto(url, { waitUntil: 'load' });
  // The app's first render comes first; a request started from an idle callback may follow.
  await page.waitForTimeout(300);
  const screen = await page.evaluate(() => document.body.dataset['screen'] ?? null);
  await context.close();
  return { requested, screen };
}

describe.skipIf(!HAS_CHROMIUM)('loading the respondent client', () => {
  const e2e = useServerAndBrowser();

  it('shows the screen the server drew without asking the questionnaire API, and downloads survey-core, survey-react-ui and their CSS on /c/ and /kiosk/', async () => {
    for (const [path, first] of [['/c/demo?lang=en', 'consent'], ['/kiosk/demo', 'language']] as const) {
      const { requested, screen } = await assetsRequestedWhileTheQuestionnaireLoads(e2e.browser, `${e2e.server.url}${path}`);
      expect(screen).toBe(first);
      expect(requested.some((name) => /\/survey-core-[^/]+\.js$/.test(name))).toBe(true);
      expect(requested.some((name) => /\/survey-page-[^/]+\.js$/.test(name))).toBe(true);
      expect(requested.some((name) => /\/survey-page-[^/]+\.css$/.test(name))).toBe(true);
    }
  });

  it('leaves the survey out of the poster page, which does not need it', async () => {
    const { requested } = await assetsRequestedWhileTheQuestionnaireLoads(e2e.browser, `${e2e.server.url}/poster/demo`);
    expect(requested.some((name) => /\/survey-/.test(name))).toBe(false);
  });

  it('downloads survey-core and its CSS once each, brotli-compressed, and only the chosen language of its words', async () => {
    const context = await e2e.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Headers are read asynchronously: keep each read and wait for all before the context closes.
    const reads: Promise<{ path: string; encoding: string | undefined }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/assets/')) reads.push(response.allHeaders().then((headers) => ({ path, encoding: headers['content-encoding'] })));
    });
    await page.goto(`${e2e.server.url}/c/demo?lang=fr`);
    await waitForScreen(page, 'consent');
    await page.getByRole('button', { name: /J’accepte/ }).click();
    await waitForScreen(page, 'question');
    await expect.poll(() => page.locator('.sd-navigation__next-btn').innerText()).toMatch(/Suivant/);
    const responses = await Promise.all(reads);
    await context.close();

    const named = (pattern: RegExp) => responses.filter((response) => pattern.test(response.path));
    expect(named(/\/survey-core-[^/]+\.js$/)).toHaveLength(1);
    expect(named(/\/survey-page-[^/]+\.css$/)).toHaveLength(1);
    expect(named(/\/survey-core-[^/]+\.js$/)[0]?.encoding).toBe('br');
    expect(named(/\/fr-[^/]+\.js$/)).toHaveLength(1);
    expect(named(/\/(?:ar|es|zh-cn|pa|tl|fa|uk)-[^/]+\.js$/)).toHaveLength(0);
  });
});
