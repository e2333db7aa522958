// SmartRecruiters one-click apply through the real extension: the first fill presses "Add experience
// entry" once and "Add education entry" twice (the résumé's one job and two schools, none on the page),
// a second fill of the filled page adds no entry and changes no value, both reports name the adapter
// with no selector missed, and the personal fields are placed by the adapter's shadow-root selectors.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FillReport } from '~/lib/fill/types';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations } from './expectations';
import { BUILT_FIXTURES, SAMPLE_EN, startSession, type Session } from './support';

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE_EN] });
});
afterAll(async () => {
  await s?.close();
});

const [e] = allExpectations((name) => name === 'smartrecruiters-en');

/** Entries per section and every value the spl-* controls show, in page order (through their shadows). */
function snapshot(page: Page) {
  return page.evaluate(() => ({
    experience: document.querySelectorAll('oc-experience-entry').length,
    education: document.querySelectorAll('oc-education-entry').length,
    values: [...document.querySelectorAll('spl-input, spl-select, spl-checkbox, spl-phone-field')].flatMap(
      (host) =>
        [...(host.shadowRoot?.querySelectorAll('input, select, textarea') ?? [])].map((el) =>
          el instanceof HTMLInputElement && el.type === 'checkbox'
            ? String(el.checked)
            : (el as HTMLInputElement).value,
        ),
    ),
  }));
}

it('smartrecruiters-en: adds only the résumé’s entries once, and nothing on a second fill', async () => {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${e!.page}.html`), e!.url));
  await page.waitForFunction(
    () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
  );
  const initial = await snapshot(page);
  expect([initial.experience, initial.education]).toEqual([0, 0]);
  const first = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
  await page.waitForTimeout(200);
  const once = await snapshot(page);
  expect([once.experience, once.education]).toEqual([1, 2]);
  const second = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
  await page.waitForTimeout(200);
  expect(await snapshot(page)).toEqual(once);
  for (const { report } of [first, second]) {
    expect(report.adapter).toBe('smartrecruiters');
    expect(report.selectorMisses).toEqual([]);
  }
  expect(second.report.counts.failed).toBe(0);
  const placed = (first.report as FillReport).fields
    .filter((f) => f.placedBy?.by === 'adapter')
    .map((f) => [f.key, f.placedBy?.by === 'adapter' ? f.placedBy.selector : '']);
  expect(placed).toEqual([
    ['name.given', 'input#first-name-input'],
    ['name.family', 'input#last-name-input'],
    ['email', 'input#email-input'],
    ['email', 'input#confirm-email-input'],
    ['phone.countryCode', 'spl-phone-field >>> select'],
    ['phone.national', 'spl-phone-field >>> input[type=tel]'],
  ]);
  await page.close();
});
