// Moka's repeated sections through the real extension: the first fill presses 添加 until the page has as
// many records as the résumé (education once, projects twice, the one job none), and a second fill on the
// same page counts what is there and adds nothing, while the report names the Moka adapter, says that
// Moka parses an uploaded résumé, and lists no selector that missed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { BUILT_FIXTURES, SAMPLE, startSession, type Session } from './support';

interface Counts {
  education: number;
  projects: number;
  work: number;
}

const PAGES = [
  {
    page: 'moka-campus',
    url: 'https://app.mokahr.com/campus-recruitment/xinghe/40123#/job/8f3a2c71/apply',
    work: 'internships',
  },
  {
    page: 'moka-social',
    url: 'https://app.mokahr.com/social-recruitment/xinghe/40123#/job/3b9e61d0/apply',
    work: 'jobs',
  },
];

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

async function records(page: Page, work: string): Promise<Counts> {
  return page.evaluate((workKey) => {
    const state = (window as unknown as { __fixtureState: () => Record<string, unknown[]> }).__fixtureState();
    return {
      education: state.education.length,
      projects: state.projects.length,
      work: state[workKey].length,
    };
  }, work);
}

describe.each(PAGES)('$page', ({ page: name, url, work }) => {
  it('a second fill adds no record and reports the Moka adapter', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${name}.html`), url));
    await page.waitForFunction(
      () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
    );
    expect(await records(page, work)).toEqual({ education: 1, projects: 1, work: 1 });
    const first = (await fillThroughPopup(s.ctx, s.sw, s.extensionId, page)).report;
    await page.waitForTimeout(200);
    expect(await records(page, work)).toEqual({ education: 2, projects: 3, work: 1 });
    const second = (await fillThroughPopup(s.ctx, s.sw, s.extensionId, page)).report;
    await page.waitForTimeout(200);
    expect(await records(page, work)).toEqual({ education: 2, projects: 3, work: 1 });
    for (const report of [first, second]) {
      expect(report.adapter).toBe('moka');
      expect(report.selectorMisses).toEqual([]);
      expect(report.siteNotes?.[0]).toMatch(/Moka reads an uploaded résumé/);
    }
    // Nothing written the first time is written differently the second: no field fails or is uncertain.
    expect(second.counts.failed).toBeLessThanOrEqual(first.counts.failed);
    expect(second.counts.uncertain).toBe(0);
    await page.close();
  });
});
