import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseResume } from '~/lib/resume/parse';
import type { Resume } from '~/lib/resume/types';

export const REAL_RESUME = '/work/shared/resume.md';
export const hasRealResume = existsSync(REAL_RESUME);

// import.meta.url is not a file: URL under happy-dom; dirname is.
const root = resolve(import.meta.dirname, '../..');

export function fixturePath(relative: string): string {
  return resolve(root, 'tests/fixtures/resumes', relative);
}

export function samplePath(name: string): string {
  return resolve(root, 'samples', name);
}

/** Reads like the options page does: UTF-8 with replacement characters for invalid bytes. */
export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function parseOk(text: string): { resume: Resume; warnings: { code: string; path?: string }[] } {
  const result = parseResume(text);
  if (!result.ok) throw new Error(`expected a successful import, got ${JSON.stringify(result.errors)}`);
  return result;
}
