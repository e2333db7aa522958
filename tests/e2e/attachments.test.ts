// Issue 14 §2 end to end: a file kept in the options page's Attachments section (name, size, remove, the
// size limit said and enforced) reaches a page's file box through a fill; with no file kept, the box stays
// empty and the report asks the user to attach it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/build.mjs';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { BUILT_FIXTURES, SAMPLE, startSession, storedData, type Session } from './support';

const PDF = join(ROOT, 'samples/sample-resume.pdf');
let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => s?.close());

async function plainPage(): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, 'attach-plain.html')));
  return page;
}

const received = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __fixtureState: () => { files: Record<string, string> } }).__fixtureState()
        .files,
  );

describe('attachments', () => {
  it('with no file kept, the résumé box stays empty and the report says to attach it', async () => {
    const page = await plainPage();
    const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect((await received(page)).resume).toBe('');
    expect(await page.locator('#resume_file').evaluate((el: HTMLInputElement) => el.files?.length ?? 0)).toBe(
      0,
    );
    const line = report.fields.find((f: { label: string }) => f.label === '附件简历');
    expect(line).toMatchObject({ status: 'skipped', reason: 'no résumé file is stored: attach it yourself' });
    await page.close();
  });

  it('the options page keeps a file with its name and size, refuses one over the limit, removes one', async () => {
    const options = await s.ctx.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const section = options.locator('[data-testid="attachments"]');
    // The limit is said in the section (in whichever UI language the browser picked).
    await expect(section.innerText()).resolves.toMatch(/2 MB/);
    await options.locator('[data-testid="attachment-file-resume"]').setInputFiles(PDF);
    await expect
      .poll(() => options.locator('[data-testid="attachment-name-resume"]').innerText())
      .toBe('sample-resume.pdf (746 B)');
    const big = join(ROOT, 'test-output', 'too-large-transcript.pdf');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(big, Buffer.alloc(2 * 1024 * 1024 + 1, 0x20));
    await options.locator('[data-testid="attachment-file-transcript"]').setInputFiles(big);
    await expect(options.locator('[data-testid="attachments-error"]').innerText()).resolves.toMatch(
      /too-large-transcript\.pdf.*2 MB/,
    );
    const stored = (await storedData(s.sw)).attachments as Record<
      string,
      { kind: string; name: string; size: number }[]
    >;
    expect(
      Object.values(stored)
        .flat()
        .map((a) => [a.kind, a.name, a.size]),
    ).toEqual([['resume', 'sample-resume.pdf', 746]]);
    // Kept with the profile, then taken off and put back (the next test fills with it).
    await options.locator('[data-testid="attachment-remove-resume"]').click();
    await expect.poll(() => options.locator('[data-testid="attachment-remove-resume"]').count()).toBe(0);
    await options.locator('[data-testid="attachment-file-resume"]').setInputFiles(PDF);
    await expect.poll(() => options.locator('[data-testid="attachment-remove-resume"]').count()).toBe(1);
    await options.close();
  });

  it('a fill puts the kept file into the page’s résumé box, its change event handing it over', async () => {
    const page = await plainPage();
    const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    expect(await page.locator('#resume_file').evaluate((el: HTMLInputElement) => el.files?.[0]?.name)).toBe(
      'sample-resume.pdf',
    );
    expect(await page.locator('#resume_file').evaluate((el: HTMLInputElement) => el.files?.[0]?.size)).toBe(
      746,
    );
    expect((await received(page)).resume).toBe('sample-resume.pdf');
    expect(await page.locator('#resume_name').innerText()).toBe('sample-resume.pdf');
    expect(report.fields.find((f: { label: string }) => f.label === '附件简历')).toMatchObject({
      status: 'filled',
      shown: 'sample-resume.pdf',
    });
    // No cover letter is kept: its box is the user's.
    expect((await received(page)).coverLetter).toBe('');
    await page.close();
  });
});
