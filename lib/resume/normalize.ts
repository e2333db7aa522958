// Turns what YAML produced into what the schema expects: scalars as the text the user wrote, page and
// secret keys dropped, unknown keys moved to `extra` (with a warning), and a hard budget on size so an
// alias bomb (`&a [*b, *b, …]`) cannot hang the import or the storage.

import { formatPath, type PathSegment } from './paths';
import { COMPANION_KEYS, isSecretKey, KNOWN_KEYS, PAGE_KEYS } from './schema';
import type { ImportIssue } from './types';
import { makeIssue } from './issue';

export interface ScalarSource {
  /** The text written for the scalar at `path`, if it can be found. */
  textAt(path: readonly PathSegment[]): string | undefined;
  /** 1-based file line of `path`, if it can be found. */
  lineAt(path: readonly PathSegment[]): number | undefined;
}

export interface Normalized {
  data: Record<string, unknown>;
  extra: Record<string, unknown>;
  warnings: ImportIssue[];
}

const MAX_NODES = 20_000;
const MAX_DEPTH = 32;

type Shape = readonly string[] | undefined;
const LIST_SHAPES: Record<string, Shape> = {
  education: KNOWN_KEYS.education,
  experience: KNOWN_KEYS.experience,
  projects: KNOWN_KEYS.projects,
};
const TEXT_LISTS = new Set(['skills', 'highlights']);

class TooComplex extends Error {}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function normalizeFrontMatter(
  raw: Record<string, unknown>,
  source: ScalarSource,
): Normalized | ImportIssue {
  const extra: Record<string, unknown> = {};
  const warnings: ImportIssue[] = [];
  let nodes = 0;

  const scalarText = (value: unknown, path: PathSegment[]): unknown => {
    if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
      const written = source.textAt(path);
      if (written !== undefined) return written;
      if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
      return String(value);
    }
    return value;
  };

  const walk = (value: unknown, path: PathSegment[], shape: Shape, listShape?: Shape): unknown => {
    if (++nodes > MAX_NODES || path.length > MAX_DEPTH) throw new TooComplex();
    if (Array.isArray(value)) {
      const key = path[path.length - 1];
      return value
        .map((item, i) => {
          const itemPath = [...path, i];
          if (typeof key === 'string' && TEXT_LISTS.has(key) && isPlainObject(item)) {
            // `- 【标签】文字: 更多` is a one-key mapping to YAML; the user meant the whole line.
            const line = source.textAt(itemPath);
            if (line !== undefined && Object.keys(item).length === 1) return line;
          }
          return walk(item, itemPath, listShape);
        })
        .filter((item) => item !== undefined && item !== null);
    }
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (isSecretKey(k)) continue;
        const childPath = [...path, k];
        if (shape && !shape.includes(k)) {
          keepExtra(childPath, v);
          continue;
        }
        const child = walk(v, childPath, childShape(path, k), LIST_SHAPES[k]);
        if (child !== undefined && child !== null) setOwn(out, k, child);
      }
      return out;
    }
    return scalarText(value, path);
  };

  const childShape = (parent: PathSegment[], key: string): Shape =>
    parent.length === 0 && key === 'contact' ? KNOWN_KEYS.contact : undefined;

  const keepExtra = (path: PathSegment[], value: unknown) => {
    const where = formatPath(path);
    setOwn(extra, where, walk(value, path, undefined));
    warnings.push(
      makeIssue(
        'unknown-key',
        'iUnknownKey',
        { key: String(path[path.length - 1]), where },
        { path: where, line: source.lineAt(path) },
      ),
    );
  };

  try {
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (PAGE_KEYS.includes(k) || COMPANION_KEYS.includes(k) || isSecretKey(k)) continue;
      if (!(KNOWN_KEYS.root as readonly string[]).includes(k)) {
        keepExtra([k], v);
        continue;
      }
      const child = walk(v, [k], childShape([], k), LIST_SHAPES[k]);
      if (child !== undefined && child !== null) setOwn(data, k, child);
    }
    return { data, extra, warnings: warnings.map(dropUndefinedLine) };
  } catch (err) {
    if (!(err instanceof TooComplex)) throw err;
    return makeIssue('too-complex', 'iTooComplex', { max: MAX_NODES });
  }
}

function dropUndefinedLine(issue: ImportIssue): ImportIssue {
  if (issue.line === undefined) delete issue.line;
  return issue;
}
