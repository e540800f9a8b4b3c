import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { eventually, freshPage, signIn, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url));

describe.skipIf(!HAS_CHROMIUM)('uploading an XLSForm or a LimeSurvey file in the workspace', { timeout: 300_000 }, () => {
  let server: WorkspaceServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('converts the XLSForm into the SurveyJS JSON shown, lists what did not convert, and saves and publishes it', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/workspace/questionnaires/new`);
    await page.getByLabel('Title').fill('Needs from KoboToolbox');
    await page.getByLabel('Key').fill('kobo-needs');
    await page.getByLabel(/^File/).setInputFiles(fixture('newcomer-needs.xlsx'));
    await eventually(() => page.getByLabel('SurveyJS JSON').inputValue()).toMatch(/"name": "household_size"/);
    const notConverted = page.getByRole('region', { name: /not converted/ });
    await eventually(() => notConverted.innerText()).toMatch(/geopoint/);
    await page.getByRole('button', { name: 'Check for problems' }).click();
    await eventually(() => page.getByText('No problems').count()).toBe(1);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(/\/workspace\/questionnaires\/[^/]+$/);
    await page.getByRole('button', { name: 'Publish 1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await eventually(() => page.getByText('Version 1 is published.').count()).toBe(1);
    const stored = await server.api<{ survey: { pages: Array<{ name: string }> } }>('GET', '/api/questionnaires/kobo-needs/versions/1');
    expect(stored.json.survey.pages.map((p) => p.name)).toEqual(expect.arrayContaining(['about', 'household', 'needs', 'services', 'closing']));
    await context.close();
  });

  it('converts a LimeSurvey file the same way', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/workspace/questionnaires/new`);
    await page.getByLabel(/^File/).setInputFiles(fixture('newcomer-needs.lss'));
    await eventually(() => page.getByLabel('SurveyJS JSON').inputValue()).toMatch(/"pages"/);
    await page.getByRole('button', { name: 'Check for problems' }).click();
    await eventually(() => page.getByText('No problems').count()).toBe(1);
    await context.close();
  });
});
