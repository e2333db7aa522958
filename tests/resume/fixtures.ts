import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseResume } from '~/lib/resume/parse';
import type { Resume } from '~/lib/resume/types';
import { REAL_RESUME_PATH, REAL_RESUME_TEXT } from '../privacy/real-resume';

/** The user's own résumé beside the project (../shared), wherever the project is checked out. */
export const REAL_RESUME = REAL_RESUME_PATH;
export const hasRealResume = REAL_RESUME_TEXT !== null;

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
