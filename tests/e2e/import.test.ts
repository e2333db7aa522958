// Issue 2 end to end: the real résumé imported through the options page as a user would, its derived
// facts stored and shown; bad input rejected in place with nothing lost. What the real résumé must derive
// to comes from ../shared/resume.expected.json, so none of its details is written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resume } from '~/lib/resume/types';
import { SAMPLE, screenshotPath, startSession, storedData, type Session } from './support';
import { importResume } from '../../scripts/lib/session.mjs';
import {
  expectDerivedAsExpected,
  hasRealResume,
  REAL_EXPECTED,
  REAL_RESUME_PATH,
  REAL_RESUME_TEXT,
  realTitle,
} from '../privacy/real-resume';

let s: Session;

beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

describe('importing through the options page', () => {
  it.runIf(hasRealResume)(realTitle('derives every fact of the real résumé and stores it'), async () => {
    const x = REAL_EXPECTED!;
    const page = await importResume(s.ctx, s.extensionId, REAL_RESUME_PATH);
    await expect
      .poll(() => page.locator('[data-path="name.latin.full"]').innerText())
      .toContain(x.name.romanized);
    await page.screenshot({ path: screenshotPath('options-real-resume'), fullPage: true });
    const data = await storedData(s.sw);
    const profiles = data.profiles as { resume: Resume; markdown: string }[];
    expect(profiles).toHaveLength(1);
    // The résumé as the extension stored it, fact by fact against the expectations.
    expectDerivedAsExpected(profiles[0].resume, x);
    // The page-publishing password is never stored, neither in the facts nor in the kept Markdown.
    const password = /^password:\s*(.+)$/m.exec(REAL_RESUME_TEXT!)?.[1].trim();
    expect(password).toBeTruthy();
    // The key stays, blanked to "", so every later line keeps its number.
    expect(profiles[0].markdown).not.toMatch(/^password:(?! ""\r?$)/m);
    const elsewhere = REAL_RESUME_TEXT!.replace(/^password:.*$/m, '').includes(password!);
    expect(JSON.stringify(data)).not.toContain(elsewhere ? `"${password}"` : password);
    await page.close();
  });

  it('rejects bad input in place and keeps the stored résumé', async () => {
    const page = await importResume(s.ctx, s.extensionId, hasRealResume ? REAL_RESUME_PATH : SAMPLE);
    const before = await storedData(s.sw);
    await page.locator('[data-testid="import-paste"]').fill('---\nname: 李思远\neducation: [unclosed\n---\n');
    await page.locator('[data-testid="import-paste-submit"]').click();
    const errors = page.locator('[data-testid="import-errors"]');
    await expect.poll(() => errors.innerText()).toMatch(/3/); // the line of the YAML error
    await page.screenshot({ path: screenshotPath('options-import-error'), fullPage: true });
    expect(await storedData(s.sw)).toEqual(before);
    await page.close();
  });

  it('shows the loaded résumé in the popup', async () => {
    const popup = await s.ctx.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('[data-testid="popup-status"]').innerText())
      .toContain(hasRealResume ? REAL_EXPECTED!.name.full : '李思远');
    await popup.screenshot({ path: screenshotPath('popup') });
    await popup.close();
  });
});
