import { msg, renderMessage, type MessageParam } from '~/lib/i18n/strings';
import type { StringKey } from '~/lib/i18n/strings-zh';
import type { ImportIssue } from './types';

/**
 * An import issue whose words come from the UI string tables: `message` is the English rendering (for
 * logs, the command line and tests) and `says` lets the options page render it in its own language.
 */
export function makeIssue(
  code: string,
  key: StringKey,
  params?: Record<string, MessageParam>,
  where: Pick<ImportIssue, 'path' | 'line' | 'column'> = {},
): ImportIssue {
  const says = msg(key, params);
  const issue: ImportIssue = { code, message: renderMessage('en', says), says };
  if (where.path !== undefined) issue.path = where.path;
  if (where.line !== undefined) issue.line = where.line;
  if (where.column !== undefined) issue.column = where.column;
  return issue;
}
