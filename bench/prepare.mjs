// Brings what the benchmark measures up to date: both extension builds and the fixture pages.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from '../scripts/lib/build.mjs';

function mtimes(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const st = statSync(path);
    return st.isDirectory() ? mtimes(path) : [st.mtimeMs];
  });
}

/** Rebuilds tests/fixtures/built when it is missing, lacks the large forms, or is older than its sources. */
export function ensureFixtures(root) {
  const built = join(root, 'tests/fixtures/built');
  const sources = mtimes(join(root, 'tests/fixtures/pages'));
  const outputs = mtimes(built);
  const complete = existsSync(join(built, 'large-400.html'));
  if (!complete || outputs.length === 0 || Math.max(...sources) > Math.min(...outputs)) {
    execFileSync('node', [join(root, 'scripts/build-fixtures.mjs')], { cwd: root, stdio: 'pipe' });
  }
  return built;
}

/**
 * Builds both modes if stale and copies them to bench/out/ext-<mode>: others rebuild .output while a
 * bench runs, and a build swapped under a running browser loses the popup mid-measurement.
 */
export function ensureBuilds(outDir) {
  const copies = {};
  for (const mode of ['production', 'harness']) {
    const copy = join(outDir, `ext-${mode}`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(ensureBuilt(mode), copy, { recursive: true });
    if (!existsSync(join(copy, 'manifest.json'))) throw new Error(`the ${mode} build has no manifest.json`);
    copies[mode] = copy;
  }
  return copies;
}
