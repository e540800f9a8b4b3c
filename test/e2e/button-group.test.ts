import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { startSurvey, waitForNoQueue, waitForScreen } from './helpers/survey-steps';
import { launchConsultation } from './helpers/tessera-server';

const survey = {
  pages: [{ name: 'work', elements: [
    { type: 'buttongroup', name: 'arrival', title: { default: 'When did you arrive?', fr: 'Quand êtes-vous arrivé ?' }, isRequired: true,
      choices: [{ value: 'this_year', text: { default: 'This year', fr: 'Cette année' } }, { value: 'earlier', text: { default: 'Earlier', fr: 'Avant' } }],
      showRefuseItem: true },
    { type: 'buttongroup', name: 'work', title: { default: 'Are you working?', fr: 'Travaillez-vous ?' }, visibleIf: "{arrival} = 'earlier'",
      choices: [{ value: 'yes', text: { default: 'Yes', fr: 'Oui' } }, { value: 'no', text: { default: 'No', fr: 'Non' } }] },
  ] }],
};

describe.skipIf(!HAS_CHROMIUM)('a button group answered in Chromium', { timeout: 120_000 }, () => {
  const e2e = useServerAndBrowser();

  it('draws each choice as a button, shows the question its answer reveals, and stores the answers the server validated', async () => {
    const consultation = await launchConsultation(e2e.server, { key: 'buttons', title: 'Buttons', survey });
    const slug = consultation.slug as string;

    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await startSurvey(page, `${e2e.server.url}/c/${slug}?lang=en`, 'arrival');
    const arrival = page.locator('[data-name="arrival"]');
    await expect.poll(() => arrival.locator('input[type="radio"]').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('[data-name="work"]').count()).toBe(0);
    await arrival.locator('label').filter({ hasText: 'Earlier' }).click();
    await page.locator('[data-name="work"] label').filter({ hasText: 'Yes' }).click();
    await page.locator('.sd-navigation__complete-btn').click();
    await waitForScreen(page, 'thanks');
    await waitForNoQueue(page);

    await expect.poll(async () => (await e2e.server.storedResponses(slug)).length, { timeout: 15_000 }).toBe(1);
    const [stored] = await e2e.server.storedResponses(slug);
    expect(stored!.answers).toEqual({ arrival: 'earlier', work: 'yes' });
    await context.close();
  });
});
