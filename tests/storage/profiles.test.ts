import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteAllData,
  deleteProfile,
  getLastReport,
  getOverrides,
  getSettings,
  listProfiles,
  renameProfile,
  resolveResume,
  resolveResumeForPage,
  setActiveProfile,
  setLastReport,
  setOverride,
  updateSettings,
  watchProfiles,
} from '~/lib/storage';
import { importProfile } from '~/lib/storage/import';
import type { FillReport } from '~/lib/fill/types';
import { SAMPLE_EN, SAMPLE_ZH } from './fixtures';

beforeEach(() => fakeBrowser.reset());

async function importBoth() {
  const zh = (await importProfile(SAMPLE_ZH)).profileId!;
  const en = (await importProfile(SAMPLE_EN)).profileId!;
  return { zh, en };
}

describe('settings', () => {
  it('starts from safe defaults and merges patches', async () => {
    expect(await getSettings()).toEqual({
      profileBySite: {},
      overwrite: false,
      pickerFormatBySite: {},
    });
    await updateSettings({ overwrite: true, cardPosition: { x: 10, y: 20 } });
    await updateSettings({ uiLang: 'en', cardPosition: undefined });
    const settings = await getSettings();
    expect(settings).toMatchObject({ overwrite: true, uiLang: 'en' });
    expect(settings).not.toHaveProperty('cardPosition');
  });
});

describe('overrides', () => {
  it('sets and removes corrections per profile, applied by resolveResume', async () => {
    const { zh, en } = await importBoth();
    await setOverride(zh, 'education[0].degree', 'doctorate');
    await setOverride(en, 'name.latin.full', 'Sy Li');
    expect(await getOverrides(zh)).toEqual({ 'education[0].degree': 'doctorate' });
    expect((await resolveResume(zh))?.resume.education[0].degree).toBe('doctorate');

    await setOverride(zh, 'education[0].degree', null);
    expect(await getOverrides(zh)).toEqual({});
    expect((await resolveResume(zh))?.resume.education[0].degree).toBe('master');
    expect(await getOverrides(en)).toEqual({ 'name.latin.full': 'Sy Li' });
  });

  it('keeps quick successive edits instead of letting one overwrite the other', async () => {
    const { zh } = await importBoth();
    await Promise.all([
      setOverride(zh, 'contact.email', 'a@b.cn'),
      setOverride(zh, 'name.latin.full', 'Siyuan Lee'),
      renameProfile(zh, '中文版'),
    ]);
    expect(Object.keys(await getOverrides(zh)).sort()).toEqual(['contact.email', 'name.latin.full']);
    expect((await listProfiles()).find((p) => p.id === zh)?.label).toBe('中文版');
  });
});

describe('choosing the résumé for a page', () => {
  it('uses the site choice, else English for English pages, else the active profile', async () => {
    const { zh, en } = await importBoth();
    expect((await resolveResumeForPage({ host: 'jobs.example.com', lang: 'en' }))?.profile.id).toBe(en);
    expect((await resolveResumeForPage({ host: 'jobs.example.com', lang: 'zh' }))?.profile.id).toBe(zh);

    await updateSettings({ profileBySite: { 'jobs.example.com': zh } });
    expect((await resolveResumeForPage({ host: 'jobs.example.com', lang: 'en' }))?.profile.id).toBe(zh);

    await setActiveProfile(en);
    expect((await resolveResumeForPage({ host: 'other.example.com', lang: 'zh' }))?.profile.id).toBe(en);
  });

  it('returns null when nothing is imported', async () => {
    expect(await resolveResume()).toBeNull();
    expect(await resolveResumeForPage({ host: 'a.cn', lang: 'zh' })).toBeNull();
  });
});

describe('deleting', () => {
  it('deleteProfile drops its corrections and site choices and moves the active profile', async () => {
    const { zh, en } = await importBoth();
    await setOverride(zh, 'contact.email', 'x@y.cn');
    await updateSettings({ profileBySite: { 'a.cn': zh, 'b.com': en } });
    await deleteProfile(zh);
    expect((await listProfiles()).map((p) => p.id)).toEqual([en]);
    expect(await getOverrides(zh)).toEqual({});
    const settings = await getSettings();
    expect(settings.activeProfileId).toBe(en);
    expect(settings.profileBySite).toEqual({ 'b.com': en });
  });

  it('deleteAllData empties local and session storage', async () => {
    const { zh } = await importBoth();
    await setOverride(zh, 'contact.email', 'x@y.cn');
    await setLastReport(7, { url: 'https://a.cn', counts: { filled: 1 } } as FillReport);
    await deleteAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await listProfiles()).toEqual([]);
    expect(await getLastReport(7)).toBeNull();
  });

  it('records the storage version again on the first write after deleting everything', async () => {
    await importBoth();
    await deleteAllData();
    await importProfile(SAMPLE_ZH);
    const stored = await fakeBrowser.storage.local.get(['profiles$', 'settings$']);
    expect(stored).toEqual({ profiles$: { v: 2 }, settings$: { v: 2 } });
  });
});

describe('watching and reports', () => {
  it('watchProfiles reports imports and deletions', async () => {
    const seen: number[] = [];
    const unwatch = watchProfiles((profiles) => seen.push(profiles.length));
    const { zh } = await importBoth();
    await deleteProfile(zh);
    await deleteAllData();
    unwatch();
    expect(seen).toEqual([1, 2, 1, 0]);
  });

  it('keeps the last report per tab in session storage', async () => {
    const report = { url: 'https://a.cn/apply', adapter: 'generic' } as FillReport;
    await setLastReport(3, report);
    expect(await getLastReport(3)).toEqual(report);
    expect(await fakeBrowser.storage.session.get('lastReports')).toEqual({ lastReports: { '3': report } });
    await setLastReport(3, null);
    expect(await getLastReport(3)).toBeNull();
  });
});
