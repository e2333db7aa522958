// Issue 14 §1 end to end in Chromium: answers set in the options page's Answers section reach a fill;
// an identifier stays masked in the options page and in the fill report and is filled only with the
// switch on; "delete all" forgets the answers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { BUILT_FIXTURES, SAMPLE, startSession, storedData, type Session } from './support';
import { openAnswers, setAnswer } from './answers-support';

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

const ID = '110101199001011237';

async function fillAnswersZh(): Promise<{
  page: Page;
  report: { fields: { key?: string; value?: string }[] };
}> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, 'answers-zh.html')));
  await page.waitForFunction(
    () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
  );
  const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
  await page.waitForTimeout(200);
  return { page, report };
}

const state = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __fixtureState: () => Record<string, unknown> }).__fixtureState(),
  );

describe('answers set in the options page', () => {
  it('fill the questions they answer, in the page language, and nothing else', async () => {
    const opts = await openAnswers(s);
    await setAnswer(opts, 'gender', 'zh', '男');
    // Only an English value: the Chinese page's list still gets the option that means it.
    await setAnswer(opts, 'politicalStatus', 'en', 'CYL Member');
    await setAnswer(opts, 'idNumber', 'zh', ID);
    // Masked in the options page: the number itself is nowhere in it.
    expect(await opts.locator('[data-testid="answer-idNumber-zh"]').innerText()).toBe('••••••37');
    expect(await opts.locator('[data-testid="answer-gender-zh"]').innerText()).toBe('男');
    expect(await opts.locator('body').innerText()).not.toContain(ID);
    const stored = (await storedData(s.sw)).answers as { concept: string; zh?: string; en?: string }[];
    expect(stored.map((e) => e.concept).sort()).toEqual(['gender', 'idNumber', 'politicalStatus']);
    await opts.close();

    const { page, report } = await fillAnswersZh();
    const st = await state(page);
    expect(st.gender).toBe('男');
    expect(st.political).toBe('共青团员');
    expect(await page.locator('.ant-select-content:has(> #political)').innerText()).toBe('共青团员');
    // No answer kept: left as it was; the ID number: the switch is off.
    expect(st.nation).toBeUndefined();
    expect(st.idNumber).toBeUndefined();
    expect(st.ecGender).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain(ID);
    await page.close();
  });

  it('fill an ID number only with the switch on, masked in the report', async () => {
    const opts = await openAnswers(s);
    const box = opts.locator('[data-testid="setting-fillIdNumbers"]');
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await opts.close();
    const { page, report } = await fillAnswersZh();
    expect((await state(page)).idNumber).toBe(ID);
    const row = report.fields.find((f) => f.key === 'answer.idNumber');
    expect(row?.value).toBe('••••••37');
    expect(JSON.stringify(report)).not.toContain(ID);
    await page.close();
  });

  it('are forgotten by delete all', async () => {
    const opts = await openAnswers(s);
    await opts.locator('[data-testid="delete-all"]').click();
    await opts.locator('[data-testid="delete-all-confirm"]').click();
    await expect.poll(async () => (await storedData(s.sw)).answers).toBeUndefined();
    await opts.close();
  });
});
