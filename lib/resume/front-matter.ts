import matter from 'gray-matter';
import { msg, type Message } from '~/lib/i18n/strings';
import type { StringKey } from '~/lib/i18n/strings-zh';
import { makeIssue } from './issue';
import type { ImportIssue } from './types';

export interface FrontMatter {
  data: unknown;
  body: string;
  /** The front matter text split into lines; lines[0] is the rest of the opening `---` line. */
  lines: string[];
  /** 1-based file line of lines[0]. */
  firstLine: number;
  closed: boolean;
}

function reject(): never {
  throw new Error('JavaScript front matter is not allowed');
}
// gray-matter would `eval` ---js front matter; these engines make sure nothing is ever run.
const OPTIONS = { engines: { js: reject, javascript: reject } };

interface YamlError {
  name: string;
  reason?: string;
  mark?: { line: number; column: number };
}

/**
 * The line (0-based) and column where a quoted value opens and is never closed, scanning up to `last`.
 * A quote that "closes" only after lines that read like `key:` lines was left open too: YAML took the
 * keys as part of the text, and the error surfaced lines later, where the next quote went astray.
 */
export function unclosedQuoteLine(
  lines: string[],
  last: number,
): { index: number; column: number } | undefined {
  let open: { index: number; column: number; quote: string } | undefined;
  for (let i = 0; i <= Math.min(last, lines.length - 1); i++) {
    let from = 0;
    const line = lines[i];
    if (open) {
      if (KEY_LINE.test(line)) return { index: open.index, column: open.column };
      const close = closingQuote(line, 0, open.quote);
      if (close < 0) continue;
      open = undefined;
      from = close + 1;
    }
    // A value that starts with a quote: after `key:`, after `- `, or as a flow item.
    const re = /(?:^\s*(?:-\s+)*(?:[^\s#'"][^:#]*?|"[^"]*"|'[^']*')\s*:\s+|^\s*(?:-\s+)+|[[{]\s*)(["'])/g;
    re.lastIndex = from;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const at = m.index + m[0].length - 1;
      const close = closingQuote(line, at + 1, m[1]);
      if (close < 0) {
        open = { index: i, column: at, quote: m[1] };
        break;
      }
      re.lastIndex = close + 1;
    }
  }
  return open && { index: open.index, column: open.column };
}

/** A line that reads as `key:` or `- key:`: the start of a new entry, not the rest of a text. */
const KEY_LINE = /^\s*(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$)/;

/** Index of the quote that closes a scalar opened before `from`, or -1. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function reasonKey(reason: string): StringKey {
  if (/quoted scalar/.test(reason)) return 'iYamlReasonQuote';
  if (/indentation/.test(reason)) return 'iYamlReasonIndent';
  if (/colon is missed|whitespace character is expected|implicit key|mapping pair/.test(reason))
    return 'iYamlReasonColon';
  if (/duplicated mapping key/.test(reason)) return 'iYamlReasonDuplicate';
  if (/tag/.test(reason)) return 'iYamlReasonTag';
  if (/flow collection|missed comma/.test(reason)) return 'iYamlReasonFlow';
  return 'iYamlReasonOther';
}

function yamlIssue(err: YamlError, firstLine: number, lines: string[]): ImportIssue {
  const reason = err.reason ?? 'invalid YAML';
  let why = msg(reasonKey(reason), { raw: reason });
  if (!err.mark) return makeIssue('yaml-syntax', 'iYamlNoMark', { reason: why });
  let mark = err.mark;
  let hint: Message;
  // js-yaml reports an unclosed quote where the text ends (the closing ---), or lines later where the
  // next quote went astray: point where it opened.
  const opened = unclosedQuoteLine(lines, mark.line);
  if (opened) {
    mark = { line: opened.index, column: opened.column };
    why = msg('iYamlReasonQuote', { raw: reason });
    hint = msg('iYamlHintQuote', { quote: lines[opened.index][opened.column] });
  } else {
    // Show the problem, never the line's text: it may be the page password.
    const near = lines.slice(Math.max(0, mark.line - 1), mark.line + 1).join('\n');
    hint = msg('iYamlHintDefault');
    if (/^\s*-\s*[[{]/m.test(near)) hint = msg('iYamlHintFlowList');
    else if (/\t/.test(near)) hint = msg('iYamlHintTabs');
    else if (/unknown tag/.test(reason)) hint = msg('iYamlHintTag');
    else if (/duplicated mapping key/.test(reason)) hint = msg('iYamlHintDuplicate');
  }
  const line = firstLine + mark.line;
  const column = mark.column + 1 + (mark.line === 0 ? 3 : 0);
  return makeIssue('yaml-syntax', 'iYamlAt', { line, column, reason: why, hint }, { line, column });
}

/** Splits off and parses the front matter. The text must already start with `---`. */
export function readFrontMatter(text: string, firstLine: number): FrontMatter | ImportIssue {
  const opening = text.slice(0, text.search(/\r?\n|$/));
  const language = opening.slice(3).trim().toLowerCase();
  if (language === 'js' || language === 'javascript') {
    return makeIssue('js-front-matter', 'iJsFrontMatter', { opening: opening.trim() }, { line: firstLine });
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    return makeIssue('front-matter-language', 'iFrontMatterLanguage', { language }, { line: firstLine });
  }
  let file: ReturnType<typeof matter>;
  try {
    file = matter(text, OPTIONS);
  } catch (err) {
    const lines = text.split(/\r?\n/);
    return yamlIssue(err as YamlError, firstLine, lines);
  }
  const closed = /\r?\n---/.test(text.slice(3));
  return { data: file.data, body: file.content, lines: file.matter.split(/\r?\n/), firstLine, closed };
}

/**
 * Just the front matter's data, parsed exactly as an import parses it (same engines, same leading-line
 * rule), for checks that compare a file before and after an edit.
 */
export function parseFrontMatterData(text: string): { ok: true; data: unknown } | { ok: false } {
  const content = text.slice((/^\uFEFF?(?:[ \t]*\r?\n)*/.exec(text)?.[0] ?? '').length);
  if (!/^---(?!-)/.test(content)) return { ok: false };
  try {
    return { ok: true, data: matter(content, OPTIONS).data };
  } catch {
    return { ok: false };
  }
}
