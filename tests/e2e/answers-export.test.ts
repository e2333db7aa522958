// Issue 14 §1 end to end in Chromium: the answers travel with the profile. Answers set in the options
// page go into the Markdown export's front matter (an ID number only when ticked); after "delete all",
// importing that file restores them once the user confirms; a later import never replaces an answer the
// user changed unless they tick it.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE, screenshotPath, startSession, storedData, type Session } from './support';
import { openAnswers, setAnswer } from './answers-support';

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

const ID = '110101199001011237';

/** Presses the first profile's Export Markdown and returns the file's text. */
async function exportMarkdown(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-markdown"]').first().click(),
  ]);
  return readFile((await download.path())!, 'utf8');
}

type Stored = { concept: string; zh?: string; en?: string; question?: string }[];
const storedAnswers = async () =>
  (((await storedData(s.sw)).answers ?? []) as Stored)
    .map(({ concept, zh, en, question }) => ({ concept, zh, en, question }))
    .sort((a, b) => a.concept.localeCompare(b.concept));

async function importFile(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: 'exported.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.waitForSelector('[data-testid="import-ok"]');
}

describe('answers exported and imported with the profile', () => {
  it('export → delete all → import that file → answers back after the confirmation', async () => {
    const opts = await openAnswers(s);
    await setAnswer(opts, 'gender', 'zh', '男');
    await setAnswer(opts, 'gender', 'en', 'Male');
    await setAnswer(opts, 'expectedSalary', 'zh', '30k');
    await setAnswer(opts, 'idNumber', 'zh', ID);
    await opts.locator('[data-testid="answer-add-question"]').fill('Notice period');
    await opts.locator('[data-testid="answer-add-value"]').fill('1 month');
    await opts.locator('[data-testid="answer-add"]').click();
    await expect.poll(async () => (await storedAnswers()).length).toBe(4);
    const before = await storedAnswers();

    // The ID number is left out unless ticked, and the page says so.
    const text = await exportMarkdown(opts);
    expect(text).toMatch(/^answers:$/m);
    expect(text).toContain('"男"');
    expect(text).toContain('"Notice period"');
    expect(text).not.toContain(ID);
    expect(await opts.locator('[data-testid="export-note"]').first().innerText()).toMatch(/3/);
    await opts.locator('[data-testid="export-include-ids"]').first().check();
    expect(await exportMarkdown(opts)).toContain(ID);

    await opts.locator('[data-testid="delete-all"]').click();
    await opts.locator('[data-testid="delete-all-confirm"]').click();
    await expect.poll(storedAnswers).toEqual([]);

    // The résumé is imported as usual; the answers wait for the confirmation.
    await importFile(opts, text);
    const offer = opts.locator('[data-testid="imported-answers"]');
    await offer.waitFor();
    expect(await offer.locator('tr[data-kind="new"]').count()).toBe(3);
    expect(await storedAnswers()).toEqual([]);
    await opts.locator('[data-testid="imported-answers-confirm"]').click();
    await opts.locator('[data-testid="imported-answers-done"]').waitFor();
    expect(await opts.locator('[data-testid="imported-answers-done"]').innerText()).toMatch(/3/);
    expect(await storedAnswers()).toEqual(before.filter((a) => a.concept !== 'idNumber'));
    // Shown again in the Answers section.
    expect(await opts.locator('[data-testid="answer-gender-zh"]').innerText()).toBe('男');
    expect(await opts.locator('[data-testid="answer-expectedSalary-zh"]').innerText()).toBe('30k');
    // The stored profile keeps no copy of the answers: the answer store is the one place they live.
    const rest = Object.entries(await storedData(s.sw)).filter(([k]) => !k.startsWith('answers'));
    expect(JSON.stringify(rest)).toContain('李思远');
    expect(JSON.stringify(rest)).not.toContain('Notice period');

    // An answer changed since is kept unless the user ticks the file's.
    await setAnswer(opts, 'gender', 'zh', '女');
    await importFile(opts, text);
    await opts.locator('[data-testid="imported-answers"] tr[data-kind="differs"]').waitFor();
    await opts
      .locator('[data-testid="imported-answers"]')
      .screenshot({ path: screenshotPath('options-imported-answers') });
    expect(await opts.locator('[data-testid="imported-answers"] tr[data-kind="same"]').count()).toBe(2);
    await opts.locator('[data-testid="imported-answers-confirm"]').click();
    await opts.locator('[data-testid="imported-answers-done"]').waitFor();
    expect((await storedAnswers()).find((a) => a.concept === 'gender')).toMatchObject({
      zh: '女',
      en: 'Male',
    });

    await importFile(opts, text);
    await opts.locator('[data-testid="imported-answer-replace-gender"]').check();
    await opts.locator('[data-testid="imported-answers-confirm"]').click();
    await opts.locator('[data-testid="imported-answers-done"]').waitFor();
    expect((await storedAnswers()).find((a) => a.concept === 'gender')).toMatchObject({
      zh: '男',
      en: 'Male',
    });
    await opts.close();
  });
});
