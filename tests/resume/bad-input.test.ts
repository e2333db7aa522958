import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { parseResume } from '~/lib/resume/parse';
import { fixturePath, readText } from './fixtures';

interface Case {
  code: string;
  path?: string;
  line?: number;
  column?: number;
  /** Words the message must contain: what went wrong and how to fix it. */
  says: string[];
}

// One file per case in tests/fixtures/resumes/bad/.
const CASES: Record<string, Case> = {
  'empty.md': { code: 'empty', says: ['empty'] },
  'no-front-matter.md': { code: 'no-front-matter', line: 1, says: ['---'] },
  'binary-nul.md': { code: 'binary', line: 2, says: ['NUL', 'UTF-8'] },
  'invalid-utf8.md': { code: 'binary', line: 2, says: ['UTF-8', 'GBK'] },
  'yaml-bad-indent.md': { code: 'yaml-syntax', line: 5, column: 2, says: ['line 5', 'indentation'] },
  'yaml-unquoted-bracket.md': { code: 'yaml-syntax', line: 7, says: ['line 7', 'quoted'] },
  'yaml-js-function-tag.md': { code: 'yaml-syntax', line: 3, says: ['!!js/function'] },
  'js-front-matter.md': { code: 'js-front-matter', line: 1, says: ['never run', 'YAML'] },
  'toml-front-matter.md': { code: 'front-matter-language', line: 1, says: ['toml'] },
  'front-matter-list.md': { code: 'schema', line: 2, says: ['key: value'] },
  'education-string.md': { code: 'schema', path: 'education', line: 5, says: ['expected a list'] },
  'missing-name.md': { code: 'schema', path: 'name', says: ['got nothing', 'Add it'] },
  'missing-school.md': { code: 'schema', path: 'education[0].school', line: 4, says: ['school name'] },
  'education-date-list.md': {
    code: 'schema',
    path: 'education[1].date',
    line: 9,
    says: ['education[1].date: expected a date range like 2017.09 – 2021.06, got a list'],
  },
  'undecodable-date.md': {
    code: 'date',
    path: 'experience[0].date',
    line: 6,
    says: ['去年春天到现在', '2017.09'],
  },
  'bad-birth.md': { code: 'date', path: 'contact.birth', line: 5, says: ['1997.13', '1997.05'] },
  'bad-phone.md': { code: 'phone', path: 'contact.phone', line: 4, says: ['+1 415 555 0100'] },
  'bad-email.md': { code: 'schema', path: 'contact.email', line: 4, says: ['email address'] },
  'alias-bomb.md': { code: 'too-complex', says: ['aliases'] },
};

describe('bad input', () => {
  it('has an expectation for every fixture file', () => {
    expect(readdirSync(fixturePath('bad')).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (file, expected) => {
    const result = parseResume(readText(fixturePath(`bad/${file}`)), { fileName: file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.errors;
    expect(first.code).toBe(expected.code);
    expect(first.path).toBe(expected.path);
    expect(first.line).toBe(expected.line);
    if (expected.column !== undefined) expect(first.column).toBe(expected.column);
    for (const words of expected.says) expect(first.message).toContain(words);
  });
});

describe('files that must never run code', () => {
  const scope = globalThis as { pwned?: unknown };
  afterEach(() => {
    delete scope.pwned;
  });

  it('the ---js fixture really is live code under gray-matter defaults', () => {
    matter(readText(fixturePath('bad/js-front-matter.md')), {});
    expect(scope.pwned).toBe('front matter ran');
  });

  it.each(['js-front-matter.md', 'yaml-js-function-tag.md'])('%s is rejected without running', (file) => {
    const text = readText(fixturePath(`bad/${file}`));
    expect(parseResume(text).ok).toBe(false);
    expect(parseResume(text.replace('---js', '--- JavaScript')).ok).toBe(false);
    expect(scope.pwned).toBeUndefined();
  });
});

describe('size limit', () => {
  it('rejects a file over 1 MB and says how big it is', () => {
    const text = `---\nname: 李思远\nskills:\n${'  - Java\n'.repeat(150_000)}---\n`;
    const result = parseResume(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].code).toBe('too-large');
      expect(result.errors[0].message).toContain('1.3 MB');
    }
  });

  it('trusts the byte length the caller measured', () => {
    const result = parseResume('---\nname: 李思远\n---\n', {
      byteLength: 5 * 1024 * 1024,
      fileName: 'resume.pdf',
    });
    expect(result.ok ? null : result.errors[0]).toMatchObject({ code: 'too-large' });
    expect(result.ok ? '' : result.errors[0].message).toMatch(/5\.0 MB.*Markdown/);
  });
});
