#!/usr/bin/env node
// `npm test`: everything CI checks, in the order that fails fastest.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/build.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build chrome', 'npx', ['wxt', 'build']],
  ['build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['web-ext lint', 'node', ['scripts/web-ext-lint.mjs']],
  ['fixtures', 'node', ['scripts/build-fixtures.mjs']],
  ['end-to-end (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
  ['end-to-end (Firefox)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e-firefox.config.ts']],
];

const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (${secs} s)`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${secs} s)`);
}
