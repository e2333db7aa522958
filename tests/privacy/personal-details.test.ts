// The detector behind no-personal-data.test.ts, exercised on the fictional sample résumé (李思远), so it
// is checked on every machine, with or without ../shared.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import { findPersonalDetails, personalDetailPatterns, type DetailKind } from './personal-details';

const root = resolve(import.meta.dirname, '../..');
const sample = parseResume(readFileSync(resolve(root, 'samples/sample-resume.md'), 'utf8'));
if (!sample.ok) throw new Error('the sample résumé must import');
const patterns = personalDetailPatterns(sample.resume);

function kindsIn(line: string): DetailKind[] {
  return [...new Set(findPersonalDetails(line, patterns).map((h) => h.kind))].sort();
}

describe('personalDetailPatterns on the sample résumé', () => {
  it('looks for every kind of detail the résumé has', () => {
    expect([...new Set(patterns.map((p) => p.kind))].sort()).toEqual(
      ['account name', 'email', 'name', 'phone', 'romanized name', 'website'].sort(),
    );
  });

  it.each([
    '13712345678',
    '137 1234 5678',
    '137-1234-5678',
    '+86 137 1234 5678',
    '(+86) 137-1234-5678',
    '+8613712345678',
    '0086 13712345678',
    'tel: 137.1234.5678',
    '１３７１２３４５６７８',
  ])('finds the phone written as %s', (line) => {
    expect(kindsIn(line)).toContain('phone');
  });

  it.each([
    ['Siyuan Li', 'romanized name'],
    ['LI Siyuan', 'romanized name'],
    ['Li, Siyuan', 'romanized name'],
    ['li_siyuan', 'romanized name'],
    ['siyuan.li@example.org', 'romanized name'],
    ['SiyuanLi', 'romanized name'],
    ['lisiyuan2', 'romanized name'],
    ['Si-yuan Li', 'romanized name'],
    ['Sīyuǎn Lǐ', 'romanized name'],
    ['李思远', 'name'],
    ['李 思远', 'name'],
    ['name: 思远', 'name'],
    ['LISIYUAN_DEMO@163.COM', 'email'],
    ['https://lisiyuan.example.com/cv', 'website'],
    ['github.com/lisiyuan', 'account name'],
  ] as const)('finds %s (%s)', (line, kind) => {
    expect(kindsIn(line)).toContain(kind);
  });

  it.each([
    '1371234567', // one digit short
    '137    1234    5678', // groups too far apart to be one number
    '137,1234,5678',
    'Siyuan',
    'Li',
    'Lisiyuanx',
    'Olivia Siyuanov',
    '李思',
    'example.com',
  ])('leaves %s alone', (line) => {
    expect(kindsIn(line)).toEqual([]);
  });

  it('reports the line of each hit, one per kind', () => {
    const text = 'first\nSiyuan Li, 13712345678\r\nthird\n李思远 李思远';
    expect(findPersonalDetails(text, patterns)).toEqual([
      { kind: 'phone', line: 2 },
      { kind: 'romanized name', line: 2 },
      { kind: 'name', line: 4 },
    ]);
  });

  it('does not look for a short account name on its own', () => {
    const parsed = parseResume('---\nname: 李思远\ncontact:\n  email: "lsy@example.org"\n---\n');
    expect(parsed.ok).toBe(true);
    const own = parsed.ok ? personalDetailPatterns(parsed.resume) : [];
    expect(own.map((p) => p.kind)).not.toContain('account name');
    expect(findPersonalDetails('lsy@example.org', own).map((h) => h.kind)).toEqual(['email']);
  });
});
