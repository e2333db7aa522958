// GPA reads the same on every surface: 4.0, never 4 (YAML and parseFloat drop the ".0").
import { describe, expect, it } from 'vitest';
import { buildCardSections } from '~/lib/card/build-card';
import { formatGpa } from '~/lib/i18n/format-gpa';
import { parseResume } from '~/lib/resume/parse';

describe('GPA display', () => {
  it('keeps one decimal on whole numbers and leaves the rest as written', () => {
    expect(formatGpa(4)).toBe('4.0');
    expect(formatGpa('5')).toBe('5.0');
    expect(formatGpa(3.85)).toBe('3.85');
    expect(formatGpa('3.7')).toBe('3.7');
  });

  it('the card shows and copies 4.0 in the value and in its other rendering', () => {
    const text =
      '---\nname: 李思远\neducation:\n  - school: 甲大学\n    major: 计算机 · 本科\n    date: 2015.09 – 2019.06\n    description: GPA 4.0/4.0（专业第1）\n---\n';
    const parsed = parseResume(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const facts = buildCardSections(parsed.resume, 'zh').flatMap((s) => s.entries.flatMap((e) => e.facts));
    const gpa = facts.find((f) => f.id.endsWith('.gpa'))!;
    expect(gpa.value).toBe('4.0/4.0');
    expect(gpa.alternatives.map((a) => a.value)).toEqual(['4.0']);
  });
});
