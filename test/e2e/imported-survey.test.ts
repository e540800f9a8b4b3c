import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { waitForScreen } from './helpers/survey-steps';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url));

describe.skipIf(!HAS_CHROMIUM)('a questionnaire imported from LimeSurvey, answered in Chromium', { timeout: 180_000 }, () => {
  const e2e = useServerAndBrowser();

  async function api(method: string, path: string, body?: unknown) {
    const response = await fetch(`${e2e.server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${e2e.server.adminToken}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, any>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  it('imports, publishes and launches the .lss, and stores the answers given in the respondent app', async () => {
    const partnership = await api('POST', '/api/partnerships', { name: 'Imports LIP', communities: ['Ottawa'] });
    const created = await api('POST', '/api/questionnaires', {
      key: 'lss-needs', title: 'Needs (LimeSurvey)', partnershipId: partnership.id,
      import: { format: 'limesurvey', file: fixture('newcomer-needs.lss').toString('base64') },
    });
    await api('POST', `/api/questionnaires/${created.id}/versions/1/publish`);
    const consultation = await api('POST', '/api/consultations', {
      partnershipId: partnership.id, questionnaire: 'lss-needs', title: 'Imported needs', audience: 'newcomers', wave: '2026', status: 'open',
    });

    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/${consultation.slug}?lang=en`);
    await waitForScreen(page, 'consent');
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await page.waitForFunction(() => {
      const question = document.querySelector('[data-name="consent"]');
      return question !== null && question.closest('.survey-preview') === null;
    });
    await page.locator('[data-name="consent"] .sd-item__control-label', { hasText: 'Yes' }).click();
    await page.locator('[data-name="age"] input').fill('34');
    await page.locator('[data-name="status"] .sd-item__control-label', { hasText: 'Refugee claimant' }).click();
    // The dropdown filters its list as one types; Enter picks the one match.
    await page.locator('[data-name="region"] .sd-dropdown').click();
    await page.keyboard.type('Ottawa');
    await page.keyboard.press('Enter');
    await page.locator('[data-name="langs"] .sd-item__control-label', { hasText: 'Arabic' }).click();
    await page.locator('.sd-navigation__next-btn').click();
    await page.locator('[data-name="needs"] .sd-item__control-label', { hasText: 'Finding work' }).click();
    await page.locator('[data-name="work_field"] input').fill('Civil engineering');
    await page.locator('.sd-navigation__complete-btn').click();
    await waitForScreen(page, 'thanks');

    await expect.poll(async () => (await e2e.server.storedResponses(consultation.slug)).length, { timeout: 15_000 }).toBe(1);
    const [stored] = await e2e.server.storedResponses(consultation.slug);
    expect(stored!.answers).toMatchObject({ consent: 'Y', age: 34, status: 'A3', region: 'ottawa', langs: ['SQ003'], needs: ['work'], work_field: 'Civil engineering' });
    expect(stored!.answers.housing).toBeUndefined();
    await context.close();
  });
});
