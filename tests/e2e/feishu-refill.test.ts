// 飞书招聘, both generations, through the real extension: a second fill of a filled page adds no card
// (the cards the first fill added are counted as entries), changes no value, and its report names the
// adapter with no selector missed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations, expectedAdapter, type Expectations } from './expectations';
import { BUILT_FIXTURES, SAMPLE, startSession, type Session } from './support';

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

// The 飞书 pages the adapter serves (a tenant on its own careers domain is the generic engine's).
const PAGES = allExpectations((name) => name.startsWith('feishu-')).filter(
  (e) => expectedAdapter(e) === 'feishu',
);

/** Array cards per list, and every text the form shows in its controls, in page order. */
function snapshot(page: Page) {
  return page.evaluate(() => ({
    cards: [
      ...[...document.querySelectorAll('form > *')].map(
        (section) => section.querySelectorAll('[class*="apply-form-array-card__container"]').length,
      ),
      // Tenants whose cards carry no such class: the entries their fields are named after (education_list.1.…).
      new Set(
        [...document.querySelectorAll('[data-form-field-name]')]
          .map((el) => /^(\w+_list\.\d+)\./.exec(el.getAttribute('data-form-field-name') ?? '')?.[1])
          .filter(Boolean),
      ).size,
      // Pages written without either: the entries their fixture marks are numbered by (edu-1-school…,
      // or a whole card marked education-1).
      new Set(
        [...document.querySelectorAll('[data-fixture]')]
          .map(
            (el) =>
              /^((?:edu|education|work|project)-\d+)(?:-|$)/.exec(el.getAttribute('data-fixture') ?? '')?.[1],
          )
          .filter(Boolean),
      ).size,
    ],
    values: [
      ...document.querySelectorAll<HTMLElement>(
        'form input:not([type=hidden]), form textarea, [class*="selection__rendered"], [class*="selector__selectItem"], [class*="period-display"]',
      ),
    ].map((el) =>
      el instanceof HTMLInputElement && el.type === 'checkbox'
        ? String(el.checked)
        : el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
          ? el.value
          : (el.textContent ?? '').trim(),
    ),
  }));
}

describe.each(PAGES)('$page filled twice', (e: Expectations) => {
  it('adds no card and changes nothing the second time', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${e.page}.html`), e.url));
    await page.waitForFunction(
      () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
    );
    const initial = await snapshot(page);
    const first = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    const once = await snapshot(page);
    // Each page has fewer cards than the résumé has entries: the first fill added some (how many is the
    // page's own expectation, judged in fill-fixtures); the second adds none.
    const total = (cards: number[]) => cards.reduce((a, b) => a + b, 0);
    expect(total(once.cards)).toBeGreaterThan(total(initial.cards));
    const second = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    expect(await snapshot(page)).toEqual(once);
    // A selector the page's expectation lists as a known gap is no news here.
    const known = (e.knownGaps ?? []).map((g) => g.problem).filter((p) => p.startsWith('selector missed:'));
    for (const { report } of [first, second]) {
      expect(report.adapter).toBe('feishu');
      const misses = (report.selectorMisses ?? []).filter(
        (m: { selector: string }) => !known.some((p) => p.includes(m.selector)),
      );
      expect(misses).toEqual([]);
    }
    // Nothing fails the second time that had not failed the first (a ranking no option names fails both).
    expect(second.report.counts.failed).toBeLessThanOrEqual(first.report.counts.failed);
    await page.close();
  });
});
