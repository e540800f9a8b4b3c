import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { answerFirstPage, finishSurvey, screenOf, startSurvey, waitForNoQueue, waitForScreen } from './helpers/survey-steps';

describe.skipIf(!HAS_CHROMIUM)('respondent client in Chromium against the real server', () => {
  const e2e = useServerAndBrowser();

  it('completes the survey in French, chosen on the language screen, and stores it once', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/demo`);
    await waitForScreen(page, 'language');
    await page.getByRole('button', { name: 'Français' }).click();
    await waitForScreen(page, 'consent');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('button', { name: /J’accepte/ }).click();
    await waitForScreen(page, 'question');
    await expect.poll(() => page.locator('.sd-navigation__next-btn').innerText()).toMatch(/Suivant/);
    await answerFirstPage(page, '3');
    await finishSurvey(page, 'Trouver un logement abordable');
    await waitForScreen(page, 'thanks');
    await expect.poll(() => page.locator('.thanks-state').innerText()).toMatch(/reçues/);

    const stored = (await e2e.server.storedResponses('demo')).filter((r) => r.answers['biggest_challenge'] === 'Trouver un logement abordable');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ locale: 'fr', channel: 'web' });
    expect(stored[0]?.answers['household_size']).toBe(3);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tessera:progress:')))).toEqual([]);
    await context.close();
  });

  it('lays the Arabic survey out right to left and records the phone channel from a poster link', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await startSurvey(page, `${e2e.server.url}/c/demo?lang=ar&ch=qr`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.sd-root-modern').getAttribute('dir')).toBe('rtl');
    // In a right-to-left layout the first radio option sits at the right edge.
    const option = await page.locator('[data-name="time_in_canada"] .sd-item').first().boundingBox();
    const question = await page.locator('[data-name="time_in_canada"]').boundingBox();
    expect(option && question && option.x + option.width > question.x + question.width / 2).toBe(true);
    await answerFirstPage(page, '2');
    await page.locator('.sd-navigation__next-btn').click();
    const previous = await page.locator('.sd-navigation__prev-btn').boundingBox();
    const next = await page.locator('.sd-navigation__next-btn').boundingBox();
    expect(previous && next && previous.x > next.x).toBe(true);
    await finishSurvey(page, 'السكن');
    await waitForScreen(page, 'thanks');
    await waitForNoQueue(page);

    const stored = (await e2e.server.storedResponses('demo')).filter((r) => r.answers['biggest_challenge'] === 'السكن');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ locale: 'ar', channel: 'phone' });
    await context.close();
  });

  it('changes language mid-survey without losing answers', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await startSurvey(page, `${e2e.server.url}/c/demo?lang=en`);
    await answerFirstPage(page, '4');
    await page.locator('.language-switch').click();
    await waitForScreen(page, 'language');
    await page.getByRole('button', { name: 'Français' }).click();
    await waitForScreen(page, 'question');
    await expect.poll(() => page.locator('.sd-navigation__next-btn').innerText()).toMatch(/Suivant/);
    expect(await page.locator('[data-name="household_size"] input').inputValue()).toBe('4');
    expect(await page.locator('[data-name="time_in_canada"] input[type="radio"]').first().isChecked()).toBe(true);
    await context.close();
  });

  it('answers offline after one visit, keeps the response through a reload, and stores it exactly once when back online', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await startSurvey(page, `${e2e.server.url}/c/demo?lang=en`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await answerFirstPage(page, '5');

    await context.setOffline(true);
    await e2e.server.stop();
    await finishSurvey(page, 'offline answer');
    await waitForScreen(page, 'thanks');
    await expect.poll(() => page.locator('.queue-status').getAttribute('data-pending')).toBe('1');
    expect(await page.locator('.thanks-state').getAttribute('data-queued')).toBe('true');

    await page.reload();
    await waitForScreen(page, 'thanks');
    await expect.poll(() => page.locator('.queue-status').getAttribute('data-pending')).toBe('1');
    expect(e2e.server.countStoredWithAnswer('offline answer')).toBe(0);

    await e2e.server.restart();
    await context.setOffline(false);
    await waitForNoQueue(page);
    await page.reload();
    await waitForScreen(page, 'consent');
    const stored = (await e2e.server.storedResponses('demo')).filter((r) => r.answers['biggest_challenge'] === 'offline answer');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers['household_size']).toBe(5);
    await context.close();
  });

  it('opens a fresh page offline once the survey has been opened before', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/demo`);
    await waitForScreen(page, 'language');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await context.setOffline(true);
    await e2e.server.stop();
    try {
      const second = await context.newPage();
      await startSurvey(second, `${e2e.server.url}/c/demo?lang=fr`);
      expect(await second.locator('.sd-question').count()).toBeGreaterThan(0);
    } finally {
      await e2e.server.restart();
      await context.close();
    }
  });

  it('keeps a refused response and shows it as needing attention instead of retrying forever', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/demo`);
    await waitForScreen(page, 'language');
    // A response the server must refuse (422: no answer to the required question).
    await page.evaluate(async () => {
      const request = indexedDB.open('tessera', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('outbox', { keyPath: 'id' });
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const id = crypto.randomUUID();
      const tx = db.transaction('outbox', 'readwrite');
      tx.objectStore('outbox').put({ id, slug: 'demo', body: { id, locale: 'en', answers: {}, channel: 'web' },
        createdAt: Date.now(), attempts: 0, nextAttemptAt: 0, state: 'pending', lastError: null });
      await new Promise((resolve) => (tx.oncomplete = resolve));
    });
    await page.reload();
    await expect.poll(() => page.locator('.queue-status').getAttribute('data-attention'), { timeout: 15_000 }).toBe('1');
    await page.locator('.queue-status button').click();
    await waitForScreen(page, 'offline-queue');
    await expect.poll(() => page.locator('.queue-list li[data-state="attention"]').innerText()).toMatch(/422/);
    await context.close();
  });

  it('resets an idle kiosk to the language screen and leaves nothing of the previous answers', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/kiosk/demo?idle=2&countdown=2`);
    await waitForScreen(page, 'language');
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await answerFirstPage(page, '7');
    await waitForScreen(page, 'countdown', 10_000);
    expect(await page.locator('.countdown-number').isVisible()).toBe(true);
    await waitForScreen(page, 'language', 10_000);

    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tessera:progress:')))).toEqual([]);
    await page.goBack().catch(() => null);
    expect(await screenOf(page)).not.toBe('question');
    await page.goto(`${e2e.server.url}/kiosk/demo?idle=60&countdown=2`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await page.locator('[data-name="household_size"] input').waitFor();
    expect(await page.locator('[data-name="household_size"] input').inputValue()).toBe('');
    expect(await page.locator('[data-name="time_in_canada"] input:checked').count()).toBe(0);
    await context.close();
  });

  it('starts a kiosk over after a submission, records the kiosk channel, and keeps nothing of that respondent', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/kiosk/demo?thanks=2`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await answerFirstPage(page, '6');
    await finishSurvey(page, 'kiosk answer');
    await waitForScreen(page, 'thanks');
    await waitForScreen(page, 'language', 10_000);
    expect(await page.locator('body').innerText()).not.toContain('kiosk answer');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tessera:progress:')))).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    expect(await page.locator('[data-name="household_size"] input').inputValue()).toBe('');
    expect(await page.locator('.sd-navigation__prev-btn').isVisible()).toBe(false);

    const stored = (await e2e.server.storedResponses('demo')).filter((r) => r.answers['biggest_challenge'] === 'kiosk answer');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.channel).toBe('kiosk');
    await context.close();
  });

  it('leaves kiosk mode only with the staff PIN', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/kiosk/demo`);
    await waitForScreen(page, 'language');
    await page.locator('.staff-exit').click();
    await page.locator('#staff-pin').fill('0000');
    await page.locator('#staff-pin').press('Enter');
    await page.locator('#pin-error').waitFor();
    await page.locator('#staff-pin').fill('1234');
    await page.locator('#staff-pin').press('Enter');
    await waitForScreen(page, 'kiosk-exited');
    await context.close();
  });

  it('prints a one-page poster with a local QR code to the phone link and an invitation in every language offered', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/poster/demo`);
    await waitForScreen(page, 'poster');
    await page.locator('.qr-code svg').waitFor();
    const offered = ((await (await fetch(`${e2e.server.url}/api/c/demo`)).json()) as { locales: string[] }).locales;
    expect(await page.locator('.invitations li').count()).toBe(offered.length);
    expect(await page.locator('.qr-code').getAttribute('aria-label')).toBe(`${e2e.server.url}/c/demo?ch=qr`);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    await context.close();
  });
});
