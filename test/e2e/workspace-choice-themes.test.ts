import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { themeLabel } from '../../analysis/taxonomy';
import { submission } from '../helpers/answers';
import { seriousViolations } from './helpers/axe';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { eventually, freshPage, signIn, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

/** A questionnaire as SurveyJS Creator writes it: choices with texts, none naming a theme. */
const FROM_CREATOR = {
  pages: [{
    name: 'p1',
    elements: [
      {
        type: 'checkbox',
        name: 'needs',
        title: { default: 'What do you need help with?', fr: 'De quoi avez-vous besoin?' },
        choices: [
          { value: 'job', text: { default: 'Finding a job', fr: 'Trouver un emploi' } },
          { value: 'home', text: { default: 'Finding an affordable apartment', fr: 'Trouver un appartement abordable' } },
          { value: 'nothing', text: { default: 'Nothing right now', fr: 'Rien pour le moment' } },
        ],
      },
      { type: 'radiogroup', name: 'often', title: 'How often do you use the library?', choices: ['Often', 'Never'] },
      { type: 'radiogroup', name: 'status', title: 'What is your status in Canada?', choices: [{ value: 'claimant', text: 'Refugee claimant' }, { value: 'student', text: 'International student' }] },
      // A one-line box, as SurveyJS Creator makes a short answer: not coded until the author says so.
      { type: 'text', name: 'challenge', title: { default: 'What is your biggest challenge?', fr: 'Quel est votre plus grand défi?' } },
    ],
  }],
};
const KEY = 'creator-needs';
const label = (code: Parameters<typeof themeLabel>[0]) => themeLabel(code, 'en');

describe.skipIf(!HAS_CHROMIUM)('saying what analysis codes in the workspace: themes on choices and free text', () => {
  let server: WorkspaceServer;
  let browser: Browser;
  let partnershipId: string;
  let questionnaireId: string;

  const row = (page: Page, value: string) => page.locator(`tr[data-choice="${value}"]`);

  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
    const partnership = await server.api('POST', '/api/partnerships', { name: 'Creator LIP', communities: ['North'] });
    partnershipId = partnership.json.id;
    const created = await server.api('POST', '/api/questionnaires', { key: KEY, title: 'Needs from Creator', partnershipId, survey: FROM_CREATOR });
    expect(created.status).toBe(201);
    questionnaireId = created.json.id;
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('suggests themes, lets the author change them with the keyboard, and saves them into the draft', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await signIn(page, server.url, server.admin.email, server.admin.password);
      await page.goto(`${server.url}/workspace/questionnaires/${questionnaireId}`);
      await page.getByRole('link', { name: 'Coding (what analysis codes in version 1)' }).focus();
      await page.keyboard.press('Enter');
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('What analysis codes: Needs from Creator, version 1');
      expect(await page.getByTestId('themes-count').textContent()).toBe('0 of 7 choices name a theme.');
      expect(await page.locator('fieldset[data-slot="needs"] legend').textContent()).toContain('What do you need help with?');

      await page.getByRole('button', { name: 'Suggest themes from the choices’ texts' }).click();
      await eventually(() => row(page, 'home').locator('li.suggested[data-theme="housing"]').count()).toBe(1);
      expect(await row(page, 'job').locator('li[data-theme="employment"]').textContent()).toContain('(suggested)');
      // Answers that name no need get nothing.
      expect(await row(page, 'nothing').locator('li').count()).toBe(0);
      expect(await row(page, 'Often').locator('li').count()).toBe(0);
      expect(await page.getByTestId('suggest-notice').textContent()).toMatch(/^\d+ choices were given suggested themes.* describe the person/);
      // A question that describes the person names no need: cleared in one press.
      await eventually(() => page.locator('fieldset[data-slot="status"] li[data-theme]').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Remove every theme from “What is your status in Canada?”' }).click();
      expect(await page.locator('fieldset[data-slot="status"] li[data-theme]').count()).toBe(0);
      expect(await page.locator('fieldset[data-slot="status"] .clear-slot').count()).toBe(0);
      expect(await seriousViolations(page), 'themes on choices, English').toEqual([]);

      // The author decides: finding a job is counted as language too, and the library question as recreation.
      const addTo = (text: string) => page.getByLabel(`Add a theme to “${text}”`);
      await addTo('Finding a job').selectOption({ label: label('language') });
      await addTo('Often').selectOption({ label: label('recreation_public_space') });
      await eventually(() => row(page, 'Often').locator('li[data-theme="recreation_public_space"]').count()).toBe(1);
      // ...and removes a suggestion it does not want, with the keyboard.
      const extra = await row(page, 'home').locator('li[data-theme]').evaluateAll((items) => items.map((item) => item.getAttribute('data-theme')!).filter((theme) => theme !== 'housing'));
      for (const theme of extra) {
        await page.getByRole('button', { name: `Remove ${label(theme as 'housing')} from “Finding an affordable apartment”` }).focus();
        await page.keyboard.press('Enter');
      }
      // The short-answer box is free text to code: ticked with the keyboard.
      const challenge = page.getByRole('checkbox', { name: /What is your biggest challenge\?/ });
      expect(await challenge.isChecked()).toBe(false);
      await challenge.focus();
      await page.keyboard.press('Space');
      expect(await challenge.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Save what analysis codes' }).click();
      await eventually(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
      expect(await page.locator('li.suggested').count()).toBe(0);
      expect(await page.getByTestId('themes-count').textContent()).toBe('3 of 7 choices name a theme.');

      const saved = await server.api('GET', `/api/questionnaires/${KEY}/versions/1`);
      const [needs, often] = saved.json.survey.pages[0].elements;
      expect(needs.choices.map((choice: { value: string; themes?: string[] }) => [choice.value, choice.themes?.sort()])).toEqual([
        ['job', ['employment', 'language']],
        ['home', ['housing']],
        ['nothing', undefined],
      ]);
      expect(often.choices).toEqual([{ value: 'Often', themes: ['recreation_public_space'] }, 'Never']);
      expect(saved.json.survey.pages[0].elements[2]).toEqual(FROM_CREATOR.pages[0]!.elements[2]);
      expect(saved.json.survey.pages[0].elements[3]).toEqual({ ...FROM_CREATOR.pages[0]!.elements[3], openEnded: true });
      // Every other part of the questionnaire is as the author wrote it.
      expect({ ...saved.json.survey, pages: [] }).toEqual({ ...FROM_CREATOR, pages: [] });
      expect(needs.title).toEqual(FROM_CREATOR.pages[0]!.elements[0]!.title);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('counts the saved themes in results once the version is published and answered', async () => {
    expect((await server.api('POST', `/api/questionnaires/${KEY}/versions/1/publish`)).status).toBe(200);
    const launched = await server.api('POST', '/api/consultations', { partnershipId, questionnaire: KEY, version: 1, title: 'Creator needs', audience: 'newcomers', wave: '2026', communities: ['North'], status: 'open' });
    expect(launched.status, JSON.stringify(launched.json)).toBe(201);
    const sent = submission({ community: 'North', answers: { needs: ['job', 'home'], often: 'Never', challenge: 'The bus does not come on Sundays' } });
    const posted = await fetch(`${server.url}/api/c/${launched.json.slug}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent) });
    expect(posted.status, await posted.text()).toBe(201);
    expect((await server.api('POST', `/api/consultations/${launched.json.id}/coding/run`)).status).toBe(200);
    const summary = await server.api('GET', `/api/analysis/summary?partnershipId=${partnershipId}&source=closed`);
    const counted = Object.fromEntries(summary.json.summary.themes.map((theme: { theme: string; n: number }) => [theme.theme, theme.n]));
    expect(counted).toMatchObject({ employment: 1, language: 1, housing: 1, recreation_public_space: 0 });
    // The short answer ticked for coding is read by the open-answer coder.
    const open = await server.api('GET', `/api/analysis/summary?partnershipId=${partnershipId}&source=open`);
    expect(open.json.summary.themes.find((theme: { theme: string }) => theme.theme === 'transportation').n).toBe(1);
  });

  it('keeps a published version frozen: saving makes a new draft with the themes, in French on a 360 px screen', async () => {
    const { context, page } = await freshPage(browser, { width: 360 });
    try {
      await signIn(page, server.url, server.admin.email, server.admin.password);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.goto(`${server.url}/workspace/questionnaires/${questionnaireId}/versions/1/themes`);
      await eventually(() => page.getByTestId('themes-frozen').textContent()).toContain('La version 1 est publiée et figée');
      expect(await page.locator('fieldset[data-slot="needs"] legend').textContent()).toContain('De quoi avez-vous besoin?');
      expect(await row(page, 'job').locator('th').textContent()).toBe('Trouver un emploi');
      expect(await seriousViolations(page), 'thèmes des choix, français').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(362);

      await page.getByLabel('Ajouter un thème à « Rien pour le moment »').selectOption('basic_needs');
      await page.getByRole('button', { name: 'Enregistrer comme nouvelle version brouillon' }).click();
      await eventually(() => page.getByRole('status').filter({ hasText: 'Enregistré comme version 2' }).count()).toBe(1);
      const published = await server.api('GET', `/api/questionnaires/${KEY}/versions/1`);
      expect(published.json.survey.pages[0].elements[0].choices[2].themes).toBeUndefined();
      const draft = await server.api('GET', `/api/questionnaires/${KEY}/versions/2`);
      expect(draft.json.status).toBe('draft');
      expect(draft.json.survey.pages[0].elements[0].choices[2].themes).toEqual(['basic_needs']);
      expect(draft.json.survey.pages[0].elements[0].choices[0].themes.sort()).toEqual(['employment', 'language']);
    } finally {
      await context.close();
    }
  }, 120_000);
});
