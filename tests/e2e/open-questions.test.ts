// Issue 14: a free-text question the fill leaves empty (why this company…) is never guessed, and the
// popup's report says so and points to the highlight picker by its context-menu item.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/build.mjs';
import { fillThroughPopup, serveLocal, tabIdOf } from '../../scripts/lib/session.mjs';
import { BUILT_FIXTURES, SAMPLE, startSession, type Session } from './support';

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

const menuItem = (dir: string): string =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${dir}/messages.json`), 'utf8')).menuPicker.message;

describe('open questions in the fill report', () => {
  it('the popup lists answers-zh 为什么想加入 as not guessed, with the picker hint', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, 'answers-zh.html')));
    await page.waitForFunction(
      () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
    );
    const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    const why = (report.fields as { label: string; openQuestion?: boolean; value?: string }[]).find((f) =>
      f.label.includes('为什么'),
    );
    expect(why).toMatchObject({ openQuestion: true });
    expect(why?.value).toBeUndefined();
    // Never written.
    const state = await page.evaluate(
      () => (window as unknown as { __fixtureState: () => Record<string, unknown> }).__fixtureState().why,
    );
    expect(state ?? '').toBe('');

    const popup = await s.ctx.newPage();
    await popup.goto(
      `chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s.sw, page.url())}`,
    );
    const row = popup.locator('.report-row.open-question', { hasText: '为什么' });
    await row.waitFor();
    const hint = await row.locator('[data-testid="open-question-hint"]').innerText();
    // The popup speaks the UI language: the hint names that language's menu item.
    expect([menuItem('en'), menuItem('zh_CN')].some((m) => hint.includes(m))).toBe(true);
    // Only open questions carry it: the name and email rows do not.
    expect(await popup.locator('[data-testid="open-question-hint"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
