// 阿里巴巴's résumé page end to end: every card is saved on its own, and an entry card keeps one form open
// at a time. The extension opens the forms (编辑, 添加), fills them and never presses 保存; the report
// says what is left. Here the user presses 保存 on every open card between fills, as on the site, and
// each next fill continues with the next entry: never one already saved, never a second form while one
// is open, and 基本信息 is not reopened once saved with the applicant's details.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations, differences, snapshotBefore } from './expectations';
import { BUILT_FIXTURES, SAMPLE, screenshotPath, startSession, type Session } from './support';

const [page1] = allExpectations((name) => name === 'alibaba-campus-zh');

interface Education {
  school: string;
  degree: string;
  major: string;
  start: string;
  end: string;
}
interface Entry {
  name?: string;
  company?: string;
  role?: string;
  title?: string;
  start: string;
  end: string;
  current: boolean;
  description: string;
}
interface State {
  basic: Record<string, string>;
  education: Education[];
  work: Entry[];
  projects: Entry[];
  drafts: {
    basic: Record<string, string> | null;
    education: Education | null;
    work: Entry | null;
    projects: Entry | null;
    awards: unknown;
  };
}

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
});
afterAll(async () => {
  await s?.close();
});

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixtureState: () => State }).__fixtureState());

/** What the user does after checking a fill: 保存 on every card whose form is open. */
async function saveAll(page: Page): Promise<void> {
  for (;;) {
    const save = page.locator('.resume-card-footer .kuma-button-primary').first();
    if ((await save.count()) === 0) return;
    await save.click();
    await page.waitForTimeout(100);
  }
}

/** Each card's 保存 that the page shows: the extension never presses one. */
const openForms = (page: Page) => page.locator('.resume-card-footer').count();

describe('阿里巴巴 résumé cards', () => {
  it('opens the forms, never saves, and after each 保存 the next fill continues with the next entry', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${page1.page}.html`), page1.url));
    await page.waitForFunction(
      () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
    );

    // Fill 1: 基本信息 and one form per entry card, each with the first entry; nothing saved.
    const before = await snapshotBefore(page, page1);
    const first = (await fillThroughPopup(s.ctx, s.sw, s.extensionId, page)).report;
    expect(first.adapter).toBe('alibaba');
    expect(first.selectorMisses).toEqual([]);
    expect(await differences(page, page1, before)).toEqual([]);
    await page.waitForTimeout(1000);
    let now = await state(page);
    expect([now.education.length, now.work.length, now.projects.length]).toEqual([0, 0, 0]);
    expect(now.basic.name).toBe('');
    expect(now.drafts.awards).toBeNull();
    expect(await openForms(page)).toBe(4);
    // The report tells the user to save and fill again, in the page's language.
    expect(first.siteNotes).toEqual([
      expect.stringContaining('「保存」'),
      expect.stringMatching(/^「教育经历」还有 1 条未填.*再点一次「填写本页」/),
      expect.stringMatching(/^「项目经历」还有 2 条未填/),
    ]);
    expect(first.counts.failed).toBe(0);

    // The user saves; fill 2 takes the second education and the second project, nothing else.
    await saveAll(page);
    now = await state(page);
    expect(now.basic.name).toBe('李思远');
    expect(now.education.map((e) => e.school)).toEqual(['新加坡国立大学']);
    const second = (await fillThroughPopup(s.ctx, s.sw, s.extensionId, page)).report;
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('alibaba-cards-second-fill'), fullPage: true });
    now = await state(page);
    expect(second.selectorMisses).toEqual([]);
    expect(now.drafts.basic).toBeNull(); // saved with the applicant's details: not reopened
    expect(now.drafts.work).toBeNull(); // the one job is saved
    expect(now.drafts.education).toEqual({
      school: '华中科技大学',
      degree: 'BACHELOR',
      major: '计算机科学与技术',
      start: '2015-09',
      end: '2019-06',
    });
    expect(now.drafts.projects).toMatchObject({
      name: '商户结算对账系统',
      role: '核心开发',
      start: '2022-01',
      end: '2023-05',
      current: false,
    });
    expect(second.siteNotes).toEqual([
      expect.stringContaining('「保存」'),
      expect.stringMatching(/^「项目经历」还有 1 条未填/),
    ]);

    // Fill 3: the last project only.
    await saveAll(page);
    await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
    await page.waitForTimeout(300);
    now = await state(page);
    expect(now.drafts.education).toBeNull();
    expect(now.drafts.projects).toMatchObject({ name: '营销券中心重构', role: '技术PM', start: '2021-03' });
    await saveAll(page);

    // Fill 4: everything is saved; nothing opens, nothing is added twice.
    const last = (await fillThroughPopup(s.ctx, s.sw, s.extensionId, page)).report;
    await page.waitForTimeout(300);
    now = await state(page);
    expect(await openForms(page)).toBe(0);
    expect(last.siteNotes ?? []).toEqual([]);
    expect(now.education.map((e) => e.school)).toEqual(['新加坡国立大学', '华中科技大学']);
    expect(now.work.map((w) => [w.company, w.current])).toEqual([['美团', true]]);
    expect(now.projects.map((p) => p.name)).toEqual(['团购交易平台', '商户结算对账系统', '营销券中心重构']);
    expect(now.basic).toMatchObject({
      name: '李思远',
      birth: '1997-05',
      phone: '13712345678',
      email: 'lisiyuan_demo@163.com',
      idType: 'ID_CARD',
      emergencyName: '',
      emergencyPhone: '',
    });
    await page.close();
  });
});
