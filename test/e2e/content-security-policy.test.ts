import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { waitForScreen } from './helpers/survey-steps';

const LANGUAGES = [['en', 'English'], ['ar', 'العربية']] as const;

type Violation = { screen: string; report: string };

/**
 * Collects every CSP violation the page reports, as a `securitypolicyviolation` event (caught
 * in every document before any of its own scripts run) or as a console error, with the screen
 * shown when it happened.
 */
async function watchViolations(context: BrowserContext, page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  const screen = () => page.evaluate(() => document.body?.dataset.screen ?? '(none)').catch(() => '(navigating)');
  await context.exposeBinding('reportCspViolation', async (_source, report: string) => {
    violations.push({ screen: await screen(), report });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(report: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  page.on('console', async (message) => {
    if (message.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      violations.push({ screen: await screen(), report: message.text() });
    }
  });
  return violations;
}

describe.skipIf(!HAS_CHROMIUM)('the content security policy of the respondent pages', { timeout: 120_000 }, () => {
  const e2e = useServerAndBrowser();

  for (const [locale, name] of LANGUAGES) {
    it(`reports no violation on any respondent screen in ${name}, from language to thanks`, async () => {
      const context = await e2e.browser.newContext();
      const page = await context.newPage();
      const violations = await watchViolations(context, page);
      const seen: string[] = [];
      const reach = async (screen: string) => {
        await waitForScreen(page, screen);
        seen.push(screen);
      };

      const response = await page.goto(`${e2e.server.url}/c/demo`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await reach('language');
      await page.getByRole('button', { name }).click();
      await reach('consent');
      await page.locator('.consent-page button[type="submit"]').click();
      await page.locator('[data-name="time_in_canada"]').waitFor();
      await reach('question');
      await page.locator('[data-name="time_in_canada"] .sd-item__control-label').first().click();
      for (let step = 0; step < 10 && (await page.locator('.sd-navigation__next-btn').isVisible()); step += 1) {
        await page.locator('.sd-navigation__next-btn').click();
        seen.push(`page ${step + 2}`);
      }
      await page.locator('.sd-navigation__complete-btn').click();
      await reach('thanks');
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      // A reload comes from the service worker once it controls the page.
      await page.reload();
      await page.locator('body[data-screen]').waitFor();
      seen.push(`reloaded on ${await page.evaluate(() => document.body.dataset.screen)}`);

      expect(violations).toEqual([]);
      expect(seen).toContain('thanks');
      await context.close();
    });

    it(`reports no violation on the kiosk, its idle countdown and its PIN dialog in ${name}`, async () => {
      const context = await e2e.browser.newContext();
      const page = await context.newPage();
      const violations = await watchViolations(context, page);

      await page.goto(`${e2e.server.url}/kiosk/demo`);
      await waitForScreen(page, 'language');
      await page.getByRole('button', { name }).click();
      await waitForScreen(page, 'consent');
      await page.goto(`${e2e.server.url}/kiosk/demo?idle=1&countdown=60&lang=${locale}`);
      await waitForScreen(page, 'countdown');
      await page.goto(`${e2e.server.url}/kiosk/demo?lang=${locale}`);
      await page.locator('.staff-exit').click();
      await page.locator('#staff-pin').fill('0000');
      await page.locator('#staff-pin').press('Enter');
      await page.locator('#pin-error').waitFor();
      await page.locator('#staff-pin').fill('1234');
      await page.locator('#staff-pin').press('Enter');
      await waitForScreen(page, 'kiosk-exited');

      expect(violations).toEqual([]);
      await context.close();
    });

    it(`reports no violation on the pages the server draws before the app runs, in ${name}`, async () => {
      const context = await e2e.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const violations = await watchViolations(context, page);
      // The app's own JavaScript never arrives: the server's page and its inline script alone.
      await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());

      await page.goto(`${e2e.server.url}/c/demo`);
      await waitForScreen(page, 'language');
      await page.getByRole('button', { name }).click();
      await waitForScreen(page, 'consent');
      await page.locator('.consent-page button[type="submit"]').click();
      // The inline script puts the drawn first page (style attributes and all) on screen.
      await page.locator('.survey-preview [data-name="time_in_canada"]').waitFor({ state: 'visible' });

      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('reports no violation on the poster', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const violations = await watchViolations(context, page);
    await page.goto(`${e2e.server.url}/poster/demo`);
    await waitForScreen(page, 'poster');
    await page.locator('.qr-code svg').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('blocks a script injected into the page, so the policy is in force', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const violations = await watchViolations(context, page);
    await page.goto(`${e2e.server.url}/c/demo`);
    await waitForScreen(page, 'language');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]!.report).toContain('script-src');
    await context.close();
  });
});
