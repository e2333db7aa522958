// Builds the extension when its output is missing or older than any source file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** @param {'production'|'harness'} mode  @param {'chrome'|'firefox'} browser */
export function outDir(mode = 'harness', browser = 'chrome') {
  const suffix = mode === 'production' ? '' : `-${mode}`;
  return join(ROOT, '.output', `${browser}-mv${browser === 'chrome' ? 3 : 2}${suffix}`);
}

export function ensureBuilt(mode = 'harness', { force = false, quiet = true, browser = 'chrome' } = {}) {
  const dir = outDir(mode, browser);
  const manifest = join(dir, 'manifest.json');
  const stale =
    force ||
    !existsSync(manifest) ||
    statSync(manifest).mtimeMs < Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (stale) {
    const args = ['wxt', 'build', '--mode', mode, ...(browser === 'chrome' ? [] : ['-b', browser])];
    // Called from a vitest global setup, NODE_ENV is 'test': the build then mixes React's development JSX
    // calls (jsxDEV) with its production runtime in the content-script bundles, and the card fails with
    // "jsxDEV is not a function". The build picks NODE_ENV from its mode when none is set.
    const { NODE_ENV: _inherited, ...env } = process.env;
    execFileSync('npx', args, { cwd: ROOT, env, stdio: quiet ? 'pipe' : 'inherit' });
  }
  return dir;
}
