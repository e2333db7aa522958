// Every import message exists in both UI languages: each issue code the importer can report is produced
// here from a real input and rendered in Chinese and English; the Chinese has no English sentence left.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasCjk } from '~/lib/i18n/lang';
import { renderMessage, translate } from '~/lib/i18n/strings';
import { en } from '~/lib/i18n/strings-en';
import { zh } from '~/lib/i18n/strings-zh';
import { fromJsonResume } from '~/lib/resume/json-resume';
import { makeIssue } from '~/lib/resume/issue';
import { parseResume } from '~/lib/resume/parse';
import type { ImportIssue } from '~/lib/resume/types';
import { importJsonResume, importProfile } from '~/lib/storage/import';

const root = resolve(import.meta.dirname, '../..');
const SAMPLE = readFileSync(resolve(root, 'samples/sample-resume.md'), 'utf8');

beforeEach(() => fakeBrowser.reset());

function errorsOf(result: { ok: boolean; errors?: ImportIssue[]; warnings?: ImportIssue[] }): ImportIssue[] {
  return (result.ok ? result.warnings : result.errors) ?? [];
}

function parsed(text: string, opts: { fileName?: string; byteLength?: number } = {}): ImportIssue[] {
  return errorsOf(parseResume(text, opts));
}

const big = `---\nname: 李思远\nskills:\n${'  - Java\n'.repeat(150_000)}---\n`;
const alias = `---\nname: 李思远\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n`;

/** One or more real inputs per issue code, each producing that code first. */
const PRODUCERS: Record<string, () => Promise<ImportIssue[]> | ImportIssue[]> = {
  'too-large': () => [
    ...parsed(big),
    ...parsed('---\nname: 李思远\n---\n', { byteLength: 5e6, fileName: 'a.pdf' }),
  ],
  empty: () => parsed('  \n'),
  binary: () => [
    ...parsed('---\nname: a\u0000\n---\n'),
    ...parsed('---\nname: \uFFFD\n---\n'),
    ...parsed('---\nname: \u0002\n---\n', { fileName: 'x.docx' }),
  ],
  'no-front-matter': () => parsed('name: 李思远\n'),
  schema: () => [
    ...parsed('---\n- a\n- b\n---\n'),
    ...parsed('---\ncontact:\n  phone: "13712345678"\n---\n'),
    ...parsed('---\nname: 李思远\neducation: 清华\n---\n'),
    ...parsed('---\nname: 李思远\neducation:\n  - major: 计算机\n    date: 2015.09 – 2019.06\n---\n'),
    ...parsed('---\nname: 李思远\ncontact:\n  email: [a]\n---\n'),
  ],
  'unclosed-front-matter': () => parsed('---\nname: 李思远\n'),
  'yaml-syntax': () => [
    ...parsed('---\nname: 李思远\n contact: x\n  phone: 1\n---\n'),
    ...parsed('---\nname: 李思远\nskills:\n  - [Java] 熟悉\n    其他\n---\n'),
    ...parsed('---\nname: !!js/function "function(){}"\n---\n'),
    ...parsed('---\nname: "李思远\n---\n'),
    ...parsed('---\nname: 李思远\nname: 王\n---\n'),
  ],
  'js-front-matter': () => parsed('---js\n{ name: "x" }\n---\n'),
  'front-matter-language': () => parsed('---toml\nname = "x"\n---\n'),
  'unknown-key': () => [
    ...parsed('---\nname: 李思远\nhobby: 跑步\n---\n'),
    ...errorsOf(fromJsonResume({ basics: { name: '李思远' }, awards: [{ title: 'x' }] })),
  ],
  'too-complex': () => parsed(alias),
  date: () => [
    ...parsed('---\nname: 李思远\nexperience:\n  - company: 甲\n    title: 乙\n    date: 去年春天\n---\n'),
    ...parsed('---\nname: 李思远\ncontact:\n  birth: "1997.13"\n---\n'),
  ],
  'date-order': () =>
    parsed('---\nname: 李思远\neducation:\n  - school: 甲\n    date: 2019.06 – 2015.09\n---\n'),
  'name-latin': () => parsed('---\nname: 𠀀𠀁\n---\n'),
  phone: () => parsed('---\nname: 李思远\ncontact:\n  phone: "12"\n---\n'),
  'skipped-entry': () => errorsOf(fromJsonResume({ basics: { name: '李思远' }, work: [{ position: 'x' }] })),
  'answers-kept': async () =>
    errorsOf(
      await importProfile(SAMPLE.replace(/^name:/m, 'answers: &a\n  gender:\n    zh: 男\nalso: *a\nname:')),
    ),
  'secret-kept': async () =>
    errorsOf(await importProfile(SAMPLE.replace('password: sample-only\n', 'password: &p x\nalso: *p\n'))),
  'json-syntax': async () => [
    ...errorsOf(await importJsonResume('{"a": ')),
    ...errorsOf(await importJsonResume('{"a": x}')),
  ],
  // Thrown, not parsed: the importer's guard and the options page's storage failure.
  internal: () => [makeIssue('internal', 'iInternal', { reason: 'TypeError' })],
  storage: () => [makeIssue('storage', 'iStorage', { reason: 'QUOTA_BYTES quota exceeded' })],
};

// Words that only an English sentence has; résumé keys (name, contact, date…) and formats are allowed.
const ENGLISH =
  /\b(the|is|are|a|an|of|to|and|or|must|cannot|could|not|with|line|file|expected|got|add|at|was)\b/i;

/** The issue codes the source can report: every makeIssue('code', …) in the importer. */
function codesInSource(): string[] {
  const files = [
    'lib/resume/check-input.ts',
    'lib/resume/parse.ts',
    'lib/resume/front-matter.ts',
    'lib/resume/normalize.ts',
    'lib/resume/schema-issues.ts',
    'lib/resume/derive/derive.ts',
    'lib/resume/json-resume-import.ts',
    'lib/storage/import.ts',
    'components/options/use-importer.ts',
  ];
  const codes = new Set<string>();
  for (const f of files) {
    const text = readFileSync(resolve(root, f), 'utf8');
    for (const m of text.matchAll(/(?:makeIssue|issue)\(\s*'([a-z-]+)'/g)) codes.add(m[1]);
    expect(text).not.toMatch(/code: '[a-z-]+',\s*message:/); // no message built outside the tables
  }
  return [...codes].sort();
}

describe('import messages in both languages', () => {
  it('every code the importer reports has a producer here', () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual(codesInSource());
  });

  it.each(Object.keys(PRODUCERS))('%s reads in Chinese and in English', async (code) => {
    const issues = await PRODUCERS[code]();
    const mine = issues.filter((i) => i.code === code);
    expect(mine.length).toBeGreaterThan(0);
    for (const issue of mine) {
      expect(issue.says).toBeDefined();
      const zhText = renderMessage('zh', issue.says!);
      const enText = renderMessage('en', issue.says!);
      expect(enText).toBe(issue.message);
      expect(hasCjk(zhText)).toBe(true);
      expect(zhText).not.toMatch(ENGLISH);
      expect(zhText).not.toMatch(/\{\w+\}/);
      expect(enText).not.toMatch(/\{\w+\}/);
      // The YAML reason from the parser is English: Chinese names the problem in its own words.
      if (code === 'yaml-syntax') expect(zhText).not.toMatch(/scalar|mapping|indentation|unknown tag/);
    }
  });

  it('every message string of the import block is Chinese in the Chinese table', () => {
    const keys = (Object.keys(zh) as (keyof typeof zh)[]).filter((k) => /^i[A-Z]/.test(k));
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      if (key === 'iGotText') continue; // only quotes the résumé's own text
      expect(hasCjk(zh[key]), key).toBe(true);
      expect(zh[key].replace(/\{\w+\}/g, ''), key).not.toMatch(ENGLISH);
      expect(en[key], key).toBeTruthy();
    }
  });

  it('counts read right: English singular and plural, Chinese without plural', () => {
    expect(translate('en', 'errorsTitle', { count: 1 })).toBe('Import failed (1 error)');
    expect(translate('en', 'errorsTitle', { count: 2 })).toBe('Import failed (2 errors)');
    expect(translate('en', 'warningsTitle', { count: 1 })).toMatch(/^1 warning \(/);
    expect(translate('zh', 'errorsTitle', { count: 1 })).toBe('导入失败（1 个错误）');
    expect(translate('zh', 'errorsTitle', { count: 2 })).toBe('导入失败（2 个错误）');
  });
});

describe('an unclosed quote points where it opened', () => {
  // [front matter lines between the --- lines, the file line the error must name]
  const CASES: [string, string[], number][] = [
    ['double quote on the name', ['name: "李思远', 'contact:', '  phone: "13712345678"'], 2],
    ['single quote in a list entry', ['name: 李思远', 'skills:', "  - 'Java", '  - Go'], 4],
    [
      'double quote on an entry key',
      ['name: 李思远', 'education:', '  - school: "甲大学', '    major: 乙'],
      4,
    ],
    [
      'a closed quote before the open one',
      ['name: "李思远"', 'contact:', '  email: "a@b.c', '  phone: "1"'],
      4,
    ],
    ['a quote spanning two lines, then an open one', ['name: "李', '  思远"', 'title: "工程师'], 4],
    ['an escaped quote inside', ['name: "李\\"思远', 'title: x'], 2],
    ['a doubled single quote inside', ["name: '李''思远", 'title: x'], 2],
  ];

  it.each(CASES)('%s', (_what, lines, line) => {
    const text = `---\n${lines.join('\n')}\n---\n正文\n`;
    const [issue] = parsed(text);
    expect(issue.code).toBe('yaml-syntax');
    expect(issue.line).toBe(line);
    expect(issue.message).toContain(`line ${line},`);
    expect(renderMessage('zh', issue.says!)).toContain(`第 ${line} 行`);
    expect(renderMessage('zh', issue.says!)).toContain('引号没有闭合');
  });

  it('the column is the quote itself', () => {
    const [issue] = parsed('---\nname: 李思远\ntitle: "工程师\n---\n');
    expect(issue).toMatchObject({ line: 3, column: 8 });
  });
});
