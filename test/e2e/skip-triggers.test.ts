import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { pickFromList, startSurvey, waitForLiveQuestion, waitForNoQueue, waitForScreen } from './helpers/survey-steps';
import { launchConsultation } from './helpers/tessera-server';

const survey = JSON.parse(readFileSync(new URL('../server/validation/fixtures/skip-triggers.json', import.meta.url), 'utf8')) as unknown;

describe.skipIf(!HAS_CHROMIUM)('skip triggers in the respondent app in Chromium', { timeout: 120_000 }, () => {
  const e2e = useServerAndBrowser();

  it('jumps past the pages a skip passes over, leaves their required questions unanswered, and the server stores the response', async () => {
    const consultation = await launchConsultation(e2e.server, { key: 'skip-triggers', title: 'Skip triggers', survey });
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await startSurvey(page, `${e2e.server.url}/c/${consultation.slug}?lang=en`, 'status');

    await page.locator('[data-name="age"] input').fill('41');
    await page.locator('[data-name="age"] input').blur();
    // Choosing "provider" moves straight to the organisation's page: the newcomer page, with its required questions, is passed over.
    await page.locator('[data-name="status"] .sd-item__control-label').filter({ hasText: 'provider' }).click();
    await waitForLiveQuestion(page, 'org_type');
    expect(await page.locator('[data-name="arrival"]').count()).toBe(0);
    await pickFromList(page, page.locator('[data-name="org_type"] .sd-dropdown'), 'settlement');
    await page.locator('[data-name="capacity"] .sd-rating__item').filter({ hasText: '4' }).click();
    await page.locator('.sd-navigation__next-btn').click();

    await waitForLiveQuestion(page, 'employer');
    await page.locator('[data-name="employer"] input').fill('Public sector');
    await page.locator('[data-name="employer"] input').blur();
    // "no" jumps to the last page, past the required work story.
    await page.locator('[data-name="more"] .sd-item__control-label').filter({ hasText: 'no' }).click();
    await waitForLiveQuestion(page, 'final');
    await page.locator('[data-name="final"] textarea').fill('Evening classes would help our clients.');
    await page.locator('.sd-navigation__complete-btn').click();
    await waitForScreen(page, 'thanks');
    await waitForNoQueue(page);

    const stored = await e2e.server.storedResponses(consultation.slug as string);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers).toEqual({
      status: 'provider', age: 41, org_type: 'settlement', capacity: 4, employer: 'Public sector', more: 'no', final: 'Evening classes would help our clients.',
    });
    await context.close();
  });
});
