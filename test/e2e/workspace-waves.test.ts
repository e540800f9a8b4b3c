import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { submission } from '../helpers/answers';
import { answersFor, waveSurvey, type WaveAnswer } from '../server/questionnaires/wave-surveys';
import { seriousViolations } from './helpers/axe';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { eventually, freshPage, signIn, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

/**
 * A questionnaire over two waves: version 1 (2026) and version 2 (2029), where version 2 renames
 * the needs question, splits the services question, drops the newsletter and adds a childcare
 * question (the only one counted as basic needs, so that theme was asked in 2029 only).
 */
const KEY = 'waves-e2e';
const ANSWERS: Record<'2026' | '2029', WaveAnswer[]> = {
  '2026': [
    { needs: ['housing'], services: ['language_class'], newsletter: 'yes' },
    { needs: ['find_job', 'english'], services: ['employment_centre'] },
    { needs: ['housing', 'transit'], newsletter: 'no' },
  ],
  '2029': [
    { needs: ['housing'], services: ['language_class'], childcare: 'yes' },
    { needs: ['find_job'], childcare: 'yes' },
    { needs: ['english'], services: ['health_clinic'], childcare: 'no' },
  ],
};

describe.skipIf(!HAS_CHROMIUM)('waves in the workspace: question links and wave notes', () => {
  let server: WorkspaceServer;
  let browser: Browser;
  let partnershipId: string;
  let questionnaireId: string;

  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
  const row = (page: Page, question: string) => page.locator(`tr[data-question="${question}"]`);

  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
    const partnership = await server.api('POST', '/api/partnerships', { name: 'Waves LIP', communities: ['North', 'South'] });
    expect(partnership.status).toBe(201);
    partnershipId = partnership.json.id;
    const created = await server.api('POST', '/api/questionnaires', { key: KEY, title: 'Needs over the years', partnershipId, survey: waveSurvey('renamed', 1) });
    expect(created.status).toBe(201);
    questionnaireId = created.json.id;
    expect((await server.api('POST', `/api/questionnaires/${KEY}/versions/1/publish`)).status).toBe(200);
    expect((await server.api('POST', `/api/questionnaires/${KEY}/versions`, { survey: waveSurvey('renamed', 3) })).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits the links being edited on a 360 px screen in English and French without a serious accessibility problem', async () => {
    const { context, page } = await freshPage(browser, { width: 360 });
    try {
      await signIn(page, server.url, server.admin.email, server.admin.password);
      // French first: the language is the person's own, and the next test reads the English words.
      for (const language of ['Français', 'English'] as const) {
        await page.getByRole('button', { name: language }).click();
        await page.goto(`${server.url}/workspace/questionnaires/${questionnaireId}/versions/2/links`);
        await page.locator('tr[data-question="needs_top"]').waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language === 'English' ? 'en' : 'fr');
        expect(await page.locator('.links-table select').count(), language).toBeGreaterThan(0);
        expect(await seriousViolations(page), language).toEqual([]);
        expect(await noSidewaysScroll(page), language).toBeLessThanOrEqual(362);
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the proposed links, refuses a wrong one on its row, saves them with the keyboard, and shows them read-only once published', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await signIn(page, server.url, server.admin.email, server.admin.password);
      await page.goto(`${server.url}/workspace/questionnaires/${questionnaireId}`);
      await page.getByRole('link', { name: 'Question links of version 2' }).focus();
      await page.keyboard.press('Enter');
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Question links: Needs over the years, version 2');
      await eventually(() => page.getByTestId('links-origin').textContent()).toMatch(/^Proposed/);

      // What the semantic diff proposes: a rename, a split, a new question and a dropped one.
      const predecessor = (question: string) => page.getByLabel(`What ${question} came from`);
      const kind = (question: string) => page.getByLabel(`Kind of link for ${question}`);
      await eventually(() => predecessor('needs_top').inputValue()).toBe('q1_needs');
      expect(await kind('needs_top').inputValue()).toBe('renamed');
      expect(await predecessor('services_language').inputValue()).toBe('q2_services');
      expect(await kind('services_language').inputValue()).toBe('split');
      expect(await kind('services_other').inputValue()).toBe('split');
      expect(await predecessor('childcare').inputValue()).toBe('');
      expect(await kind('childcare').inputValue()).toBe('new');
      expect(await page.getByTestId('links-dropped').textContent()).toContain('q4_newsletter');
      await eventually(() => row(page, 'needs_top').textContent()).toContain('What do you need help with most?');

      expect(await seriousViolations(page), 'links, English').toEqual([]);

      // A new question cannot keep a predecessor: chosen with the keyboard, refused on its own row.
      await kind('needs_top').focus();
      await page.keyboard.press('n');
      expect(await kind('needs_top').inputValue()).toBe('new');
      await page.getByRole('button', { name: 'Save the links' }).focus();
      await page.keyboard.press('Enter');
      await eventually(() => page.getByTestId('links-problems').textContent()).toContain('1 problem: the links were not saved');
      expect(await row(page, 'needs_top').getByTestId('link-problem').textContent()).toContain('A new question has no predecessor');
      expect(await predecessor('needs_top').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByTestId('link-problem').count()).toBe(1);

      await page.getByRole('button', { name: 'Français' }).click();
      await eventually(() => row(page, 'needs_top').getByTestId('link-problem').textContent()).toContain('une nouvelle question n’a pas de question d’origine');
      expect(await page.getByLabel('Type de lien pour needs_top').inputValue()).toBe('new');
      expect(await seriousViolations(page), 'links with a problem, French').toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();

      await kind('needs_top').selectOption('renamed');
      await page.getByRole('button', { name: 'Save the links' }).click();
      await eventually(() => page.getByRole('status').filter({ hasText: 'Links saved.' }).count()).toBe(1);
      await eventually(() => page.getByTestId('links-origin').textContent()).toBe('Confirmed by a researcher.');
      expect(await page.getByTestId('links-problems').count()).toBe(0);
      const stored = await server.api('GET', `/api/questionnaires/${KEY}/versions/2/links`);
      expect(stored.json).toMatchObject({ origin: 'researcher', stored: true });
      expect(stored.json.links).toEqual([
        { question: 'needs_top', predecessor: 'q1_needs', kind: 'renamed' },
        { question: 'services_language', predecessor: 'q2_services', kind: 'split' },
        { question: 'services_other', predecessor: 'q2_services', kind: 'split' },
        { question: 'biggest_challenge', predecessor: 'q3_challenge', kind: 'renamed' },
        { question: 'childcare', predecessor: null, kind: 'new' },
        { question: null, predecessor: 'q4_newsletter', kind: 'dropped' },
      ]);

      expect((await server.api('POST', `/api/questionnaires/${KEY}/versions/2/publish`)).status).toBe(200);
      await page.reload();
      await eventually(() => page.getByTestId('links-frozen').count()).toBe(1);
      await eventually(() => row(page, 'needs_top').textContent()).toContain('renamed');
      expect(await page.locator('.links-table select').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save the links' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('marks a theme only one wave asked about as not a change in needs, and says which questions each wave rests on', async () => {
    for (const [wave, version] of [['2026', 1], ['2029', 2]] as const) {
      const launched = await server.api('POST', '/api/consultations', {
        partnershipId, questionnaire: KEY, version, title: `Needs ${wave}`, audience: 'newcomers', wave, communities: ['North', 'South'], status: 'open',
      });
      expect(launched.status, JSON.stringify(launched.json)).toBe(201);
      for (const [index, answer] of ANSWERS[wave].entries()) {
        const sent = submission({ community: index % 2 ? 'North' : 'South', answers: answersFor('renamed', version === 1 ? 1 : 3, answer) });
        const posted = await fetch(`${server.url}/api/c/${launched.json.slug}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent) });
        expect(posted.status, await posted.text()).toBe(201);
      }
      expect((await server.api('POST', `/api/consultations/${launched.json.id}/coding/run`)).status).toBe(200);
    }

    const { context, page } = await freshPage(browser, { width: 360 });
    try {
      await signIn(page, server.url, server.admin.email, server.admin.password);
      for (const language of ['English', 'Français'] as const) {
        await page.getByRole('button', { name: language }).click();
        await page.goto(`${server.url}/workspace/results?partnership=${partnershipId}`);
        await page.locator('#compare-wave ~ .table-scroll table').waitFor();
        const notes = page.getByTestId('wave-notes');
        if (language === 'English') {
          await eventually(() => notes.textContent()).toContain('Income, cost of living & basic needs (incl. childcare): Asked only in 2029; not a change in needs.');
          expect(await page.locator('#compare-wave ~ .table-scroll tr', { hasText: 'Income, cost of living' }).getByTestId('not-comparable').textContent()).toBe('not comparable');
        } else {
          await eventually(() => notes.textContent()).toContain('Question posée seulement en 2029 : ce n’est pas un changement des besoins.');
          expect(await page.locator('#compare-wave ~ .table-scroll tr', { hasText: 'Revenu, coût de la vie' }).getByTestId('not-comparable').textContent()).toBe('non comparable');
        }
        // Only the themes a wave did not ask about are marked: housing was asked in both waves.
        expect(await page.getByTestId('not-comparable').count()).toBe(1);
        // The theme's row shows its shares but no arrow of a significant change.
        const basicRow = page.locator('#compare-wave ~ .table-scroll tr', { has: page.getByTestId('not-comparable') });
        expect(await basicRow.locator('td.flagged').count()).toBe(0);

        // Which questions each wave rests on, opened with the keyboard.
        const basis = page.getByTestId('wave-basis');
        await basis.locator('summary').focus();
        await page.keyboard.press('Enter');
        const housing = basis.locator('tr', { hasText: language === 'English' ? 'Housing' : 'Logement' });
        await eventually(() => housing.textContent()).toContain('q1_needs');
        expect(await housing.textContent()).toContain('needs_top');
        expect(await seriousViolations(page), language).toEqual([]);
        expect(await noSidewaysScroll(page), language).toBeLessThanOrEqual(362);
      }
    } finally {
      await context.close();
    }
  }, 180_000);
});
