import { describe, expect, it } from 'vitest';
import {
  cleanLabel,
  foldForMatch,
  isFragmentLabel,
  isPlaceholderText,
  splitWords,
} from '~/lib/fill/describe/text';

describe('text helpers', () => {
  it('splitWords: camelCase, snake, brackets and dashes become words', () => {
    expect(splitWords('job_application[first_name]')).toBe('job application first name');
    expect(splitWords('workExperience-1--startDate')).toBe('work experience 1 start date');
    expect(splitWords('URLPortfolio')).toBe('url portfolio');
  });

  it('foldForMatch: full-width ASCII folded, lower case', () => {
    expect(foldForMatch('ＧＰＡ（满分４）')).toBe('gpa(满分4)');
  });

  it('placeholders are empty values; a prompt naming the field is still a usable label', () => {
    for (const t of ['请选择', 'Select...', 'Select One', '-- 请选择 --', 'Please select', '请选择学历']) {
      expect(isPlaceholderText(t), t).toBe(true);
    }
    expect(isPlaceholderText('本科')).toBe(false);
    expect(cleanLabel('请选择')).toBe('');
    expect(cleanLabel('请选择学历')).toBe('请选择学历');
    // A long label that opens with its question is that question; the help after it is not asked.
    expect(
      cleanLabel(
        'Which university did you attend most recently? If yours is not listed, choose "Other – not listed".',
      ),
    ).toBe('Which university did you attend most recently?');
    expect(
      cleanLabel('We use this to reach you about this application and nothing else, ever. Is that ok?'),
    ).toBe('');
  });

  it('fragment labels name only a part of a question', () => {
    for (const t of ['年', '月', 'Month', 'YYYY', '至', 'to']) expect(isFragmentLabel(t), t).toBe(true);
    expect(isFragmentLabel('出生年月')).toBe(false);
  });
});
