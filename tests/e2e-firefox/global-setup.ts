// Builds what the Firefox test needs once: the shipped Firefox build (not the harness build: the test
// proves that Firefox's activeTab grant is enough) and the fixture pages when they are not built yet
// (`npm test` has just built them for the Chromium run).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../../scripts/lib/build.mjs';
import { FIREFOX_PAGES } from './pages';

export default function setup(): void {
  ensureBuilt('production', { browser: 'firefox', quiet: false });
  const built = join(ROOT, 'tests/fixtures/built');
  if (!FIREFOX_PAGES.every((p) => existsSync(join(built, `${p}.html`)))) {
    execFileSync('node', ['scripts/build-fixtures.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }
}
