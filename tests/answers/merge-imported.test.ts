// Imported answers meet the stored ones: new ones are added, additions fill only what is empty, and a
// different answer replaces the user's only when ticked — never one language from each.
import { describe, expect, it } from 'vitest';
import { compareImported, importSummary, mergedEntries } from '~/lib/answers/merge-imported';
import type { AnswerEntry } from '~/lib/answers/types';

const MINE: AnswerEntry[] = [
  { concept: 'gender', zh: '女' },
  { concept: 'expectedSalary', zh: '30k' },
  { concept: 'availability', zh: '一个月内', en: 'Within 1 month' },
];
const THEIRS: AnswerEntry[] = [
  { concept: 'gender', zh: '男', en: 'Male' },
  { concept: 'expectedSalary', zh: '30k', en: 'CNY 30k' },
  { concept: 'availability', zh: '一个月内', en: 'Within 1 month' },
  { concept: 'politicalStatus', zh: '共青团员' },
  { concept: 'nativePlace' },
];

const strip = (entries: AnswerEntry[]) => entries.map(({ updatedAt: _t, ...e }) => e);

describe('imported answers', () => {
  const rows = compareImported(MINE, THEIRS);

  it('tells new, additions, same and different apart (entries with no value left out)', () => {
    expect(rows.map((r) => [r.concept, r.kind])).toEqual([
      ['gender', 'differs'],
      ['expectedSalary', 'adds'],
      ['availability', 'same'],
      ['politicalStatus', 'new'],
    ]);
  });

  it("keeps the user's different answer whole unless ticked", () => {
    expect(strip(mergedEntries(rows, new Set()))).toEqual([
      { concept: 'expectedSalary', zh: '30k', en: 'CNY 30k' },
      { concept: 'politicalStatus', zh: '共青团员' },
    ]);
    expect(importSummary(rows, new Set())).toEqual({
      added: 1,
      completed: 1,
      replaced: 0,
      keptYours: 1,
      same: 1,
    });
  });

  it("takes the file's answer as it is where ticked", () => {
    const merged = strip(mergedEntries(rows, new Set(['gender'])));
    expect(merged[0]).toEqual({ concept: 'gender', zh: '男', en: 'Male' });
    expect(importSummary(rows, new Set(['gender']))).toMatchObject({ replaced: 1, keptYours: 0 });
  });

  it('an addition never changes what the user wrote', () => {
    const [row] = compareImported(
      [{ concept: 'custom:q', question: 'Q?', en: 'mine' }],
      [{ concept: 'custom:q', question: 'Q, as the file asks?', zh: '文件的', en: 'mine', options: ['a'] }],
    );
    expect(row.kind).toBe('adds');
    expect(strip(mergedEntries([row], new Set()))).toEqual([
      { concept: 'custom:q', question: 'Q?', en: 'mine', zh: '文件的', options: ['a'] },
    ]);
  });
});
