import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { validNewcomerAnswers } from '../helpers/answers';
import { seriousViolations } from './helpers/axe';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { eventually, freshPage, invitedPerson, signIn, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

const ANSWER = 'A quiet place to study near the library.';

describe.skipIf(!HAS_CHROMIUM)('who sees what in the workspace, and how it reads', { timeout: 180_000 }, () => {
  let server: WorkspaceServer;
  let browser: Browser;
  let partnershipId: string;
  let consultationId: string;
  let questionnaireId: string;

  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
    partnershipId = (await server.api<{ id: string }>('POST', '/api/partnerships', { name: 'Peel-Halton LIP', communities: ['Peel', 'Halton'] })).json.id;
    const launched = await server.api<{ id: string; links: { slug: string; community: string | null }[] }>('POST', '/api/consultations', {
      partnershipId, questionnaire: 'newcomer-needs', title: 'Needs 2026', audience: 'newcomers', wave: '2026', status: 'open',
    });
    consultationId = launched.json.id;
    const peel = launched.json.links.find((link) => link.community === 'Peel')!.slug;
    const answered = await fetch(`${server.url}/api/c/${peel}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: randomUUID(), locale: 'en', channel: 'web', answers: { ...validNewcomerAnswers(), biggest_challenge: ANSWER } }),
    });
    expect(answered.status).toBe(201);
    questionnaireId = (await server.api<{ id: string }>('GET', '/api/questionnaires/newcomer-needs')).json.id;
    await invitedPerson(server, partnershipId, 'viewer', 'viewer@example.org', 'a viewer password');
    await invitedPerson(server, partnershipId, 'researcher', 'researcher@example.org', 'a researcher password');
    // The first file to run may build the client: minutes on a busy machine.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('never shows a viewer raw answers or exports, not even at the typed address, and the server refuses them', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, 'viewer@example.org', 'a viewer password');
    await page.goto(`${server.url}/workspace/consultations/${consultationId}`);
    await eventually(() => page.getByTestId('progress-total').innerText()).toBe('1');
    expect(await page.getByRole('link', { name: /Raw answers|Export/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Pause|Close/ }).count()).toBe(0);

    await page.goto(`${server.url}/workspace/consultations/${consultationId}/responses`);
    await eventually(() => page.getByRole('alert').innerText()).toMatch(/only by this partnership's researchers|Raw responses/);
    expect(await page.locator('main').innerText()).not.toContain(ANSWER);

    const statuses = await page.evaluate(async (id) => Promise.all(
      [`/api/consultations/${id}/responses`, `/api/consultations/${id}/export.csv`, `/api/consultations/${id}/export.json`]
        .map(async (path) => (await fetch(path)).status),
    ), consultationId);
    expect(statuses).toEqual([403, 403, 403]);
    await context.close();
  });

  it('shows a researcher of the partnership the raw answers and the exports', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, 'researcher@example.org', 'a researcher password');
    await page.goto(`${server.url}/workspace/consultations/${consultationId}`);
    await page.getByRole('link', { name: 'Raw answers' }).click();
    await eventually(() => page.locator('main').innerText()).toContain(ANSWER);
    expect(await page.evaluate(async (id) => (await fetch(`/api/consultations/${id}/export.csv`)).status, consultationId)).toBe(200);
    await context.close();
  });

  async function scan(page: Page, path: string, ready: () => Promise<unknown>) {
    await page.goto(`${server.url}${path}`);
    await ready();
    return (await seriousViolations(page)).map((v) => `${path}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
  }

  it('has no serious or critical axe-core violation on any screen, in English and in French', async () => {
    const { context, page } = await freshPage(browser);
    const found: string[] = [];
    const heading = () => eventually(() => page.locator('main h1').count()).toBeGreaterThan(0);
    const settled = async () => {
      await heading();
      await eventually(() => page.locator('[role=status].ws-loading, p[role=status]:text-is("Loading…"), p[role=status]:text-is("Chargement…")').count()).toBe(0);
    };
    for (const locale of ['en', 'fr'] as const) {
      if (locale === 'fr') {
        await page.goto(`${server.url}/workspace/sign-in`);
        await page.getByRole('button', { name: 'Français' }).click();
      }
      found.push(...await scan(page, '/workspace/sign-in', heading));
      found.push(...await scan(page, '/workspace/accept/not-a-real-token', settled));
      found.push(...await scan(page, '/workspace/reset/not-a-real-token', heading));
      if (locale === 'en') await signIn(page, server.url, server.admin.email, server.admin.password);
      else {
        await page.goto(`${server.url}/workspace/sign-in`);
        await page.getByLabel('Courriel').fill(server.admin.email);
        await page.getByLabel('Mot de passe').fill(server.admin.password);
        await page.keyboard.press('Enter');
        await eventually(() => page.locator('nav.ws-nav').count()).toBe(1);
      }
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      for (const path of [
        '/workspace/consultations',
        '/workspace/consultations/new',
        `/workspace/consultations/${consultationId}`,
        `/workspace/consultations/${consultationId}/responses`,
        '/workspace/questionnaires',
        '/workspace/questionnaires/new',
        `/workspace/questionnaires/${questionnaireId}`,
        `/workspace/partnerships`,
        `/workspace/partnerships/${partnershipId}`,
        '/workspace/tokens',
      ]) {
        found.push(...await scan(page, path, settled));
      }
      found.push(...await scan(page, `/workspace/questionnaires/${questionnaireId}/preview/1?lang=fr&compare=ar`, async () => {
        await eventually(() => page.locator('.preview-pane .sd-root-modern').count()).toBe(2);
      }));
      await page.getByRole('button', { name: locale === 'en' ? 'Sign out' : 'Se déconnecter', exact: true }).click();
      await page.waitForURL(/sign-in/);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('remembers the language a person chose, on the next sign-in from another browser', async () => {
    const first = await freshPage(browser);
    await signIn(first.page, server.url, 'researcher@example.org', 'a researcher password');
    await first.page.getByRole('button', { name: 'Français' }).click();
    await eventually(() => first.page.locator('main h1').innerText()).toBe('Consultations');
    await eventually(() => first.page.getByRole('link', { name: 'Partenariats' }).count()).toBe(1);
    await first.context.close();

    const second = await freshPage(browser, { locale: 'en-CA' });
    await signIn(second.page, server.url, 'researcher@example.org', 'a researcher password');
    await eventually(() => second.page.getByRole('link', { name: 'Partenariats' }).count()).toBe(1);
    expect(await second.page.locator('html').getAttribute('lang')).toBe('fr');
    await second.context.close();
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const { context, page } = await freshPage(browser, { width: 360 });
    // What sticks out past the right edge (tables scroll inside their own box, on purpose); none means it fits.
    const overflowing = () => page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      return [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.table-wrap'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
    });
    await page.goto(`${server.url}/workspace/sign-in`);
    await eventually(() => page.locator('main h1').count()).toBe(1);
    expect(await overflowing()).toEqual([]);
    await signIn(page, server.url, 'researcher@example.org', 'a researcher password');
    for (const path of [`/workspace/consultations/${consultationId}`, '/workspace/consultations/new', `/workspace/partnerships/${partnershipId}`]) {
      await page.goto(`${server.url}${path}`);
      await eventually(() => page.locator('main h1').count()).toBe(1);
      await eventually(overflowing).toEqual([]);
    }
    await context.close();
  });
});
