// The legacy Greenhouse board (greenhouse-legacy-en: real jQuery + select2 3) through the real extension:
// the first fill presses "Add another education" once (two schools, one entry on the page), a second fill
// adds no entry and changes nothing select2 holds, both reports name the adapter with no selector missed,
// and the remote school select2 is placed by the adapter. A résumé whose schools the lookup lists only as
// longer names (near misses: "National University" → "…of Singapore", "…of Samoa") leaves both schools
// empty and the list shut, never a wrong school.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FillReport } from '~/lib/fill/types';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations } from './expectations';
import { BUILT_FIXTURES, SAMPLE_EN, startSession, type Session } from './support';

const [e] = allExpectations((name) => name === 'greenhouse-legacy-en');

type State = Record<string, unknown>;

async function open(s: Session): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${e!.page}.html`), e!.url));
  await page.waitForFunction(
    () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
  );
  return page;
}

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixtureState: () => State }).__fixtureState());

describe('greenhouse-legacy-en', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ resumes: [SAMPLE_EN] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('adds the second education entry once, and nothing on a second fill', async () => {
    const page = await open(s);
    expect((await state(page)).educationEntries).toBe(1);
    const first = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    const once = await state(page);
    expect(once.educationEntries).toBe(2);
    expect([once.education_school_name_0, once.education_school_name_1]).toEqual([
      'National University of Singapore',
      'Huazhong University of Science and Technology',
    ]);
    expect([once.education_degree_0, once.education_degree_1]).toEqual(['4', '3']);
    const second = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    expect(await state(page)).toEqual(once);
    for (const { report } of [first, second]) {
      expect(report.adapter).toBe('greenhouse');
      expect(report.selectorMisses).toEqual([]);
    }
    const schools = (first.report as FillReport).fields
      .filter((f) => f.key === 'education.school')
      .map((f) => [f.status, f.placedBy?.by === 'adapter' ? f.placedBy.selector : f.placedBy?.by]);
    expect(schools).toEqual([
      ['filled', 'div.select2-container[id^="s2id_education_school_name_"]'],
      ['filled', 'div.select2-container[id^="s2id_education_school_name_"]'],
    ]);
    await page.close();
  });
});

describe('greenhouse-legacy-en, schools the lookup lists only as longer names', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gh-legacy-'));
    const file = join(dir, 'near-miss-schools.md');
    const text = readFileSync(SAMPLE_EN, 'utf8')
      .replace('National University of Singapore (QS Ranking 8)', 'National University (QS Ranking 8)')
      .replace('Huazhong University of Science and Technology (985/211)', 'Huazhong University (985/211)');
    expect(text).toContain('school: National University (QS Ranking 8)');
    writeFileSync(file, text);
    s = await startSession({ resumes: [file] });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks no school at all, and leaves the list shut', async () => {
    const page = await open(s);
    const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    const after = await state(page);
    expect(after.educationEntries).toBe(2);
    expect([after.education_school_name_0, after.education_school_name_1]).toEqual(['', '']);
    expect([after.education_school_name_0_id, after.education_school_name_1_id]).toEqual(['', '']);
    // Everything else in the entries is still filled.
    expect([after.education_degree_0, after.education_start_year_1]).toEqual(['4', '2015']);
    const schools = (report as FillReport).fields.filter((f) => f.key === 'education.school');
    expect(schools.map((f) => f.status)).toEqual(['failed', 'failed']);
    expect(await page.locator('.select2-dropdown-open, .select2-drop-active:visible').count()).toBe(0);
    await page.close();
  });
});
