import type { z } from 'zod';
import { formatPath, walkPath, type PathSegment } from './paths';
import { msg, type Message } from '~/lib/i18n/strings';
import type { StringKey } from '~/lib/i18n/strings-zh';
import { makeIssue } from './issue';
import type { ImportIssue } from './types';

// What each field should look like, in the words a message should use (keys of the UI string tables).
const EXPECTED: Record<string, StringKey> = {
  name: 'iExpName',
  name_en: 'iExpNameEn',
  contact: 'iExpContact',
  phone: 'iExpPhone',
  email: 'iExpEmail',
  birth: 'iExpBirth',
  education: 'iExpEducation',
  experience: 'iExpExperience',
  projects: 'iExpProjects',
  skills: 'iExpLines',
  highlights: 'iExpLines',
  school: 'iExpSchool',
  company: 'iExpCompany',
  date: 'iExpDate',
  description: 'iExpTextOrLines',
  summary: 'iExpTextOrLines',
};

const ENTRY: Record<string, StringKey> = {
  education: 'iExpEntryEducation',
  experience: 'iExpEntryExperience',
  projects: 'iExpEntryProjects',
  skills: 'iExpLine',
  highlights: 'iExpLine',
};

function describe(value: unknown): Message {
  if (value === undefined) return msg('iGotNothing');
  if (value === null) return msg('iGotEmpty');
  if (Array.isArray(value)) return msg('iGotList');
  if (typeof value === 'object') return msg('iGotBlock');
  if (typeof value === 'string') {
    if (value.trim() === '') return msg('iGotEmpty');
    return msg('iGotText', { text: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  }
  return msg('iGotText', { text: String(value) });
}

function expectedFor(path: readonly PathSegment[]): Message {
  const last = path[path.length - 1];
  if (typeof last === 'number') return msg(ENTRY[String(path[path.length - 2])] ?? 'iExpEntry');
  return msg(EXPECTED[String(last)] ?? 'iExpText');
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
      got !== undefined
        ? msg('iSchemaFix')
        : path.length > 1
          ? msg('iSchemaAddUnder', { parent: formatPath(path.slice(0, -1)) })
          : msg('iSchemaAdd');
    const says = { where: where || msg('iSchemaRoot'), expected: expectedFor(path), got: describe(got), fix };
    const out = makeIssue('schema', 'iSchema', says, { path: where });
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
