import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium against `vite preview` of the build.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    // Shared, noisy machines: a browser test gets one more try before it counts as failed.
    retry: 1,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
