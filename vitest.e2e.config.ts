import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Chromium, one browser per test file. Most of a fixture's
// time is its widgets' own delays, not CPU (a clean-clone CI run used about a third of two cores), so
// three files run side by side even on a 2-core machine (E2E_WORKERS=1 runs them one at a time).
const workers = Number(process.env.E2E_WORKERS) || Math.min(3, availableParallelism() + 1);
export default defineConfig({
  // Tests compute expected results with the project's own pure functions, which import through `~/`.
  resolve: { alias: { '~': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: workers > 1,
    maxWorkers: workers,
  },
});
