// The answers travel in a Markdown résumé's front matter (`answers:`): written on export, read on import,
// the résumé itself parsed exactly as without them, ID numbers only when asked for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answersFromMarkdown,
  answersYaml,
  withAnswers,
  withoutAnswers,
} from '~/lib/answers/front-matter-answers';
import type { AnswerEntry } from '~/lib/answers/types';
import { parseResume } from '~/lib/resume/parse';

const SAMPLE = readFileSync(resolve(__dirname, '../../samples/sample-resume.md'), 'utf8');

const ANSWERS: AnswerEntry[] = [
  { concept: 'gender', zh: '男', en: 'Male' },
  { concept: 'politicalStatus', zh: '共青团员' },
  { concept: 'expectedSalary', zh: '30k', en: 'CNY 30,000 / month' },
  { concept: 'idNumber', zh: '110101199705050011' },
  {
    concept: 'custom:how did you hear about us',
    question: 'How did you hear about us?',
    options: ['Company website', 'Referral: "a friend"', 'Other'],
    en: 'Referral: "a friend"',
    learned: true,
  },
  { concept: 'custom:备注', question: '备注：其他', zh: '第一行\n第二行 # 不是注释' },
];
const WITHOUT_ID = ANSWERS.filter((a) => a.concept !== 'idNumber');

describe('answers in the front matter', () => {
  it('round-trips: export → read back gives the same answers, ID numbers left out', () => {
    const out = withAnswers(SAMPLE, ANSWERS)!;
    expect(out).toBeDefined();
    expect(out).toContain('answers:');
    expect(out).not.toContain('110101199705050011');
    expect(answersFromMarkdown(out)).toEqual({ ok: true, answers: WITHOUT_ID });
  });

  it('writes ID numbers only when asked to', () => {
    const out = withAnswers(SAMPLE, ANSWERS, { includeIdNumbers: true })!;
    expect(out).toContain('110101199705050011');
    expect(answersFromMarkdown(out)).toEqual({ ok: true, answers: ANSWERS });
  });

  it('leaves the résumé parse exactly as without the key: same résumé, no warning about answers', () => {
    const plain = parseResume(SAMPLE);
    const carried = parseResume(withAnswers(SAMPLE, ANSWERS)!);
    expect(plain.ok && carried.ok).toBe(true);
    if (!plain.ok || !carried.ok) return;
    expect(carried.resume).toEqual(plain.resume);
    expect(carried.warnings.map((w) => w.code)).toEqual(plain.warnings.map((w) => w.code));
    expect(JSON.stringify(carried.warnings)).not.toContain('answers');
  });

  it('a file with no answers has none, and an export with none writes no key', () => {
    expect(answersFromMarkdown(SAMPLE)).toBeUndefined();
    expect(withAnswers(SAMPLE, [])).toBe(SAMPLE);
    expect(answersYaml([{ concept: 'idNumber', zh: '1234' }])).toBe('');
  });

  it('replaces an earlier block on export instead of writing a second one', () => {
    const first = withAnswers(SAMPLE, ANSWERS)!;
    const second = withAnswers(first, [{ concept: 'gender', zh: '女', en: 'Female' }])!;
    expect(second.match(/^answers:/gm)).toHaveLength(1);
    expect(answersFromMarkdown(second)).toEqual({
      ok: true,
      answers: [{ concept: 'gender', zh: '女', en: 'Female' }],
    });
  });

  it('takes the block out for storage with every other line where it was', () => {
    const withBlock = SAMPLE.replace(
      /^name:/m,
      'answers:\n  gender:\n    zh: 男\n    en: Male\n  expectedSalary: { zh: "30k" }\n\nname:',
    );
    const stored = withoutAnswers(withBlock, { keepLines: true })!;
    expect(stored.split('\n')).toHaveLength(withBlock.split('\n').length);
    expect(answersFromMarkdown(stored)).toBeUndefined();
    expect(stored.replace(/\n+/g, '\n')).toBe(SAMPLE.replace(/\n+/g, '\n'));
  });

  it("reads the answers file's list form and unquoted numbers", () => {
    const text = SAMPLE.replace(
      /^name:/m,
      'answers:\n  - concept: gender\n    zh: 男\n  - concept: expectedSalary\n    zh: 30000\nname:',
    );
    expect(answersFromMarkdown(text)).toEqual({
      ok: true,
      answers: [
        { concept: 'gender', zh: '男' },
        { concept: 'expectedSalary', zh: '30000' },
      ],
    });
  });

  it('says which entry is wrong instead of keeping half of them', () => {
    const text = SAMPLE.replace(/^name:/m, 'answers:\n  gender:\n    zh: 男\n    colour: blue\nname:');
    const read = answersFromMarkdown(text);
    expect(read?.ok).toBe(false);
    if (read && !read.ok) expect(read.error).toMatch(/^answers\.gender/);
  });
});
