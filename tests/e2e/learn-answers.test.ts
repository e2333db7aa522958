// Issue 14 §1 learning, end to end in Chromium: fill → the user types into fields the fill left empty →
// "remember what I typed" in the popup lists them (never a field of another person's section) → only
// the ticked ones are saved → a second page gets them, and the options page shows them as learned.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal, tabIdOf } from '../../scripts/lib/session.mjs';
import { BUILT_FIXTURES, SAMPLE, startSession, storedData, type Session } from './support';

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

type State = Record<string, unknown>;
const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixtureState: () => State }).__fixtureState());

async function openFixture(): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, 'answers-zh.html')));
  await page.waitForFunction(
    () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
  );
  return page;
}

async function popupFor(page: Page): Promise<Page> {
  const popup = await s.ctx.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s.sw, page.url())}`);
  return popup;
}

describe('remember what I typed', () => {
  it('offers what the user typed, saves only what is confirmed, and fills it on the next page', async () => {
    const page = await openFixture();
    await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect((await state(page)).nativePlace).toBeUndefined();
    // The user answers three questions the fill left empty, and fills in an emergency contact.
    await page.locator('#nativePlace').fill('湖北武汉');
    await page.locator('#adjust').getByText('是', { exact: true }).click();
    await page.locator('#idType').selectOption({ label: '护照' });
    await page.locator('#ecName').fill('王五');
    await page.locator('#ecGender').getByText('女', { exact: true }).click();

    const popup = await popupFor(page);
    await popup.locator('[data-testid="remember-scan"]').click();
    await popup.waitForSelector('[data-testid="remember-list"]');
    const items = popup.locator('[data-testid="remember-item"]');
    const concepts = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-concept')));
    expect(concepts.sort()).toEqual(['custom:是否服从调剂 [否|是]', 'idType', 'nativePlace']);
    // Another person's answers are never offered.
    expect(await popup.locator('[data-testid="remember-list"]').innerText()).not.toContain('王五');
    // Nothing is saved before the user confirms; then only the ticked ones.
    expect((await storedData(s.sw)).answers).toBeUndefined();
    await popup.locator('[data-testid="remember-item"][data-concept="nativePlace"]').check();
    await popup.locator('[data-testid="remember-item"][data-concept^="custom:"]').check();
    await popup.locator('[data-testid="remember-save"]').click();
    await popup.waitForSelector('[data-testid="remember-saved"]');
    await popup.close();
    const stored = (await storedData(s.sw)).answers as { concept: string; zh?: string; learned?: boolean }[];
    expect(stored.map((e) => [e.concept, e.zh, e.learned]).sort()).toEqual([
      ['custom:是否服从调剂 [否|是]', '是', true],
      ['nativePlace', '湖北武汉', true],
    ]);
    await page.close();

    // A second page gets them; 证件类型 (not confirmed) stays empty.
    const second = await openFixture();
    await fillThroughPopup(s.ctx, s.sw, s.extensionId, second);
    await second.waitForTimeout(200);
    const st = await state(second);
    expect(st.nativePlace).toBe('湖北武汉');
    expect(st.adjust).toBe('是');
    expect(st.idType).toBeUndefined();
    expect(st.ecGender).toBeUndefined();
    await second.close();

    // Visible and editable in the options page, marked as learned.
    const options = await s.ctx.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('[data-testid="answer-nativePlace-zh"]').innerText())
      .toBe('湖北武汉');
    expect(await options.locator('[data-testid="answers-custom"]').innerText()).toContain('是否服从调剂');
    await options.close();
  });
});
