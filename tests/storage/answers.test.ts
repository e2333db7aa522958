// Answers in storage: kept per concept, emptied entries removed, merged on import, forgotten by "delete
// all", and identifiers handed to a fill only when the user turned that on.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  answerBookForFill,
  deleteAllData,
  getAnswers,
  mergeAnswers,
  removeAnswer,
  setAnswer,
  updateSettings,
} from '~/lib/storage';
import { migrateAnswersToV2 } from '~/lib/storage/migrations';

beforeEach(() => fakeBrowser.reset());

describe('answers storage', () => {
  it('sets, updates per language, and removes an entry left empty', async () => {
    await setAnswer('gender', { zh: '男' });
    await setAnswer('gender', { en: 'Male' });
    expect(await getAnswers()).toMatchObject([{ concept: 'gender', zh: '男', en: 'Male' }]);
    await setAnswer('gender', { zh: '', en: ' ' });
    expect(await getAnswers()).toEqual([]);
    await setAnswer('ethnicity', { zh: '汉族' });
    await removeAnswer('ethnicity');
    expect(await getAnswers()).toEqual([]);
  });

  it('merges an imported file over what is stored', async () => {
    await setAnswer('gender', { zh: '男' });
    await mergeAnswers([
      { concept: 'gender', en: 'Male' },
      { concept: 'hukou', zh: '湖北' },
      { concept: 'empty' },
    ]);
    const stored = await getAnswers();
    expect(stored.map((e) => e.concept).sort()).toEqual(['gender', 'hukou']);
    expect(stored.find((e) => e.concept === 'gender')).toMatchObject({ zh: '男', en: 'Male' });
  });

  it('hands ID numbers to a fill only when the user turned that on', async () => {
    await setAnswer('idNumber', { zh: '110101199001011237' });
    await setAnswer('gender', { zh: '男' });
    expect((await answerBookForFill()).entries.map((e) => e.concept)).toEqual(['gender']);
    await updateSettings({ fillIdNumbers: true });
    expect((await answerBookForFill()).entries.map((e) => e.concept).sort()).toEqual(['gender', 'idNumber']);
  });

  it('is forgotten by delete all', async () => {
    await setAnswer('gender', { zh: '男' });
    await deleteAllData();
    expect(await getAnswers()).toEqual([]);
  });

  it('keeps only well-formed entries from an unversioned value', () => {
    expect(migrateAnswersToV2([{ concept: 'gender', zh: '男' }, { zh: 1 }, 'x'])).toEqual([
      { concept: 'gender', zh: '男' },
    ]);
    expect(migrateAnswersToV2({})).toEqual([]);
  });
});
