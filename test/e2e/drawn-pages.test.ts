import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { answerFirstPage, finishSurvey, waitForLiveSurvey, waitForScreen } from './helpers/survey-steps';

/** Pages the server draws (server/web/respondent-page.ts), used before the app's JavaScript runs, or without it. */
describe.skipIf(!HAS_CHROMIUM)('respondent pages drawn by the server, in Chromium', () => {
  const e2e = useServerAndBrowser();

  it('shows the first page as soon as consent is given before the app has loaded, then hands over to the live survey', async () => {
    const context = await e2e.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // The app's own JavaScript is held back, as on a slow link.
    const held: Route[] = [];
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => void held.push(route));
    await page.goto(`${e2e.server.url}/c/demo?lang=fr`, { waitUntil: 'commit' }); // 'load' would wait for the held script
    await waitForScreen(page, 'consent');
    await expect.poll(() => held.length).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole('button', { name: /J’accepte/ }).click();
    await waitForScreen(page, 'question');
    const preview = page.locator('.survey-preview [data-name="time_in_canada"]');
    await preview.waitFor({ state: 'visible' });
    expect(await preview.innerText()).toMatch(/Depuis combien de temps/);
    expect(await page.locator('.survey-preview-page').getAttribute('inert')).not.toBeNull();
    expect(await page.locator('.survey-preview [role="status"]').innerText()).toMatch(/Chargement/);
    // No page load happened: the consent went into the address, where the app will read it.
    expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
    expect(new URL(page.url()).searchParams.get('consent')).toBe('yes');

    for (const route of held) await route.continue();
    await waitForLiveSurvey(page);
    // The app took the consent out of the address, so the link cannot pass it on.
    await expect.poll(() => new URL(page.url()).searchParams.has('consent')).toBe(false);
    expect(await page.locator('.survey-preview').count()).toBe(0);
    await answerFirstPage(page, '4');
    await finishSurvey(page, 'Consentement avant le chargement');
    await waitForScreen(page, 'thanks');
    await expect.poll(() => e2e.server.countStoredWithAnswer('Consentement avant le chargement'), { timeout: 15_000 }).toBe(1);
    const stored = (await e2e.server.storedResponses('demo')).find((r) => r.answers['biggest_challenge'] === 'Consentement avant le chargement');
    expect(stored).toMatchObject({ locale: 'fr', channel: 'web' });
    await context.close();
  });

  it('works with no JavaScript at all, right to left in Arabic: language, consent, then the first page, each drawn by the server', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/demo?ch=qr`);
    expect(await page.evaluate(() => document.body.dataset.screen)).toBe('language');
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForURL(/lang=ar/);
    expect(await page.locator('body').getAttribute('data-screen')).toBe('consent');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.consent-page button[type="submit"]').click();
    await page.waitForURL(/consent=yes/);
    const url = new URL(page.url());
    expect(url.searchParams.get('ch')).toBe('qr');
    expect(url.searchParams.get('lang')).toBe('ar');
    expect(await page.locator('body').getAttribute('data-screen')).toBe('question');
    const question = page.locator('.survey-preview [data-name="time_in_canada"]');
    expect(await question.isVisible()).toBe(true);
    expect(await question.innerText()).toMatch(/منذ متى تعيش في كندا/);
    // Right to left: the first option sits at the right edge of its question.
    const option = await question.locator('.sd-item').first().boundingBox();
    const box = await question.boundingBox();
    expect(option && box && option.x + option.width > box.x + box.width / 2).toBe(true);
    await context.close();
  });
});
