import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { eventually, freshPage, invitedPerson, signIn, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

const RESEARCHER = { email: 'researcher@example.org', password: 'a long researcher password 1' };
type Account = { email: string; lastSignInAt: string | null };

/** The rows' email and last sign-in cells, top to bottom. */
const rows = (page: Page) =>
  page.locator('table.people-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    email: tr.querySelector('td')!.textContent,
    lastSignIn: tr.querySelector('[data-testid=last-sign-in]')!.textContent,
  })));

describe.skipIf(!HAS_CHROMIUM)("a global admin's list of everyone", { timeout: 120_000 }, () => {
  let server: WorkspaceServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
    const partnershipId = (await server.api<{ id: string }>('POST', '/api/partnerships', { name: 'Peel-Halton LIP', communities: ['Peel'] })).json.id;
    // Accepting the invitation signs the researcher in: their last sign-in is now.
    await invitedPerson(server, partnershipId, 'researcher', RESEARCHER.email, RESEARCHER.password);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is reached from the navigation, lists everyone with their roles and last sign-in, and sorts with the keyboard', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, server.admin.email, server.admin.password);
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await eventually(() => page.locator('main h1').innerText()).toBe('People');
    const listed = (await server.api<{ users: Account[] }>('GET', '/api/users')).json.users;
    await eventually(() => page.locator('table.people-table caption').innerText()).toBe(`${listed.length} people with an account`);

    const researcher = page.getByRole('row', { name: /Test researcher/ });
    await expect(researcher.getByRole('cell').nth(2).innerText()).resolves.toBe('Peel-Halton LIP: Researcher');
    const signedIn = listed.find((account) => account.email === RESEARCHER.email)!.lastSignInAt!;
    const english = new Date(signedIn).toLocaleDateString('en-CA', { year: 'numeric', month: 'short', day: 'numeric' });
    await expect(researcher.getByTestId('last-sign-in').innerText()).resolves.toBe(english);
    expect(await page.getByRole('row', { name: /Admin/ }).first().getByRole('cell').nth(1).innerText()).toBe('Yes');

    // Newest sign-in first: the admin, who signed in after the researcher accepted.
    const lastSignIn = page.getByRole('columnheader', { name: 'Last sign-in' });
    await lastSignIn.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await eventually(() => lastSignIn.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    await eventually(() => lastSignIn.getAttribute('aria-sort')).toBe('descending');
    expect((await rows(page))[0]!.email).toBe(server.admin.email);
    expect(await page.getByRole('columnheader', { name: 'Email' }).getAttribute('aria-sort')).toBe('none');
    await context.close();
  });

  it('reads in French, dates included, and has no serious or critical axe-core violation in either language', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/workspace/people`);
    await eventually(() => page.locator('table.people-table tbody tr').count()).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Français' }).click();
    await eventually(() => page.locator('main h1').innerText()).toBe('Personnes');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Personnes' }).count()).toBe(1);
    const listed = (await server.api<{ users: Account[] }>('GET', '/api/users')).json.users;
    const signedIn = listed.find((account) => account.email === RESEARCHER.email)!.lastSignInAt!;
    const french = new Date(signedIn).toLocaleDateString('fr-CA', { year: 'numeric', month: 'short', day: 'numeric' });
    await eventually(async () => (await rows(page)).find((row) => row.email === RESEARCHER.email)?.lastSignIn).toBe(french);
    expect(await page.getByRole('columnheader', { name: 'Dernière connexion' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await context.close();
  });

  it('fits a 360 px wide screen: the table scrolls in its own box, the page never sideways', async () => {
    const { context, page } = await freshPage(browser, { width: 360 });
    await signIn(page, server.url, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/workspace/people`);
    await eventually(() => page.locator('table.people-table tbody tr').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(362);
    await context.close();
  });

  it('is neither offered nor shown to anyone else, and the server refuses them the list', async () => {
    const { context, page } = await freshPage(browser);
    await signIn(page, server.url, RESEARCHER.email, RESEARCHER.password);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'People' }).count()).toBe(0);
    await page.goto(`${server.url}/workspace/people`);
    await eventually(() => page.locator('main h1').innerText()).toBe('Not for your role');
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(server.admin.email);
    const refused = await page.evaluate(async () => {
      const response = await fetch('/api/users');
      return { status: response.status, code: ((await response.json()) as { code: string }).code };
    });
    expect(refused).toEqual({ status: 403, code: 'forbidden' });
    await context.close();
  });
});
