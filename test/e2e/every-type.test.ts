import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ar } from '../../client/src/i18n/ar';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { pickFromList, startSurvey, waitForLiveQuestion, waitForNoQueue, waitForScreen } from './helpers/survey-steps';
import { launchConsultation } from './helpers/tessera-server';

const survey = JSON.parse(readFileSync(new URL('./fixtures/every-type-ar.json', import.meta.url), 'utf8')) as unknown;

const progressKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tessera:progress:')));

/** Everything the respondent app keeps in IndexedDB: every store of every database, as text. */
const indexedDbText = (page: Page) =>
  page.evaluate(async () => {
    const texts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        texts.push(JSON.stringify(rows));
      }
      db.close();
    }
    return texts.join('\n');
  });

describe.skipIf(!HAS_CHROMIUM)('every published question type answered in Chromium, in Arabic, offline and on a kiosk', { timeout: 180_000 }, () => {
  const e2e = useServerAndBrowser();
  let slug = '';

  async function launch(): Promise<string> {
    if (slug) return slug;
    const consultation = await launchConsultation(e2e.server, { key: 'every-type', title: 'Every type', survey, locales: ['en', 'ar'] });
    expect(consultation.locales).toEqual(['en', 'ar']);
    slug = consultation.slug as string;
    return slug;
  }

  it('renders every type right to left, keeps the answers on the device while the server is away, and stores them once', async () => {
    const link = await launch();
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await startSurvey(page, `${e2e.server.url}/c/${link}?lang=ar`, 'priorities');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.sd-root-modern').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-name="priorities"] .sd-question__title').innerText()).toContain('الأولويات');

    // Ranking: survey-core moves the focused item with the arrow keys. "Work" goes to the top.
    const ranking = page.locator('[data-name="priorities"] .sv-ranking-item');
    await expect.poll(() => ranking.allInnerTexts()).toEqual([expect.stringContaining('السكن'), expect.stringContaining('العمل'), expect.stringContaining('دروس اللغة')]);
    await ranking.nth(1).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await ranking.allInnerTexts()).map((text) => text.trim().replace(/^\d+\s*/, ''))).toEqual(['العمل', 'السكن', 'دروس اللغة']);

    // Tagbox: its list stays open while one picks several.
    const tagbox = page.locator('[data-name="languages"] .sd-tagbox');
    await pickFromList(page, tagbox, 'العربية');
    await pickFromList(page, tagbox, 'الإنجليزية');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-name="languages"] .sd-tagbox-item__text').allInnerTexts()).toEqual(['العربية', 'الإنجليزية']);

    // Image picker: its picture. survey-core disables a choice whose image does not load, and the
    // page's content security policy loads images only from the app itself or data: URLs, so the
    // fixture's pictures are data: URLs (an https picture would leave the question unanswerable).
    await page.locator('[data-name="transport"] .sd-imagepicker__item').filter({ hasText: 'الحافلة' }).click();

    // Matrix: one radio per row.
    const matrixCell = (row: string, column: string) =>
      page.locator('[data-name="satisfaction"] tr').filter({ hasText: row }).locator(`label:has(input[value="${column}"])`);
    await matrixCell('العيادة', 'poor').click();
    await matrixCell('المكتبة', 'ok').click();

    const foodBank = page.locator('[data-name="services"] tr').filter({ hasText: 'بنك الطعام' });
    // Grids are mirrored: row names at the right, the first column right of the second.
    const clinicRow = page.locator('[data-name="satisfaction"] tr').filter({ hasText: 'العيادة' });
    const firstColumn = await clinicRow.locator('label:has(input[value="ok"])').boundingBox();
    const secondColumn = await clinicRow.locator('label:has(input[value="poor"])').boundingBox();
    expect(firstColumn!.x).toBeGreaterThan(secondColumn!.x);
    expect((await foodBank.locator('td').first().boundingBox())!.x).toBeGreaterThan((await foodBank.locator('textarea').boundingBox())!.x);

    // Matrix of dropdowns: a boolean, a dropdown and a comment in the food bank row.
    await foodBank.locator('.sd-boolean').click();
    await pickFromList(page, foodBank.locator('.sd-dropdown'), 'المسافة');
    await foodBank.locator('textarea').fill('الحافلة لا تصل');
    await foodBank.locator('textarea').blur();

    await page.locator('.sd-navigation__next-btn').click();
    await waitForLiveQuestion(page, 'household');

    // Multiple text: its four inputs, in order.
    const household = page.locator('[data-name="household"] input');
    await household.nth(0).fill('2');
    await household.nth(1).fill('3');
    await household.nth(2).fill('إيجاد عمل');
    await household.nth(3).fill('family@example.org');
    await household.nth(3).blur();
    await expect.poll(() => page.locator('[data-name="people"]').innerText()).toContain('5');

    // Dynamic matrix and dynamic panel: the respondent adds a row and a panel, then fills them.
    await page.locator('[data-name="children"]').getByRole('button', { name: 'أضف طفلاً' }).click();
    const child = page.locator('[data-name="children"] tr.sd-table__row').first();
    await child.locator('input[type="number"]').fill('9');
    await pickFromList(page, child.locator('.sd-dropdown'), 'نعم');
    await page.locator('[data-name="services_used"]').getByRole('button', { name: 'أضف خدمة' }).click();
    await page.locator('[data-name="services_used"] [data-name="service_name"] input').fill('بنك الطعام في الحي');
    await page.locator('[data-name="services_used"] [data-name="service_name"] input').blur();

    // The slider runs right to left: its minimum sits at the right end.
    const sliderMin = await page.locator('[data-name="rent"] .sd-slider__label-text[title="0"]').boundingBox();
    const sliderMax = await page.locator('[data-name="rent"] .sd-slider__label-text[title="3000"]').boundingBox();
    expect(sliderMin!.x).toBeGreaterThan(sliderMax!.x);

    // Slider: both thumbs moved with the keyboard.
    const thumbs = page.locator('[data-name="rent"] input.sd-slider__input:not([aria-hidden="true"])');
    await thumbs.nth(0).focus();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowUp');
    await thumbs.nth(1).focus();
    for (let step = 0; step < 10; step += 1) await page.keyboard.press('ArrowDown');

    await page.locator('[data-name="arrival"] input').fill('2024-03-15');
    await page.locator('[data-name="arrival"] input').blur();

    // Off the network before completing.
    await context.setOffline(true);
    await e2e.server.stop();
    try {
      await page.locator('.sd-navigation__complete-btn').click();
      await waitForScreen(page, 'thanks');
      await expect.poll(() => page.locator('.thanks-state').getAttribute('data-queued')).toBe('true');
      expect(await page.locator('.thanks-state').innerText()).toBe(ar.thanksQueued);
      await expect.poll(() => page.locator('.queue-status').getAttribute('data-pending')).toBe('1');
      expect(e2e.server.countStoredWithAnswer('2024-03-15')).toBe(0);
    } finally {
      await e2e.server.restart();
      await context.setOffline(false);
    }
    await waitForNoQueue(page);

    await expect.poll(async () => (await e2e.server.storedResponses(link)).length, { timeout: 15_000 }).toBe(1);
    const [stored] = await e2e.server.storedResponses(link);
    expect(stored!.locale).toBe('ar');
    // Exactly what was entered: the ranking reordered, the slider's thumbs five steps up from 0 and
    // ten down from 3000, and the computed values worked out again by the server.
    expect(stored!.answers).toEqual({
      priorities: ['work', 'housing', 'classes'],
      languages: ['arabic', 'english'],
      transport: 'bus',
      satisfaction: { clinic: 'poor', library: 'ok' },
      services: { food_bank: { used: true, barrier: 'distance', note: 'الحافلة لا تصل' } },
      household: { adults: 2, children: 3, worry: 'إيجاد عمل', email: 'family@example.org' },
      children: [{ age: 9, school: 'yes' }],
      services_used: [{ service_name: 'بنك الطعام في الحي' }],
      rent: [500, 2000],
      arrival: '2024-03-15',
      people: 5,
      household_total: 5,
    });
    await context.close();
  });

  it('wipes the new types on an idle kiosk: nothing of them stays in the page, localStorage or IndexedDB', async () => {
    const link = await launch();
    const storedBefore = (await e2e.server.storedResponses(link)).length;
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/kiosk/${link}?idle=15&countdown=2`);
    await waitForScreen(page, 'language');
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await waitForLiveQuestion(page, 'priorities');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    const ranking = page.locator('[data-name="priorities"] .sv-ranking-item');
    await ranking.nth(2).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await ranking.allInnerTexts()).map((text) => text.trim().replace(/^\d+\s*/, ''))).toEqual(['دروس اللغة', 'السكن', 'العمل']);
    await pickFromList(page, page.locator('[data-name="languages"] .sd-tagbox'), 'العربية');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-name="languages"] .sd-tagbox-item__text').allInnerTexts()).toEqual(['العربية']);
    const foodBank = page.locator('[data-name="services"] tr').filter({ hasText: 'بنك الطعام' });
    await foodBank.locator('textarea').fill('ملاحظة سرية من الكشك');
    await foodBank.locator('textarea').blur();
    await page.locator('.sd-navigation__next-btn').click();
    await waitForLiveQuestion(page, 'household');
    await page.locator('[data-name="household"] input').nth(2).fill('قلق خاص بالكشك');
    await page.locator('[data-name="services_used"]').getByRole('button', { name: 'أضف خدمة' }).click();
    await page.locator('[data-name="services_used"] [data-name="service_name"] input').fill('خدمة سرية من الكشك');
    await page.locator('[data-name="arrival"] input').fill('2019-07-04');
    await page.locator('[data-name="arrival"] input').blur();
    // What was typed is kept as progress while the respondent is there: the wipe has something to erase.
    await expect.poll(() => page.evaluate(() => Object.entries(localStorage).map(([, value]) => value).join('\n'))).toContain('2019-07-04');

    await waitForScreen(page, 'countdown', 30_000);
    await waitForScreen(page, 'language', 10_000);
    const typed = ['ملاحظة سرية من الكشك', 'قلق خاص بالكشك', 'خدمة سرية من الكشك', '2019-07-04'];
    const body = await page.locator('body').innerText();
    for (const text of typed) expect(body).not.toContain(text);
    expect(await progressKeys(page)).toEqual([]);
    const local = await page.evaluate(() => Object.entries(localStorage).map(([key, value]) => `${key}=${value}`).join('\n'));
    const stored = await indexedDbText(page);
    for (const text of [...typed, 'classes', 'arabic', 'food_bank']) {
      expect(local).not.toContain(text);
      expect(stored).not.toContain(text);
    }

    // The next respondent starts from empty widgets.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await waitForLiveQuestion(page, 'priorities');
    expect((await ranking.allInnerTexts()).map((text) => text.trim().replace(/^\d+\s*/, ''))).toEqual(['السكن', 'العمل', 'دروس اللغة']);
    expect(await page.locator('[data-name="languages"] .sd-tagbox-item').count()).toBe(0);
    expect(await foodBank.locator('textarea').inputValue()).toBe('');
    expect(await e2e.server.storedResponses(link)).toHaveLength(storedBefore);
    await context.close();
  });
});
