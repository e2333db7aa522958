import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The shipped Firefox build in a real Firefox (tests/e2e-firefox/). One browser, one file at a time.
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
