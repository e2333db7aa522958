import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getOverrides, getSettings, listProfiles, resolveResume, setOverride } from '~/lib/storage';
import { exportProfile, importJsonResume, importProfile } from '~/lib/storage/import';
import { BAD_YAML, localSnapshot, REAL_RESUME, SAMPLE_EN, SAMPLE_ZH } from './fixtures';
import { REAL_EXPECTED, realTitle } from '../privacy/real-resume';

beforeEach(() => fakeBrowser.reset());

describe('importProfile', () => {
  it('stores the parsed résumé, the text as imported, and makes the first profile active', async () => {
    const result = await importProfile(SAMPLE_ZH, { fileName: 'sample-resume.md', byteLength: 1234 });
    expect(result.ok).toBe(true);
    const profiles = await listProfiles();
    expect(profiles).toHaveLength(1);
    const [profile] = profiles;
    expect(profile.id).toBe(result.profileId);
    expect(profile.lang).toBe('zh');
    expect(profile.fileName).toBe('sample-resume.md');
    expect(profile.resume.name.full).toBe('李思远');
    expect(profile.label).toContain('李思远');
    expect((await getSettings()).activeProfileId).toBe(profile.id);
  });

  it('keeps the Markdown byte for byte except a front-matter password, which is blanked in place', async () => {
    await importProfile(SAMPLE_ZH);
    const { markdown } = (await listProfiles())[0];
    expect(markdown).toBe(SAMPLE_ZH.replace('password: sample-only\n', 'password: ""\n'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('sample-only');
  });

  it('refuses to store a file whose password cannot be blanked, and says why', async () => {
    const text = SAMPLE_ZH.replace('password: sample-only\n', 'password: &p sample-only\nalso: *p\n');
    const result = await importProfile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.code).toBe('secret-kept');
    expect(await listProfiles()).toEqual([]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('sample-only');
  });

  it('on a YAML error stores nothing and leaves the previous profile byte-identical', async () => {
    const first = await importProfile(SAMPLE_ZH);
    await setOverride(first.profileId!, 'name.latin.full', 'Siyuan Lee');
    const before = await localSnapshot();

    const failed = await importProfile(BAD_YAML);
    expect(failed.ok).toBe(false);
    expect(failed.profileId).toBeUndefined();
    if (failed.ok) return;
    expect(failed.errors[0]).toMatchObject({ code: 'yaml-syntax' });
    expect(failed.errors[0].line).toBeGreaterThanOrEqual(3);
    expect(await localSnapshot()).toBe(before);
  });

  it('re-importing the same person and language replaces the profile but keeps its id, label and corrections', async () => {
    const first = await importProfile(SAMPLE_ZH);
    const id = first.profileId!;
    await setOverride(id, 'name.latin.full', 'Siyuan Lee');
    const edited = SAMPLE_ZH.replace('lisiyuan_demo@163.com', 'siyuan.new@163.com');

    const second = await importProfile(edited);
    expect(second.profileId).toBe(id);
    const profiles = await listProfiles();
    expect(profiles).toHaveLength(1);
    expect(profiles[0].resume.contact.email).toBe('siyuan.new@163.com');
    expect(await getOverrides(id)).toEqual({ 'name.latin.full': 'Siyuan Lee' });
    expect((await resolveResume(id))?.resume.name.latin.full).toBe('Siyuan Lee');
  });

  it('keeps a Chinese and an English résumé as two profiles', async () => {
    const zh = await importProfile(SAMPLE_ZH);
    const en = await importProfile(SAMPLE_EN);
    expect(en.profileId).not.toBe(zh.profileId);
    const profiles = await listProfiles();
    expect(profiles.map((p) => p.lang)).toEqual(['zh', 'en']);
    expect((await getSettings()).activeProfileId).toBe(zh.profileId);
  });

  it('replaceId overwrites the named profile even when the name changed', async () => {
    const zh = await importProfile(SAMPLE_ZH);
    const renamed = SAMPLE_ZH.replace(/^name: 李思远$/m, 'name: 李思源');
    const result = await importProfile(renamed, { replaceId: zh.profileId });
    expect(result.profileId).toBe(zh.profileId);
    expect((await listProfiles()).map((p) => p.resume.name.full)).toEqual(['李思源']);
  });

  it.runIf(REAL_RESUME !== null && REAL_EXPECTED !== null)(
    realTitle("imports the user's own résumé"),
    async () => {
      const result = await importProfile(REAL_RESUME!, { fileName: 'resume.md' });
      expect(result.ok).toBe(true);
      const resolved = await resolveResume();
      expect(resolved?.resume.name.latin.full).toBe(REAL_EXPECTED!.name.romanized);
      expect(resolved?.profile.markdown).not.toMatch(/^password:(?! ""$)/m);
    },
  );
});

describe('JSON Resume and export', () => {
  it('exports the Markdown as stored and a JSON Resume that imports back', async () => {
    const { profileId } = await importProfile(SAMPLE_EN, { fileName: 'cv.md' });
    const md = await exportProfile(profileId!, 'markdown');
    expect(md).toEqual({ fileName: 'cv.md', text: (await listProfiles())[0].markdown, answers: 0 });

    await setOverride(profileId!, 'contact.email', 'corrected@example.com');
    const json = await exportProfile(profileId!, 'json-resume');
    expect(json.fileName).toBe('cv.json');
    expect(json.text).toContain('corrected@example.com');

    fakeBrowser.reset();
    const back = await importJsonResume(json.text, { fileName: 'cv.json' });
    expect(back.ok).toBe(true);
    const [profile] = await listProfiles();
    expect(profile.source).toBe('json-resume');
    expect(profile.fileName).toBe('cv.md');
    expect(profile.resume.contact.email).toBe('corrected@example.com');
  });

  it('reports where invalid JSON breaks and stores nothing', async () => {
    const result = await importJsonResume('{\n  "basics": {\n    "name": "A",\n  }\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'json-syntax', line: 4 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
