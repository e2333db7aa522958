// Workday's wizard end to end (issue 13): the application is one page whose step content is replaced when
// the user presses "保存并继续". The extension fills the step it is asked to, never presses that button,
// fills the next step when asked again (a second fill adds no panel), and with "fill each next step" on
// fills the next step by itself once the user has moved to it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal, tabIdOf } from '../../scripts/lib/session.mjs';
import { allExpectations, differences, snapshotBefore } from './expectations';
import { BUILT_FIXTURES, SAMPLE, screenshotPath, startSession, type Session } from './support';

const [wizard] = allExpectations((name) => name === 'workday-wizard-zh');
// The second step is the workday-zh form: its expectations judge it inside the wizard too.
const [experience] = allExpectations((name) => name === 'workday-zh');

let s: Session;
beforeAll(async () => {
  // The step judged with workday-zh's expectations has its résumé file box: keep the same file stored.
  s = await startSession({ resumes: [SAMPLE], attach: experience.attach });
});
afterAll(async () => {
  await s?.close();
});

async function open(): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${wizard.page}.html`), wizard.url));
  await page.waitForSelector('[data-automation-id="applyFlowMyInfoPage"]');
  return page;
}

const stepOf = (page: Page) =>
  page.getAttribute('[data-automation-id^="applyFlow"][data-automation-id$="Page"]', 'data-automation-id');

/** What the user does: press the site's own "Save and Continue". */
async function saveAndContinue(page: Page, to: string): Promise<void> {
  await page.click('[data-automation-id="pageFooterNextButton"]');
  await page.waitForSelector(`[data-automation-id="${to}"]`);
}

/** Panels per section: Work Experience, Education, Websites. */
const panels = (page: Page) =>
  page.evaluate(() =>
    ['Work-Experience', 'Education', 'Websites'].map(
      (id) =>
        document.querySelectorAll(`[role=group][aria-labelledby^="${id}-"][aria-labelledby$="-panel"]`)
          .length,
    ),
  );

/** The keys the tab's last stored report filled. */
async function lastReportKeys(tabId: number): Promise<string[]> {
  type Chrome = { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
  return s.sw.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const reports = (await chrome.storage.session.get('lastReports')).lastReports as
      Record<string, { fields: { key?: string; status: string }[] }> | undefined;
    return (reports?.[String(id)]?.fields ?? []).filter((f) => f.status === 'filled').map((f) => f.key ?? '');
  }, tabId);
}

async function setFillNextSteps(on: boolean): Promise<void> {
  const options = await s.ctx.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const box = options.locator('[data-testid="setting-fillNextSteps"]');
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked()).toBe(on);
  await options.close();
}

describe('Workday wizard', () => {
  it('fills the step it is asked to, never moves on, and fills the next step when asked again', async () => {
    await setFillNextSteps(false);
    const page = await open();
    const before = await snapshotBefore(page, wizard);
    const first = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect(first.report.adapter).toBe('workday');
    expect(await differences(page, wizard, before)).toEqual([]);
    // Save and Continue is the user's: the page is still on My Information.
    await page.waitForTimeout(1000);
    expect(await stepOf(page)).toBe('applyFlowMyInfoPage');

    await saveAndContinue(page, 'applyFlowMyExpPage');
    // The setting is off: the new step waits for the user's request.
    await page.waitForTimeout(2000);
    expect(await panels(page)).toEqual([0, 0, 0]);

    const beforeNext = await snapshotBefore(page, experience);
    const second = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect(second.report.selectorMisses).toEqual([]);
    expect(await differences(page, experience, beforeNext)).toEqual([]);
    expect(await panels(page)).toEqual([1, 2, 1]);

    // Again on the same step: every panel is there already, none is added, nothing changes.
    await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect(await panels(page)).toEqual([1, 2, 1]);
    expect(await differences(page, experience, beforeNext)).toEqual([]);
    expect(await stepOf(page)).toBe('applyFlowMyExpPage');
    await page.close();
  });

  it('with "fill each next step" on, fills the next step by itself once the user moves to it', async () => {
    await setFillNextSteps(true);
    const page = await open();
    const { tabId } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect(await tabIdOf(s.sw, page.url())).toBe(tabId);
    expect(await stepOf(page)).toBe('applyFlowMyInfoPage');

    await saveAndContinue(page, 'applyFlowMyExpPage');
    const before = await snapshotBefore(page, experience);
    // No request: the fill of the new step shows up in the tab's report by itself.
    await expect
      .poll(() => lastReportKeys(tabId), { timeout: 30_000, interval: 250 })
      .toContain('experience.title');
    await page.screenshot({ path: screenshotPath('workday-wizard-next-step'), fullPage: true });
    expect(await differences(page, experience, before)).toEqual([]);
    expect(await panels(page)).toEqual([1, 2, 1]);
    expect(await stepOf(page)).toBe('applyFlowMyExpPage');
    await setFillNextSteps(false);
    await page.close();
  });
});
