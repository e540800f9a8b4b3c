import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { waitForScreen } from './helpers/survey-steps';
import { eventually, freshPage, startWorkspaceServer, type WorkspaceServer } from './helpers/workspace';

const BROKEN = {
  pages: [{
    name: 'p1',
    elements: [
      { type: 'comment', name: 'helped', title: { default: 'Which service helped you most?', fr: 'Quel service vous a le plus aidé?' }, colour: 'red' },
      { type: 'comment', name: 'helped', title: 'Again' },
    ],
  }],
};
const FIXED = {
  pages: [{
    name: 'p1',
    elements: [{ type: 'comment', name: 'helped', title: { default: 'Which service helped you most?', fr: 'Quel service vous a le plus aidé?' } }],
  }],
};

/** Presses Tab until the focused control is the one named `name` (its label or text); keyboard only. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labels = (element as HTMLInputElement).labels;
      // A label's own words, without the text of the control nested in it (a select's options).
      const own = (l: HTMLLabelElement) => {
        const copy = l.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('select, input, textarea').forEach((control) => control.remove());
        return copy.textContent?.trim() ?? '';
      };
      const label = labels && labels.length ? [...labels].map(own).join(' ') : '';
      const text = element.tagName === 'BUTTON' || element.tagName === 'A' ? element.textContent ?? '' : '';
      return [label, element.getAttribute('aria-label') ?? '', text].join(' ').trim();
    });
    if (name.test(focused)) return;
  }
  const form = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
  throw new Error(`Tab never reached ${name}; the screen shows: ${form.slice(0, 800)}`);
}

/** With a <select> focused, ArrowDown until the chosen option's text matches. */
async function arrowToOption(page: Page, text: RegExp): Promise<void> {
  for (let step = 0; step < 20; step += 1) {
    const chosen = await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    if (text.test(chosen)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option matched ${text}`);
}

describe.skipIf(!HAS_CHROMIUM)('the workspace, from sign-in to watching answers arrive', { timeout: 120_000 }, () => {
  let server: WorkspaceServer;
  let browser: Browser;
  let partnershipId: string;
  let researcher: { context: BrowserContext; page: Page };
  let consultationUrl: string;

  beforeAll(async () => {
    server = await startWorkspaceServer();
    browser = await launchChromium();
    const created = await server.api<{ id: string }>('POST', '/api/partnerships', { name: 'Peel-Halton LIP', communities: ['Peel', 'Halton'] });
    partnershipId = created.json.id;
    // The first file to run may build the client: minutes on a busy machine.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs the admin in with the keyboard alone, then invites a researcher whose link works in a fresh browser', async () => {
    const { context, page } = await freshPage(browser);
    await page.goto(`${server.url}/workspace/consultations`);
    await page.waitForURL(/\/workspace\/sign-in\?next=/);
    await tabTo(page, /^Email$/);
    await page.keyboard.type(server.admin.email);
    await tabTo(page, /^Password$/);
    await page.keyboard.type(server.admin.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/workspace\/consultations$/);
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Consultations');

    await page.goto(`${server.url}/workspace/partnerships/${partnershipId}`);
    await page.getByLabel('Email').fill('researcher@example.org');
    await page.getByLabel(/^Role/).selectOption('researcher');
    await page.getByRole('button', { name: 'Create the invitation link' }).click();
    const link = (await page.getByTestId('invitation-link').locator('code').innerText()).trim();
    expect(link).toMatch(new RegExp(`^${server.url}/workspace/accept/`));
    await eventually(() => page.getByRole('row', { name: /researcher@example.org/ }).count()).toBe(1);
    await context.close();

    researcher = await freshPage(browser);
    await researcher.page.goto(link);
    await eventually(() => researcher.page.getByText(/invited to Peel-Halton LIP as Researcher/).count()).toBe(1);
    await researcher.page.getByLabel('Your name').fill('Rita Researcher');
    await researcher.page.getByLabel('New password').fill('a researcher password');
    await researcher.page.getByRole('button', { name: 'Accept and sign in' }).click();
    await researcher.page.waitForURL(/\/workspace\/consultations$/);
    await eventually(() => researcher.page.getByText('Signed in as Rita Researcher').count()).toBe(1);
  });

  it('shows every problem of an uploaded questionnaire with its place, then saves and publishes the fixed one', async () => {
    const { page } = researcher;
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('link', { name: 'Upload a questionnaire' }).click();
    await page.getByLabel('Title').fill('Services that helped');
    await page.getByLabel('Key').fill('services-helped');
    await page.getByLabel('SurveyJS JSON').fill(JSON.stringify(BROKEN, null, 2));
    await page.getByRole('button', { name: 'Check for problems' }).click();
    const problems = page.locator('.problems li');
    await eventually(() => problems.count()).toBe(2);
    expect(await problems.allInnerTexts()).toEqual([
      expect.stringContaining('pages[0].elements[0].colour'),
      expect.stringContaining('pages[0].elements[1]'),
    ]);

    await page.getByLabel('SurveyJS JSON').fill(JSON.stringify(FIXED, null, 2));
    await page.getByRole('button', { name: 'Check for problems' }).click();
    await eventually(() => page.getByText('No problems').count()).toBe(1);
    // Told before launching what analysis will code: the comment box, and that no choice names a theme.
    const coding = page.getByRole('status', { name: 'What analysis will code' });
    await eventually(() => coding.innerText()).toMatch(/Free text coded into themes: helped/);
    expect(await coding.innerText()).toMatch(/No choice names a theme/);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(/\/workspace\/questionnaires\/[^/]+$/);
    // The version's actions sit in its row: every cell of the row as tall as the others.
    await page.getByRole('button', { name: 'Publish 1' }).waitFor();
    const cellHeights = await page.getByRole('row', { name: /^1 Draft/ }).locator('th, td').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().height)));
    expect(cellHeights).toHaveLength(5);
    expect(new Set(cellHeights).size).toBe(1);
    await page.getByRole('button', { name: 'Publish 1' }).click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.innerText()).toMatch(/frozen/);
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await eventually(() => page.getByText('Version 1 is published.').count()).toBe(1);
    await eventually(() => page.getByRole('row', { name: /^1 Published/ }).count()).toBe(1);
  });

  it('launches a consultation with the keyboard alone and shows a link, kiosk address, poster and QR code per community', async () => {
    const { page } = researcher;
    await page.goto(`${server.url}/workspace/consultations/new`);
    await tabTo(page, /^Questionnaire$/);
    await arrowToOption(page, /Services that helped/);
    await eventually(() => page.getByLabel(/^Published version/).count()).toBe(1);
    await tabTo(page, /^Title$/);
    await page.keyboard.type('Services 2026');
    await tabTo(page, /^Staff exit PIN/);
    await page.keyboard.type('2468');
    await tabTo(page, /^Launch$/);
    await page.keyboard.press('Enter');
    // The launch form's own address also ends in a segment: wait for the new consultation's.
    await page.waitForURL(/\/workspace\/consultations\/(?!new$)[^/]+$/);
    consultationUrl = page.url();
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Services 2026');
    for (const community of ['Peel', 'Halton']) {
      const card = page.locator('article.card', { has: page.getByRole('heading', { name: community }) });
      expect(await card.locator('code').first().innerText()).toMatch(new RegExp(`^${server.url}/c/`));
      expect(await card.locator('code').nth(1).innerText()).toMatch(new RegExp(`^${server.url}/kiosk/`));
      expect(await card.getByRole('link', { name: /Open the poster/ }).getAttribute('href')).toMatch(/^\/poster\//);
      await eventually(() => card.locator('[role=img] svg').count()).toBe(1);
    }
    await eventually(() => page.getByTestId('progress-total').innerText()).toBe('0');
  });

  it('counts an answer given through the respondent app without reloading the workspace', async () => {
    const { page, context } = researcher;
    const card = page.locator('article.card', { has: page.getByRole('heading', { name: 'Peel' }) });
    const respondentLink = await card.locator('code').first().innerText();
    const respondent = await context.newPage();
    await respondent.goto(`${respondentLink}?lang=en`);
    await waitForScreen(respondent, 'consent');
    await respondent.locator('.consent-page button[type="submit"]').click();
    await waitForScreen(respondent, 'question');
    await respondent.locator('[data-name="helped"] textarea').fill('The library helped with forms.');
    await respondent.locator('.sd-navigation__complete-btn').click();
    await waitForScreen(respondent, 'thanks');
    await respondent.close();

    const navigations: string[] = [];
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations.push(frame.url()); });
    await eventually(() => page.getByTestId('progress-total').innerText()).toBe('1');
    const peelRow = page.locator('table', { has: page.getByText('By community') }).getByRole('row', { name: /^Peel/ });
    expect(await peelRow.innerText()).toMatch(/1$/);
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(consultationUrl);
  });

  it('pauses after a confirmation that says what happens to people answering now', async () => {
    const { page } = researcher;
    await page.getByRole('button', { name: 'Pause' }).click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.innerText()).toMatch(/answers wait on each device and are sent once you reopen it/);
    await dialog.getByRole('button', { name: 'Pause' }).click();
    await eventually(() => page.getByText('The consultation is now paused.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Reopen' }).count()).toBe(1);
  });

  it('signs out, and the workspace then asks to sign in again', async () => {
    const { page, context } = researcher;
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/workspace\/sign-in/);
    await page.goto(consultationUrl);
    await page.waitForURL(/\/workspace\/sign-in\?next=/);
    const status = await page.evaluate(async () => (await fetch('/api/auth/session')).status);
    expect(status).toBe(401);
    await context.close();
  });
});
