import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { freshPage, invitedPerson, signIn, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

const RESEARCHER = { email: 'researcher@example.org', password: 'a long researcher password 1' };
const VIEWER = { email: 'viewer@example.org', password: 'a long viewer password 1' };

const pendingCount = async (page: Page) => Number((await page.getByTestId('pending-count').textContent())?.match(/\d+/)?.[0] ?? Number.NaN);

/** Waits for the pending count to read `n` (each decision is saved, then the queue refetched). */
async function expectPending(page: Page, n: number) {
  await expect.poll(() => pendingCount(page), { timeout: 10_000 }).toBe(n);
}

describe.skipIf(!HAS_CHROMIUM)('the results page and the review queue', () => {
  let server: WorkspaceServer;
  let browser: Browser;
  let partnershipId: string;
  let demoId: string;
  const wave = String(new Date().getUTCFullYear());

  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
    const partnerships = await server.api<{ partnerships: { id: string; name: string }[] }>('GET', '/api/partnerships');
    partnershipId = partnerships.json.partnerships.find((p) => p.name.startsWith('Demo'))!.id;
    const consultations = await server.api<{ consultations: { id: string; title: string; slug?: string }[] }>('GET', '/api/consultations');
    demoId = consultations.json.consultations.find((c) => c.slug === 'demo-results')!.id;
    await invitedPerson(server, partnershipId, 'researcher', RESEARCHER.email, RESEARCHER.password);
    await invitedPerson(server, partnershipId, 'viewer', VIEWER.email, VIEWER.password);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a researcher accept, reject and add themes with the keyboard alone, and the pending count drops', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await signIn(page, server.url, RESEARCHER.email, RESEARCHER.password);
      // From the consultation's page, where the count of answers waiting is shown.
      await page.goto(`${server.url}/workspace/consultations/${demoId}`);
      // Weeks of demo answers: the last 14 days in view, the earlier ones folded.
      await expect.poll(() => page.getByRole('table', { name: 'By day, the last 14' }).locator('tbody tr').count(), { timeout: 15_000 }).toBe(14);
      await expect.poll(() => page.locator('summary').filter({ hasText: /^\d+ earlier days$/ }).count()).toBe(1);
      await page.getByRole('link', { name: 'Review open answers' }).click();
      await page.waitForURL(`${server.url}/workspace/consultations/${demoId}/review`);
      await expect.poll(() => pendingCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
      const start = await pendingCount(page);
      await expect.poll(() => page.getByTestId('agreement').textContent()).toMatch(/Automatic coder against reviewers/);

      await expect.poll(() => page.locator('h2#answer-title').textContent()).toMatch(/^Answer 1 of/);
      await page.keyboard.press('j');
      await expect.poll(() => page.locator('h2#answer-title').textContent()).toMatch(/^Answer 2 of/);
      await page.keyboard.press('k');
      await expect.poll(() => page.locator('h2#answer-title').textContent()).toMatch(/^Answer 1 of/);

      // Accept every suggestion, then apply.
      const first = await page.getByTestId('review-answer').textContent();
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
      await expectPending(page, start - 1);
      await expect.poll(() => page.getByTestId('review-answer').textContent()).not.toBe(first);

      // Reject every suggestion of the next one (an answer without any gets a theme added instead).
      const hasCodes = (await page.locator('.review-codes li').count()) > 0;
      await page.keyboard.press(hasCodes ? 'r' : '/');
      if (!hasCodes) {
        await page.keyboard.type('no content');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
      }
      await page.keyboard.press('Enter');
      await expectPending(page, start - 2);

      // Add a theme found by its French name, then apply.
      await page.keyboard.press('/');
      await page.keyboard.type('logement');
      await expect.poll(() => page.locator('.theme-options li[aria-selected="true"]').textContent()).toMatch(/Housing/);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.theme-chips li').textContent()).toMatch(/Housing/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await expectPending(page, start - 3);
      await expect.poll(() => page.getByTestId('agreement').textContent()).toMatch(/3 answers/);
    } finally {
      await context.close();
    }
  });

  it('shows the chart and the table with intervals, and downloads the report and a CSV', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await signIn(page, server.url, RESEARCHER.email, RESEARCHER.password);
      const communityComparisons: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/analysis/compare') && request.url().includes('by=community')) communityComparisons.push(request.url());
      });
      await page.goto(`${server.url}/workspace/results?partnership=${partnershipId}&wave=${wave}&audience=newcomers`);
      await expect.poll(() => page.locator('[data-testid="summary-chart"] svg[role="img"]').count(), { timeout: 15_000 }).toBe(1);
      const chart = page.locator('[data-testid="summary-chart"] svg');
      expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await chart.locator('title').textContent()).toBe('Share of respondents who raised each theme, with its 95% confidence interval.');
      expect(await chart.locator('desc').textContent()).toContain('the same figures are in the table below');
      const housing = page.locator('[data-testid="summary-table"] tr', { hasText: 'Housing' });
      await expect.poll(() => housing.textContent()).toMatch(/\d+(\.\d)?%\s*–\s*\d+(\.\d)?%/);
      // One row per theme the table shows with figures or as suppressed.
      const tableRows = await page.locator('[data-testid="summary-table"] tbody tr').count();
      expect(await chart.locator('g.theme-chart-row').count()).toBe(tableRows);

      // The comparison across communities is folded, and asked for only once opened (keyboard alone).
      expect(communityComparisons).toEqual([]);
      expect(await page.locator('[data-testid="compare-community-flags"] li').count()).toBe(0);
      await page.getByText('Show each community’s shares and the differences that stand out').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid="compare-community-flags"] li').count()).toBeGreaterThan(0);
      expect(communityComparisons).toHaveLength(1);

      const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the report (Markdown)' }).click()]);
      expect(readFileSync((await report.path())!, 'utf8')).toContain('Orléans');

      await page.getByLabel('Consultation').selectOption({ label: `Newcomer needs ${wave} — DEMO DATA (fictional responses)` });
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
      expect(lines.length).toBeGreaterThan(300);
    } finally {
      await context.close();
    }
  });

  it('shows a viewer the figures but no review queue and no export, and refuses the review address', async () => {
    const { context, page } = await freshPage(browser);
    try {
      await signIn(page, server.url, VIEWER.email, VIEWER.password);
      await page.goto(`${server.url}/workspace/results?partnership=${partnershipId}&consultation=${demoId}`);
      await expect.poll(() => page.locator('[data-testid="summary-table"] tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(10);
      expect(await page.getByTestId('export-csv').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Review open answers' }).count()).toBe(0);
      await page.goto(`${server.url}/workspace/consultations/${demoId}`);
      await expect.poll(() => page.getByTestId('progress-total').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.getByRole('link', { name: 'Review open answers' }).count()).toBe(0);
      await page.goto(`${server.url}/workspace/consultations/${demoId}/review`);
      await expect.poll(() => page.getByTestId('review-refused').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.getByTestId('review-answer').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility problem in English and French, and fits a 360 px screen', async () => {
    const { context, page } = await freshPage(browser, { width: 360 });
    try {
      await signIn(page, server.url, RESEARCHER.email, RESEARCHER.password);
      for (const language of ['English', 'Français']) {
        await page.getByRole('button', { name: language }).click();
        for (const [path, ready] of [
          [`/workspace/results?partnership=${partnershipId}&consultation=${demoId}`, '[data-testid="summary-chart"] svg'],
          [`/workspace/consultations/${demoId}/review`, '[data-testid="review-answer"]'],
        ] as const) {
          await page.goto(`${server.url}${path}`);
          await page.locator(ready).first().waitFor({ timeout: 15_000 });
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language === 'English' ? 'en' : 'fr');
          expect(await seriousViolations(page), `${language} ${path}`).toEqual([]);
          // Wide tables scroll inside their own region; the page itself never scrolls sideways.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${language} ${path}`).toBeLessThanOrEqual(362);
        }
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
