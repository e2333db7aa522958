import type { z } from 'zod';
import { formatPath, walkPath, type PathSegment } from './paths';
import type { ImportIssue } from './types';

// What each field should look like, in the words a message should use.
const EXPECTED: Record<string, string> = {
  name: 'your name as text, e.g. name: 李思远',
  name_en: 'your name in Latin letters, e.g. name_en: Siyuan Li',
  contact: 'a block of contact lines (phone, email, birth, website) indented under it',
  phone: 'a phone number like 13712345678 or +1 415 555 0100',
  email: 'an email address like name@example.com',
  birth: 'a date like 1997.05',
  education: 'a list of entries, each starting with "- school:"',
  experience: 'a list of entries, each starting with "- company:"',
  projects: 'a list of entries, each starting with "- name:"',
  skills: 'a list of lines, each starting with "- "',
  highlights: 'a list of lines, each starting with "- "',
  school: 'the school name as text',
  company: 'the company name as text',
  date: 'a date range like 2017.09 – 2021.06',
  description: 'text, or a list of lines',
  summary: 'text, or a list of lines',
};

const ENTRY: Record<string, string> = {
  education: 'an entry with school, major, date and description',
  experience: 'an entry with company, title, date and description',
  projects: 'an entry with name, date, summary and highlights',
  skills: 'one line of text',
  highlights: 'one line of text',
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of key: value lines';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty value';
    return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  }
  return String(value);
}

function expectedFor(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') return ENTRY[String(path[path.length - 2])] ?? 'an entry';
  return EXPECTED[String(last)] ?? 'text';
}

/**
 * 'education[1].date: expected a date range like 2017.09 – 2021.06, got a list'. `lineOf` points at the
 * closest enclosing line that exists in the file (a missing key points at its entry).
 */
export function schemaIssues(
  error: z.ZodError,
  data: unknown,
  lineOf: (path: readonly PathSegment[]) => number | undefined,
): ImportIssue[] {
  const seen = new Set<string>();
  const issues: ImportIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    const where = formatPath(path);
    if (seen.has(where)) continue;
    seen.add(where);
    const got = walkPath(data, path);
    const fix =
      got === undefined
        ? ` Add it${path.length > 1 ? ` under ${formatPath(path.slice(0, -1))}` : ''}.`
        : ' Fix the value on that line.';
    const message = `${where || 'front matter'}: expected ${expectedFor(path)}, got ${describe(got)}.${fix}`;
    const out: ImportIssue = { code: 'schema', message, path: where };
    for (let n = path.length; n > 0; n--) {
      const line = lineOf(path.slice(0, n));
      if (line !== undefined) {
        out.line = line;
        break;
      }
    }
    issues.push(out);
  }
  return issues;
}
