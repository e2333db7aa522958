import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'bench/tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
  },
});
