// A store written by version 1 (one résumé, flat corrections, two switches) must come up as version 2
// when the extension loads, with nothing lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseResume } from '~/lib/resume/parse';
import { SAMPLE_ZH } from './fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('storage migration v1 → v2', () => {
  it('turns the single résumé into a profile and keeps its corrections and settings', async () => {
    const parsed = parseResume(SAMPLE_ZH);
    if (!parsed.ok) throw new Error('sample résumé must parse');
    await fakeBrowser.storage.local.set({
      profiles: { markdown: SAMPLE_ZH, fileName: 'cv.md', importedAt: 1700000000000, resume: parsed.resume },
      overrides: { 'name.latin.full': 'Siyuan Lee' },
      settings: { overwrite: true },
    });

    // Loading the module defines the items, which runs the migrations, as on extension start.
    const store = await import('~/lib/storage');
    const profiles = await store.listProfiles();
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      lang: 'zh',
      markdown: SAMPLE_ZH,
      fileName: 'cv.md',
      importedAt: 1700000000000,
      warnings: [],
    });
    expect(profiles[0].resume.name.full).toBe('李思远');
    const id = profiles[0].id;
    expect(await store.getOverrides(id)).toEqual({ 'name.latin.full': 'Siyuan Lee' });
    expect((await store.resolveResume())?.resume.name.latin.full).toBe('Siyuan Lee');
    expect(await store.getSettings()).toMatchObject({
      overwrite: true,
      profileBySite: {},
    });
    expect(await fakeBrowser.storage.local.get(['profiles$', 'overrides$', 'settings$'])).toEqual({
      profiles$: { v: 2 },
      overrides$: { v: 2 },
      settings$: { v: 2 },
    });
  });

  it('leaves current data alone', async () => {
    const parsed = parseResume(SAMPLE_ZH);
    if (!parsed.ok) throw new Error('sample résumé must parse');
    const profile = {
      id: 'p1',
      label: 'mine',
      lang: 'zh',
      markdown: SAMPLE_ZH,
      importedAt: 1,
      resume: parsed.resume,
      warnings: [],
    };
    await fakeBrowser.storage.local.set({ profiles: [profile], profiles$: { v: 2 } });
    const store = await import('~/lib/storage');
    expect(await store.listProfiles()).toEqual([profile]);
  });
});

describe('a versioned write', () => {
  it('stores the value and its version in one storage write, so no reader sees one without the other', async () => {
    const { writeItem, settingsItem, STORAGE_VERSION } = await import('~/lib/storage/items');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeItem(settingsItem, { overwrite: true });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { overwrite: true },
      settings$: { v: STORAGE_VERSION },
    });
    expect(await settingsItem.getMeta()).toEqual({ v: STORAGE_VERSION });
  });
});
