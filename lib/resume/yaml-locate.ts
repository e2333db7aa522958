// Finds where a path sits in block-style YAML text, for two reasons: error messages need the line, and
// YAML turns `birth: 2000.10` into the number 2000.1, so the text as written must be read back.
// Flow style (`[a, b]`, `{a: b}`) is not followed; callers fall back when nothing is found.

import type { PathSegment } from './paths';

export interface Located {
  /** 0-based index into the lines given. */
  index: number;
  /** The scalar written on that line after `key:` or `- `, without quotes or a trailing comment. */
  value?: string;
}

interface Scope {
  lo: number;
  hi: number;
  /** Column where content starts on line `lo` when it follows a `- ` on that line. */
  inlineCol?: number;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isContent(line: string | undefined): boolean {
  const t = line?.trim() ?? '';
  return t !== '' && !t.startsWith('#');
}

function colAt(lines: string[], scope: Scope, i: number): number {
  return i === scope.lo && scope.inlineCol !== undefined ? scope.inlineCol : indentOf(lines[i]);
}

function firstContent(lines: string[], scope: Scope): number {
  for (let i = scope.lo; i < scope.hi; i++) if (isContent(lines[i].slice(colAt(lines, scope, i)))) return i;
  return -1;
}

function cleanScalar(text: string): string | undefined {
  const t = text.replace(/\s+#.*$/, '').trim();
  if (t === '' || t === '|' || t === '>' || /^[|>][+-]?\d*$/.test(t)) return undefined;
  const quoted = /^(["'])(.*)\1$/.exec(t);
  return quoted ? quoted[2] : t;
}

function escapeKey(key: string): string {
  return key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findKey(lines: string[], scope: Scope, key: string): { found: Located; child: Scope } | undefined {
  const start = firstContent(lines, scope);
  if (start < 0) return undefined;
  const keyCol = colAt(lines, scope, start);
  const re = new RegExp(`^(["']?)${escapeKey(key)}\\1\\s*:(?:\\s+(.*))?$`);
  for (let i = start; i < scope.hi; i++) {
    if (!isContent(lines[i]) || colAt(lines, scope, i) !== keyCol) continue;
    const m = re.exec(lines[i].slice(keyCol).trimEnd());
    if (!m) continue;
    let hi = i + 1;
    // A child may be indented deeper, or be a sequence written at the key's own indentation.
    while (hi < scope.hi) {
      const line = lines[hi];
      if (
        isContent(line) &&
        indentOf(line) <= keyCol &&
        !(indentOf(line) === keyCol && /^-(\s|$)/.test(line.trim()))
      )
        break;
      hi++;
    }
    return { found: { index: i, value: cleanScalar(m[2] ?? '') }, child: { lo: i + 1, hi } };
  }
  return undefined;
}

function findItem(lines: string[], scope: Scope, n: number): { found: Located; child: Scope } | undefined {
  const start = firstContent(lines, scope);
  if (start < 0) return undefined;
  const dashCol = colAt(lines, scope, start);
  const items: number[] = [];
  for (let i = start; i < scope.hi; i++) {
    if (!isContent(lines[i])) continue;
    const col = colAt(lines, scope, i);
    if (col < dashCol) break;
    if (col === dashCol && /^-(\s|$)/.test(lines[i].slice(col))) items.push(i);
  }
  const at = items[n];
  if (at === undefined) return undefined;
  const after = lines[at].slice(dashCol + 1);
  const inlineCol = dashCol + 1 + (after.length - after.trimStart().length);
  const hi = items[n + 1] ?? scope.hi;
  return {
    found: { index: at, value: cleanScalar(lines[at].slice(inlineCol)) },
    child: { lo: at, hi, inlineCol },
  };
}

export function locateInYaml(lines: string[], path: readonly PathSegment[]): Located | undefined {
  let scope: Scope = { lo: 0, hi: lines.length };
  let found: Located | undefined;
  for (const seg of path) {
    const step = typeof seg === 'number' ? findItem(lines, scope, seg) : findKey(lines, scope, seg);
    if (!step) return undefined;
    found = step.found;
    scope = step.child;
  }
  return found;
}
