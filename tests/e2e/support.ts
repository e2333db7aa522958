// Shared by the end-to-end tests: one browser per test file, with the extension and a résumé loaded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { outDir, ROOT } from '../../scripts/lib/build.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { importResume, loadAnswers, loadAttachments } from '../../scripts/lib/session.mjs';

export const SAMPLE = join(ROOT, 'samples/sample-resume.md');
export const SAMPLE_EN = join(ROOT, 'samples/sample-resume-en.md');
// Test screenshots may show the real résumé, so they go to the git-ignored test-output/, never to
// screenshots/ (which `npm start` fills for the user).
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
export const BUILT_FIXTURES = join(ROOT, 'tests/fixtures/built');

export interface Session {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export async function startSession(
  opts: {
    resumes?: string[];
    answers?: string;
    /** Files kept as the profile's attachments, by kind ('resume' → samples/sample-resume.pdf). */
    attach?: Record<string, string>;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<Session> {
  const session = (await launchWithExtension({
    extDir: outDir('harness'),
    colorScheme: opts.colorScheme,
  })) as Session;
  for (const file of opts.resumes ?? []) {
    const page = await importResume(session.ctx, session.extensionId, file);
    await page.close();
  }
  if (opts.answers) await loadAnswers(session.ctx, session.extensionId, opts.answers);
  const files = Object.entries(opts.attach ?? {}).map(([kind, file]) => ({ kind, file: join(ROOT, file) }));
  if (files.length) await loadAttachments(session.ctx, session.extensionId, files);
  return session;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** Everything the extension keeps in storage.local, read from its own service worker. */
export async function storedData(sw: Worker): Promise<Record<string, unknown>> {
  // Runs in the service worker, where `chrome` is the extension API (no @types/chrome here).
  type Chrome = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  return sw.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null));
}
