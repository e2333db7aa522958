import { Buffer } from 'buffer';
import { checkInput } from './check-input';
import { deriveResume } from './derive/derive';
import { readFrontMatter } from './front-matter';
import { normalizeFrontMatter, type ScalarSource } from './normalize';
import { parsePath, type PathSegment } from './paths';
import { resumeFileSchema } from './schema';
import { schemaIssues } from './schema-issues';
import type { ImportIssue, ImportResult } from './types';
import { locateInYaml } from './yaml-locate';
import { makeIssue } from './issue';

// gray-matter calls Buffer.from(); extension pages have no Node globals.
(globalThis as { Buffer?: typeof Buffer }).Buffer ??= Buffer;

function fail(...errors: ImportIssue[]): ImportResult {
  return { ok: false, errors };
}

function scalarSource(lines: string[], firstLine: number): ScalarSource {
  return {
    textAt: (path: readonly PathSegment[]) => locateInYaml(lines, path)?.value,
    lineAt: (path: readonly PathSegment[]) => {
      const found = locateInYaml(lines, path);
      return found ? firstLine + found.index : undefined;
    },
  };
}

/**
 * Reads a Markdown résumé (YAML front matter in the format of samples/sample-resume.md) into the
 * Resume model. Never throws on bad input and never runs code from the file.
 */
export function parseResume(
  text: string,
  opts: { fileName?: string; byteLength?: number } = {},
): ImportResult {
  const problem = checkInput(text, opts);
  if (problem) return fail(problem);

  // Leading blank lines and a BOM are harmless; line numbers still count them.
  const lead = /^\uFEFF?(?:[ \t]*\r?\n)*/.exec(text)?.[0] ?? '';
  const firstLine = (lead.match(/\n/g) ?? []).length + 1;
  const content = text.slice(lead.length);
  if (!/^---(?!-)/.test(content)) {
    return fail(makeIssue('no-front-matter', 'iNoFrontMatter', undefined, { line: firstLine }));
  }
  const fm = readFrontMatter(content, firstLine);
  if ('code' in fm) return fail(fm);
  if (fm.data === null || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
    return fail(makeIssue('schema', 'iNotMapping', undefined, { line: firstLine + 1 }));
  }

  const source = scalarSource(fm.lines, firstLine);
  const normalized = normalizeFrontMatter(fm.data as Record<string, unknown>, source);
  if ('code' in normalized) return fail(normalized);
  const checked = resumeFileSchema.safeParse(normalized.data);
  if (!checked.success) return fail(...schemaIssues(checked.error, normalized.data, source.lineAt));

  const derived = deriveResume(checked.data, {
    lineOf: (path) => {
      const segments = parsePath(path);
      return segments ? source.lineAt(segments) : undefined;
    },
    body: fm.body,
    extra: normalized.extra,
  });
  if (derived.errors.length > 0) return fail(...derived.errors);
  const warnings = [...normalized.warnings, ...derived.warnings];
  if (!fm.closed) {
    warnings.push(makeIssue('unclosed-front-matter', 'iUnclosedFrontMatter'));
  }
  return { ok: true, resume: derived.resume, warnings };
}
