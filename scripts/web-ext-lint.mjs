// Lints the Firefox build with Mozilla's linter. Errors fail; the known warnings (see
// docs in the README: gray-matter's and zod's eval probes, react-dom's innerHTML) are printed only.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';

const dir = join(ROOT, '.output/firefox-mv2');
let out;
try {
  out = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
} catch (e) {
  out = e.stdout; // web-ext exits non-zero on errors; the JSON still says which
}
const result = JSON.parse(out.slice(out.indexOf('{')));
const { errors, warnings, notices } = result.summary;
for (const m of result.errors) console.error(`error ${m.code}: ${m.message} (${m.file ?? ''})`);
for (const m of result.warnings) console.log(`warning ${m.code}: ${m.file ?? ''}`);
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
