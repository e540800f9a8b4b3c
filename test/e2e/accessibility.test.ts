import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { waitForScreen } from './helpers/survey-steps';

/** Each as the language screen names it: left to right and right to left. */
const SCANNED_LANGUAGES = [['en', 'English'], ['ar', 'العربية']] as const;

describe.skipIf(!HAS_CHROMIUM)('accessibility of the respondent client', () => {
  const e2e = useServerAndBrowser();

  for (const [locale, name] of SCANNED_LANGUAGES) {
    it(`finds no serious or critical axe violation on any screen in ${name}`, async () => {
      const context = await e2e.browser.newContext();
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      const scan = async (screen: string) => {
        await waitForScreen(page, screen);
        found[screen] = await seriousViolations(page);
      };

      await page.goto(`${e2e.server.url}/kiosk/demo?idle=60&countdown=60&thanks=60`);
      await scan('language');
      await page.getByRole('button', { name }).click();
      await scan('consent');
      await page.locator('.consent-page button[type="submit"]').click();
      await page.locator('[data-name="time_in_canada"]').waitFor();
      await scan('question');
      await page.locator('[data-name="time_in_canada"] .sd-item__control-label').first().click();
      for (let step = 0; step < 3; step += 1) await page.locator('.sd-navigation__next-btn').click();
      await page.locator('[data-name="belonging"]').waitFor();
      found['rating page'] = await seriousViolations(page);
      for (let step = 0; step < 6 && (await page.locator('.sd-navigation__next-btn').isVisible()); step += 1) {
        await page.locator('.sd-navigation__next-btn').click();
      }
      await page.locator('.sd-navigation__complete-btn').click();
      await scan('thanks');
      await page.locator('.thanks-page button').click();
      await page.getByRole('button', { name }).click();
      await waitForScreen(page, 'consent');
      await page.goto(`${e2e.server.url}/kiosk/demo?idle=1&countdown=60&lang=${locale}`);
      await scan('countdown');
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');

      expect(found).toEqual({ language: [], consent: [], question: [], 'rating page': [], thanks: [], countdown: [] });
      await context.close();
    });
  }

  for (const [locale, name] of SCANNED_LANGUAGES) {
    it(`finds no serious or critical axe violation on the pages the server draws, before the app runs, in ${name}`, async () => {
      const context = await e2e.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      // The app's own JavaScript never arrives: what is scanned is the server's page alone.
      await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
      const found: Record<string, unknown> = {};

      await page.goto(`${e2e.server.url}/c/demo`);
      await waitForScreen(page, 'language');
      found['language'] = await seriousViolations(page);
      await page.getByRole('button', { name }).click();
      await waitForScreen(page, 'consent');
      expect(new URL(page.url()).searchParams.get('lang')).toBe(locale);
      found['consent'] = await seriousViolations(page);
      await page.locator('.consent-page button[type="submit"]').click();
      await page.locator('.survey-preview [data-name="time_in_canada"]').waitFor({ state: 'visible' });
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      found['first page, drawn'] = await seriousViolations(page);

      expect(found).toEqual({ language: [], consent: [], 'first page, drawn': [] });
      await context.close();
    });
  }

  it('can be completed with the keyboard alone', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/demo`);
    await waitForScreen(page, 'language');
    await tabTo(page, (el) => el.textContent === 'English');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'consent');
    await tabTo(page, (el) => el.matches('.consent-page button[type="submit"]'));
    await page.keyboard.press('Enter');
    await page.locator('[data-name="time_in_canada"]').waitFor();
    await tabTo(page, (el) => el.matches('[data-name="time_in_canada"] input[type="radio"]'));
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.matches('[data-name="household_size"] input'));
    await page.keyboard.type('2');
    for (let step = 0; step < 8; step += 1) {
      const last = await page.locator('.sd-navigation__complete-btn').isVisible();
      if (last) break;
      await tabTo(page, (el) => el.matches('.sd-navigation__next-btn'));
      await page.keyboard.press('Enter');
    }
    await tabTo(page, (el) => el.matches('[data-name="biggest_challenge"] textarea'));
    await page.keyboard.type('keyboard only');
    await tabTo(page, (el) => el.matches('.sd-navigation__complete-btn'));
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'thanks');
    await expect.poll(async () => (await e2e.server.storedResponses('demo')).filter((r) => r.answers['biggest_challenge'] === 'keyboard only').length, { timeout: 10_000 }).toBe(1);
    await context.close();
  });
});

/** Presses Tab until the focused element passes `test`; fails after 200 presses. */
async function tabTo(page: Page, test: (el: Element) => boolean): Promise<void> {
  const source = `(${test.toString()})`;
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate((code) => {
      const el = document.activeElement;
      return el ? (0, eval)(code)(el) : false;
    }, source);
    if (ok) return;
  }
  throw new Error(`Tab never reached the element (${source})`);
}
