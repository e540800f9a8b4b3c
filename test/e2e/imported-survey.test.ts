import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './helpers/browser';
import { useServerAndBrowser } from './helpers/server-and-browser';
import { pickFromList, waitForScreen } from './helpers/survey-steps';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url));

describe.skipIf(!HAS_CHROMIUM)('questionnaires imported from LimeSurvey and XLSForm, answered in Chromium', { timeout: 180_000 }, () => {
  const e2e = useServerAndBrowser();

  const api = (method: string, path: string, body?: unknown) => e2e.server.api(method, path, body);

  /** Imports a fixture as a new questionnaire of a new partnership, publishes it and opens a consultation of it. */
  async function importAndLaunch(format: 'limesurvey' | 'xlsform', file: string, key: string) {
    const partnership = await api('POST', '/api/partnerships', { name: `${key} LIP`, communities: ['Ottawa'] });
    const created = await api('POST', '/api/questionnaires', {
      key, title: `Needs (${format})`, partnershipId: partnership.id,
      import: { format, file: fixture(file).toString('base64') },
    });
    await api('POST', `/api/questionnaires/${created.id}/versions/1/publish`);
    return api('POST', '/api/consultations', {
      partnershipId: partnership.id, questionnaire: key, title: `Imported needs (${format})`, audience: 'newcomers', wave: '2026', status: 'open',
    });
  }

  it('imports, publishes and launches the .lss, and stores the answers given in the respondent app', async () => {
    const consultation = await importAndLaunch('limesurvey', 'newcomer-needs.lss', 'lss-needs');

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

  it('imports the 50-row XLSForm, publishes and launches it, and stores what a French-speaking respondent answers', async () => {
    const consultation = await importAndLaunch('xlsform', 'newcomer-needs.xlsx', 'xlsform-needs');

    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const choose = (name: string, label: string) =>
      page.locator(`[data-name="${name}"] .sd-item__control-label`).getByText(label, { exact: true }).click();
    const fill = (name: string, text: string, field = 'input') => page.locator(`[data-name="${name}"] ${field}`).fill(text);
    const next = () => page.locator('.sd-navigation__next-btn').click();

    await page.goto(`${e2e.server.url}/c/${consultation.slug}?lang=fr`);
    await waitForScreen(page, 'consent');
    await page.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(page, 'question');
    await page.waitForFunction(() => {
      const intro = document.querySelector('[data-name="intro"]');
      return intro !== null && intro.closest('.survey-preview') === null;
    });
    expect(await page.locator('[data-name="intro"]').innerText()).toContain('Bienvenue');
    await next();

    // About you: the city list is filtered by the province (a choice_filter), English level shows
    // only to someone who does not speak English at home (a relevant on a select_multiple).
    await choose('consent', 'Oui');
    await fill('age', '34');
    await fill('arrival_year', '2023');
    await choose('immigration_status', 'Demandeur d’asile');
    await choose('province', 'Ontario');
    await page.locator('[data-name="city"] .sd-dropdown').click();
    const cities = page.locator('[data-name="city"] [role="option"]');
    await expect.poll(() => cities.allInnerTexts()).toEqual(['Toronto', 'Ottawa', 'Hamilton', 'Brampton']);
    await pickFromList(page, page.locator('[data-name="city"] .sd-dropdown'), 'Ottawa');
    await choose('languages_spoken', 'Arabe');
    await choose('languages_spoken', 'Français');
    await choose('english_level', 'Un peu');
    await next();

    // Household: each question shows from the answer before it.
    await fill('household_size', '4');
    await choose('children_under_18', 'Oui');
    await fill('children_count', '2');
    await choose('children_school', 'Oui');
    await next();

    // Needs: "count-selected(.) <= 3" and the most important need chosen among those selected.
    await choose('top_needs', 'Logement');
    await choose('top_needs', 'Trouver du travail');
    await expect.poll(() => page.locator('[data-name="top_need"] .sd-item__control-label').allInnerTexts()).toEqual(['Logement', 'Trouver du travail']);
    await choose('top_need', 'Logement');
    await choose('housing_type', 'Je loue');
    await fill('rent_share', '45');
    await choose('housing_crowded', 'Oui');
    await choose('employment_status', 'Je cherche du travail');
    await choose('employment_barriers', 'Mes diplômes ne sont pas reconnus');
    await fill('credential_field', 'Génie civil');
    await choose('service_satisfaction', 'Insatisfait');
    await fill('needs_other', 'Un médecin de famille pour mes enfants', 'textarea');
    await next();

    // The calculate row (count-selected of the needs) is a calculated value; the note reads it.
    await expect.poll(() => page.locator('[data-name="needs_summary"]').innerText()).toContain('plusieurs besoins');
    await choose('services_used', 'Cours de langue');
    await choose('services_barrier', 'Non');
    await page.locator('[data-name="wait_rating"] .sd-rating__item-text', { hasText: '4' }).click();
    await next();

    // The postal code's regex constraint refuses a full code before the survey completes.
    await choose('feel_welcome', 'Oui');
    await fill('postal_prefix', 'K1A 0B1');
    await page.locator('.sd-navigation__complete-btn').click();
    await expect.poll(() => page.locator('[data-name="postal_prefix"]').innerText()).toContain('Entrez trois caractères, comme K1A.');
    await fill('postal_prefix', 'K1A');
    await page.locator('.sd-navigation__complete-btn').click();
    await waitForScreen(page, 'thanks');

    await expect.poll(async () => (await e2e.server.storedResponses(consultation.slug)).length, { timeout: 15_000 }).toBe(1);
    const [stored] = await e2e.server.storedResponses(consultation.slug);
    expect(stored!.answers).toEqual({
      consent: 'yes', age: 34, arrival_year: 2023, immigration_status: 'claimant', province: 'on', city: 'ottawa',
      languages_spoken: ['ar', 'fr'], english_level: 'basic',
      household_size: 4, children_under_18: 'yes', children_count: 2, children_school: 'yes',
      top_needs: ['housing', 'employment'], top_need: 'housing', housing_type: 'rent', rent_share: 45, housing_crowded: 'yes',
      employment_status: 'looking', employment_barriers: ['credentials'], credential_field: 'Génie civil',
      service_satisfaction: '2', needs_other: 'Un médecin de famille pour mes enfants',
      services_used: ['language_classes'], services_barrier: 'no', wait_rating: 4,
      feel_welcome: 'yes', postal_prefix: 'K1A',
      // Computed by the server from top_needs, as ODK stores a calculation.
      needs_count: 2,
    });
    await context.close();
  });
});
