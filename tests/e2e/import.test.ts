// Issue 2 end to end: the real résumé imported through the options page as a user would, its derived
// facts stored and shown; bad input rejected in place with nothing lost.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_RESUME, SAMPLE, screenshotPath, startSession, storedData, type Session } from './support';
import { importResume } from '../../scripts/lib/session.mjs';

const hasReal = existsSync(REAL_RESUME);
let s: Session;

beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

interface StoredProfile {
  resume: {
    name: { family: string; given: string; latin: { full: string } };
    contact: { phone: { e164: string; countryCode: string }; birth: { year: number; month: number } };
    education: {
      school: string;
      schoolNote?: string;
      major: string;
      degree: string;
      gpa?: { value: number; scale: number };
    }[];
    experience: {
      company: string;
      department?: string;
      title: string;
      level?: string;
      dates: { current: boolean };
    }[];
    projects: { name: string; role?: string; highlights: { tag?: string }[] }[];
  };
  markdown: string;
}

describe('importing through the options page', () => {
  it.runIf(hasReal)('derives every fact of the real résumé and stores it', async () => {
    const page = await importResume(s.ctx, s.extensionId, REAL_RESUME);
    await expect
      .poll(() => page.locator('[data-path="name.latin.full"]').innerText())
      .toContain('Xingxing Wang');
    await page.screenshot({ path: screenshotPath('options-real-resume'), fullPage: true });
    const data = await storedData(s.sw);
    const profiles = data.profiles as StoredProfile[];
    expect(profiles).toHaveLength(1);
    const r = profiles[0].resume;
    expect([r.name.family, r.name.given, r.name.latin.full]).toEqual(['王', '星星', 'Xingxing Wang']);
    expect(r.contact.phone.e164).toBe('+8617179887126');
    expect(r.contact.birth).toMatchObject({ year: 2000, month: 1 });
    expect(r.education[0]).toMatchObject({
      school: '香港科技大学',
      schoolNote: 'QS Ranking 50',
      major: '信息技术',
      degree: 'master',
    });
    expect(r.education[0].gpa).toMatchObject({ value: 4.1, scale: 4.3 });
    expect(r.education[1]).toMatchObject({ school: '郑州大学', major: '软件工程', degree: 'bachelor' });
    expect(r.experience[0]).toMatchObject({
      company: '阿里巴巴',
      department: 'Alibaba.com技术部',
      title: '高级开发工程师',
      level: 'P6',
    });
    expect(r.experience[0].dates.current).toBe(true);
    expect(r.projects[0]).toMatchObject({ name: '全球卖', role: '商家结算技术负责人' });
    expect(r.projects[0].highlights[0].tag).toBe('全链路');
    expect(JSON.stringify(data)).not.toContain('dynamic'); // the page-publishing password is never stored
    await page.close();
  });

  it('rejects bad input in place and keeps the stored résumé', async () => {
    const page = await importResume(s.ctx, s.extensionId, hasReal ? REAL_RESUME : SAMPLE);
    const before = await storedData(s.sw);
    await page.locator('[data-testid="import-paste"]').fill('---\nname: 王星星\neducation: [unclosed\n---\n');
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
      .toContain(hasReal ? '王星星' : '李思远');
    await popup.screenshot({ path: screenshotPath('popup') });
    await popup.close();
  });
});
