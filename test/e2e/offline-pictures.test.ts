import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { waitForScreen } from './helpers/survey-steps';
import { launchConsultation } from './helpers/tessera-server';

const text = (en: string, fr: string) => ({ default: en, fr });
const choice = (value: string, en: string, fr: string) => ({ value, text: text(en, fr), imageLink: `/pictures/${value}.png` });

/** Pictures served by Tessera on two pages: the second page's are never drawn before the device goes offline. */
const survey = {
  pages: [
    { name: 'getting_around', elements: [
      { type: 'imagepicker', name: 'transport', title: text('How do you get around?', 'Comment vous déplacez-vous ?'), showLabel: true,
        choices: [choice('bus', 'Bus', 'Autobus'), choice('car', 'Car', 'Voiture')] },
    ] },
    { name: 'free_time', elements: [
      { type: 'image', name: 'welcome', imageLink: '/pictures/welcome.png' },
      { type: 'imagepicker', name: 'activities', title: text('What do you enjoy?', 'Qu’aimez-vous faire ?'), showLabel: true, multiSelect: true,
        choices: [choice('library', 'Library', 'Bibliothèque'), choice('soccer', 'Soccer', 'Soccer')] },
    ] },
  ],
};
const PICTURES = ['bus', 'car', 'welcome', 'library', 'soccer'].map((name) => `/pictures/${name}.png`);

/** The sources of the question's pictures that the browser has decoded (naturalWidth > 0), in order. */
const drawnPictures = (page: Page, question: string) =>
  page.locator(`[data-name="${question}"] img`).evaluateAll((images) =>
    (images as HTMLImageElement[]).filter((image) => image.complete && image.naturalWidth > 0).map((image) => new URL(image.src).pathname));

describe.skipIf(!HAS_CHROMIUM)('pictures of a questionnaire offline', { timeout: 120_000 }, () => {
  const e2e = useServerAndBrowser();

  it('shows every picture the questionnaire links, on every page, after an offline reload', async () => {
    const consultation = await launchConsultation(e2e.server, { key: 'pictures', title: 'Pictures', survey });

    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/${consultation.slug as string}?lang=en`);
    await waitForScreen(page, 'consent');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    // Every picture is on the device once the page has been idle, the second page's included.
    await expect.poll(() => page.evaluate(async () =>
      (await (await caches.open('tessera-pictures')).keys()).map((request) => new URL(request.url).pathname).sort()), { timeout: 15_000 })
      .toEqual([...PICTURES].sort());

    // The browser's HTTP cache would show them too, for a day (the pictures' max-age) or until it
    // evicts them: empty it, so only what the service worker keeps is left.
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.clearBrowserCache');
    await devtools.detach();
    await context.setOffline(true);
    await e2e.server.stop();
    try {
      await page.reload();
      await waitForScreen(page, 'consent');
      await page.locator('.consent-page button[type="submit"]').click();
      await waitForScreen(page, 'question');
      await expect.poll(() => drawnPictures(page, 'transport'), { timeout: 15_000 }).toEqual(['/pictures/bus.png', '/pictures/car.png']);
      await page.locator('[data-name="transport"] .sd-imagepicker__item').first().click();
      await page.locator('.sd-navigation__next-btn').click();
      await expect.poll(() => drawnPictures(page, 'welcome'), { timeout: 15_000 }).toEqual(['/pictures/welcome.png']);
      await expect.poll(() => drawnPictures(page, 'activities')).toEqual(['/pictures/library.png', '/pictures/soccer.png']);
      // survey-core disables a choice whose picture did not load: these can still be chosen.
      await page.locator('[data-name="activities"] .sd-imagepicker__item').nth(1).click();
      await expect.poll(() => page.locator('[data-name="activities"] input:checked').count()).toBe(1);
    } finally {
      await e2e.server.restart();
      await context.close();
    }
  });
});
