import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REAL_RESUME_TEXT } from '../privacy/real-resume';

const root = resolve(import.meta.dirname, '../..');
export const SAMPLE_ZH = readFileSync(resolve(root, 'samples/sample-resume.md'), 'utf8');
export const SAMPLE_EN = readFileSync(resolve(root, 'samples/sample-resume-en.md'), 'utf8');

/** The user's own résumé, present on the development machines beside the project (../shared). */
export const REAL_RESUME: string | null = REAL_RESUME_TEXT;

/** Front matter that YAML rejects: an unclosed flow sequence on line 3. */
export const BAD_YAML = '---\nname: 李思远\neducation: [unclosed\n---\n';

/** Everything in storage.local, as stored (JSON), to compare byte for byte. */
export async function localSnapshot(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}
