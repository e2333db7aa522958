// The legacy Greenhouse board (greenhouse-legacy-en: real jQuery + select2 3) through the real extension:
// the first fill presses "Add another education" once (two schools, one entry on the page), a second fill
// adds no entry and changes nothing select2 holds, both reports name the adapter with no selector missed,
// and the remote school select2 is placed by the adapter. A résumé whose schools the lookup lists only as
// longer names (near misses: "National University" → "…of Singapore", "…of Samoa") leaves both schools
// empty and the list shut, never a wrong school. Embedded as Greenhouse embeds it — the board at its
// boards.greenhouse.io/embed/job_app address in an iframe of a company's own careers page, another
// origin — the board's frame is filled with the adapter and the company page's own fields stay alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FillReport } from '~/lib/fill/types';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations } from './expectations';
import { BUILT_FIXTURES, SAMPLE_EN, startSession, type Session } from './support';

const CAREERS = 'https://careers.tidewater.example/jobs/platform-engineer';
const EMBED = 'https://boards.greenhouse.io/embed/job_app?for=tidewaterfreight&token=4417021';

/** The company's page around the embed (our own markup): a job search and a newsletter sign-up. */
const CAREERS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title></head>
<body><header><label for="q">Search roles</label> <input id="q" name="q" type="search"></header>
<h1>Platform Engineer</h1><div id="grnhse_app"><iframe id="grnhse_iframe" src="${EMBED}" title="Greenhouse Job Board"
 width="760" height="2400" style="border:0"></iframe></div>
<footer><form id="newsletter"><label for="news-email">Get new roles by email</label>
<input id="news-email" name="email" type="email"> <button type="button">Subscribe</button></form></footer>
</body></html>`;

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

describe('greenhouse-legacy-en embedded in a company page (another origin)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ resumes: [SAMPLE_EN] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fills the board in its frame with the adapter, and leaves the company page alone', async () => {
    await serveLocal(s.ctx, join(BUILT_FIXTURES, `${e!.page}.html`), EMBED);
    await s.ctx.route(CAREERS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: CAREERS_PAGE }),
    );
    const page = await s.ctx.newPage();
    await page.goto(CAREERS);
    const board = page.frameLocator('#grnhse_iframe');
    await board.locator('#s2id_education_degree_0').waitFor();
    const frame = page.frames().find((f) => f.url() === EMBED)!;
    const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(200);
    const inner = (await frame.evaluate(() =>
      (window as unknown as { __fixtureState: () => State }).__fixtureState(),
    )) as State;
    expect([inner.first_name, inner.last_name, inner.email, inner.educationEntries]).toEqual([
      'Siyuan',
      'Li',
      'lisiyuan_demo@163.com',
      2,
    ]);
    expect([inner.education_school_name_0, inner.education_degree_0, inner.education_discipline_0]).toEqual([
      'National University of Singapore',
      '4',
      '105',
    ]);
    expect(inner.education_school_name_1).toBe('Huazhong University of Science and Technology');
    expect([inner.job_application_answers_attributes_3_boolean_value, inner.job_application_gender]).toEqual([
      '',
      '',
    ]);
    expect(await page.locator('#q').inputValue()).toBe('');
    expect(await page.locator('#news-email').inputValue()).toBe('');
    expect(report.adapter).toBe('greenhouse');
    const byAdapter = (report as FillReport).fields.filter((f) => f.placedBy?.by === 'adapter');
    expect(byAdapter.map((f) => f.key)).toContain('education.school');
    expect(byAdapter.length).toBeGreaterThanOrEqual(17);
    expect(report.selectorMisses).toEqual([]);
    await page.close();
  });
});
