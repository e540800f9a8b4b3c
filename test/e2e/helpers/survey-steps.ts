import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export function screenOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.body.dataset.screen);
}

export async function waitForScreen(page: Page, screen: string, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`body[data-screen="${screen}"]`, { timeout });
}

/** Answers the demo questionnaire's first page: the one required question and the household size. */
export async function answerFirstPage(page: Page, householdSize: string): Promise<void> {
  await page.locator('[data-name="time_in_canada"] .sd-item__control-label').first().click();
  await page.locator('[data-name="household_size"] input').fill(householdSize);
  await page.locator('[data-name="household_size"] input').blur();
}

/** Goes through the remaining pages with Next, types a last comment, and completes. */
export async function finishSurvey(page: Page, comment: string): Promise<void> {
  for (let step = 0; step < 12; step += 1) {
    const next = page.locator('.sd-navigation__next-btn');
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await page.locator('[data-name="biggest_challenge"] textarea').fill(comment);
  await page.locator('.sd-navigation__complete-btn').click();
}

/** Opens the survey, accepts the consent screen and waits for the live first page (the demo questionnaire's unless named). */
export async function startSurvey(page: Page, url: string, firstQuestion = 'time_in_canada'): Promise<void> {
  await page.goto(url);
  await waitForScreen(page, 'consent');
  await page.locator('.consent-page button[type="submit"]').click();
  await waitForScreen(page, 'question');
  await waitForLiveQuestion(page, firstQuestion);
}

/** The demo questionnaire's first page drawn by survey-react-ui in the browser, not the server-drawn preview of it. */
export async function waitForLiveSurvey(page: Page, timeout = 15_000): Promise<void> {
  await waitForLiveQuestion(page, 'time_in_canada', timeout);
}

/** The question as survey-react-ui draws it live, not in the server-drawn preview. */
export async function waitForLiveQuestion(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((questionName) => {
    const question = document.querySelector(`[data-name="${questionName}"]`);
    return question !== null && question.closest('.survey-preview') === null;
  }, name, { timeout });
}

export async function waitForNoQueue(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.queue-status').count(), { timeout: 15_000 }).toBe(0);
}

/**
 * Opens a dropdown or tagbox and picks an option by its text. Now and then (seen on the kiosk,
 * under load) survey-core closes the list while it is opening, so the list is opened again, as
 * a respondent would tap again, until the pick lands.
 */
export async function pickFromList(page: Page, control: Locator, text: string): Promise<void> {
  const option = page.locator('.sv-popup:not(.sv-popup--hidden) [role="option"]').getByText(text, { exact: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (!(await option.isVisible())) await control.click();
    try {
      await option.click({ timeout: 5_000 });
      return;
    } catch {
      // The list closed before the pick: open it again.
    }
  }
  throw new Error(`Could not pick "${text}" from its list`);
}
