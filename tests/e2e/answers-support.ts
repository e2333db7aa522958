// The options page's Answers section as a user drives it, shared by the answers end-to-end tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from './support';

/** An options page with its Answers section shown. */
export async function openAnswers(s: Session): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="answers"]');
  return page;
}

/** Types an answer into a concept's cell and waits until it is saved. */
export async function setAnswer(
  page: Page,
  concept: string,
  lang: 'zh' | 'en',
  value: string,
): Promise<void> {
  await page.locator(`[data-testid="answer-${concept}-${lang}"]`).click();
  await page.locator('[data-testid="answer-input"]').fill(value);
  await page.locator('[data-testid="answer-input"]').press('Enter');
  // Saved once the value (or its mask) shows in place of the empty mark.
  const shown = page.locator(`[data-testid="answer-${concept}-${lang}"]`);
  await expect.poll(() => shown.innerText()).toMatch(value.length > 12 ? /^•+\d\d$/ : value);
}
