import matter from 'gray-matter';
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

function yamlIssue(err: YamlError, firstLine: number, lines: string[]): ImportIssue {
  const mark = err.mark;
  const reason = err.reason ?? 'invalid YAML';
  if (!mark) return { code: 'yaml-syntax', message: `The front matter is not valid YAML: ${reason}.` };
  const line = firstLine + mark.line;
  const column = mark.column + 1 + (mark.line === 0 ? 3 : 0);
  // Show the problem, never the line's text: it may be the page password.
  const near = lines.slice(Math.max(0, mark.line - 1), mark.line + 1).join('\n');
  let hint =
    'Check the indentation, and quote text that contains ": " or starts with [ { * & ! | > \' " % @ `.';
  if (/^\s*-\s*[[{]/m.test(near))
    hint = 'A list line that starts with [ or { must be quoted: - "[Tag] text".';
  else if (/\t/.test(near)) hint = 'YAML does not allow tabs for indentation; use spaces.';
  else if (/unknown tag/.test(reason)) hint = 'Tags such as !!js/function are not allowed; remove them.';
  return {
    code: 'yaml-syntax',
    message: `YAML syntax error at line ${line}, column ${column}: ${reason}. ${hint}`,
    line,
    column,
  };
}

/** Splits off and parses the front matter. The text must already start with `---`. */
export function readFrontMatter(text: string, firstLine: number): FrontMatter | ImportIssue {
  const opening = text.slice(0, text.search(/\r?\n|$/));
  const language = opening.slice(3).trim().toLowerCase();
  if (language === 'js' || language === 'javascript') {
    return {
      code: 'js-front-matter',
      message: `The front matter starts with "${opening.trim()}", which asks for JavaScript to be run. It is never run: change the first line to --- and write the front matter in YAML.`,
      line: firstLine,
    };
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    return {
      code: 'front-matter-language',
      message: `The front matter is marked as "${language}"; only YAML is supported. Change the first line to ---.`,
      line: firstLine,
    };
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
