// 腾讯招聘 through the real extension, beyond the one-fill judge of fill-fixtures-suite.ts: a second fill
// of a filled page adds no entry and changes nothing, with the adapter's selectors all finding their
// controls; and a résumé that does give a place leaves the 省/市/区 cascader untouched.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FillReport } from '~/lib/fill/types';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations } from './expectations';
import { BUILT_FIXTURES, SAMPLE, startSession, type Session } from './support';

const [PAGE] = allExpectations((name) => name === 'tencent-zh');

// The fictional sample with a current city: the cascader must still be left alone.
const dir = mkdtempSync(join(tmpdir(), 'tencent-refill-'));
const WITH_PLACE = join(dir, 'sample-with-location.md');
writeFileSync(
  WITH_PLACE,
  readFileSync(SAMPLE, 'utf8').replace(/^contact:\n/m, 'contact:\n  location: 广东省深圳市\n'),
);

let s: Session;
let placed: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
  placed = await startSession({ resumes: [WITH_PLACE] });
});
afterAll(async () => {
  await s?.close();
  await placed?.close();
});

async function open(s: Session): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${PAGE!.page}.html`), PAGE!.url));
  await page.waitForFunction(
    () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
  );
  return page;
}

/** Entries per section, what every control shows, and the Vue model. */
function snapshot(page: Page) {
  return page.evaluate(() => ({
    entries: [...document.querySelectorAll('.send_box')].map((b) => b.querySelectorAll('.send_entry').length),
    shown: [
      ...document.querySelectorAll<HTMLElement>(
        '.send_box input:not([type=hidden]), .send_box textarea, .send_box .el-select__placeholder',
      ),
    ].map((el) =>
      el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
        ? String(el.checked)
        : el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
          ? el.value
          : (el.textContent ?? '').trim(),
    ),
    state: (window as unknown as { __fixtureState: () => unknown }).__fixtureState(),
  }));
}

describe('tencent-zh', () => {
  it('filled twice: no entry added and nothing changed the second time', async () => {
    const page = await open(s);
    const initial = await snapshot(page);
    const first = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    const once = await snapshot(page);
    // One more education entry and two more projects on the first fill.
    expect(once.entries).toEqual(initial.entries.map((n, i) => n + [0, 1, 0, 2, 0][i]!));
    const second = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    expect(await snapshot(page)).toEqual(once);
    for (const { report } of [first, second]) {
      expect(report.adapter).toBe('tencent');
      expect(report.selectorMisses).toEqual([]);
    }
    expect(second.report.counts.failed).toBe(0);
    await page.close();
  });

  it('a résumé with a place leaves the 当前所处地 cascader as it was', async () => {
    const page = await open(placed);
    const { report } = await fillThroughPopup(placed.ctx, placed.sw, placed.extensionId, page);
    await page.waitForTimeout(200);
    const location = await page.evaluate(() => ({
      shown: document.querySelector<HTMLInputElement>('[data-fixture=location] input')!.value,
      state: (
        window as unknown as { __fixtureState: () => { location: unknown; name: string } }
      ).__fixtureState(),
    }));
    expect(location.shown).toBe('');
    expect(location.state.location).toEqual([]);
    // The rest of the page is still filled from that résumé.
    expect(location.state.name).toBe('李思远');
    const field = (report as FillReport).fields.find((f) => f.key === 'location');
    // Required on the page, so the report asks the applicant for it, and says why it was not chosen.
    expect(field).toMatchObject({ status: 'required-empty', reason: expect.stringContaining('cascader') });
    await page.close();
  });
});
