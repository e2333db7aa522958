// The answers' round trip through a profile's Markdown export: export → import (parse) → confirm gives
// the same answers back; ID numbers only with the explicit choice; the stored profile keeps no copy.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAnswers, listProfiles, setAnswer } from '~/lib/storage';
import {
  applyImportedAnswers,
  compareImportedAnswers,
  exportProfile,
  importProfile,
} from '~/lib/storage/import';
import type { AnswerEntry } from '~/lib/answers/types';
import { SAMPLE_ZH } from './fixtures';

beforeEach(() => fakeBrowser.reset());

const ID = '110101199705050011';
const strip = (entries: AnswerEntry[]) =>
  entries.map(({ updatedAt: _t, ...e }) => e).sort((a, b) => a.concept.localeCompare(b.concept));

async function seed(): Promise<string> {
  const { profileId } = await importProfile(SAMPLE_ZH, { fileName: 'cv.md' });
  await setAnswer('gender', { zh: '男', en: 'Male' });
  await setAnswer('hukou', { zh: '湖北武汉' });
  await setAnswer('idNumber', { zh: ID });
  await setAnswer('custom:notice period', { question: 'Notice period', en: '1 month', learned: true });
  return profileId!;
}

describe('answers in the Markdown export', () => {
  it('export → import → confirm gives the same answers (ID numbers left out)', async () => {
    const id = await seed();
    const before = strip(await getAnswers());
    const exported = await exportProfile(id, 'markdown');
    expect(exported.answers).toBe(3);
    expect(exported.text).not.toContain(ID);

    fakeBrowser.reset();
    const result = await importProfile(exported.text, { fileName: exported.fileName });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.some((w) => JSON.stringify(w).includes('answers'))).toBe(false);
    // Nothing is stored before the confirmation.
    expect(await getAnswers()).toEqual([]);
    expect(result.answers?.ok).toBe(true);
    if (!result.answers?.ok) return;
    const rows = await compareImportedAnswers(result.answers.answers);
    expect(rows.every((r) => r.kind === 'new')).toBe(true);
    await applyImportedAnswers(rows, new Set());
    expect(strip(await getAnswers())).toEqual(before.filter((a) => a.concept !== 'idNumber'));
    // The stored profile keeps no copy; a second export writes the answers as they are now.
    expect((await listProfiles())[0].markdown).not.toContain('Notice period');
    await setAnswer('gender', { zh: '女', en: 'Female' });
    const again = await exportProfile(result.profileId!, 'markdown');
    expect(again.text.match(/^answers:/gm)).toHaveLength(1);
    expect(again.text).toContain('"女"');
    expect(again.text).not.toContain('"男"');
  });

  it('writes ID numbers when the user asks for them', async () => {
    const id = await seed();
    const exported = await exportProfile(id, 'markdown', { includeIdNumbers: true });
    expect(exported.answers).toBe(4);
    expect(exported.text).toContain(ID);
  });

  it('a file without answers imports exactly as before', async () => {
    const result = await importProfile(SAMPLE_ZH);
    expect(result.ok && result.answers).toBeUndefined();
    expect((await listProfiles())[0].markdown).toBe(
      SAMPLE_ZH.replace('password: sample-only\n', 'password: ""\n'),
    );
  });
});
