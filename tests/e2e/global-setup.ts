// Builds once for all real-browser tests: the harness build of the extension and the fixture pages.
import { execFileSync } from 'node:child_process';
import { ensureBuilt, ROOT } from '../../scripts/lib/build.mjs';

export default function setup(): void {
  ensureBuilt('harness', { quiet: false });
  execFileSync('node', ['scripts/build-fixtures.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
