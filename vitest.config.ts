import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // Property tests run hundreds of scans: about 4 s alone, over vitest's 5 s default on a
          // loaded machine. A slow run must not read as a failure; a hang still does.
          testTimeout: 30_000,
        },
      },
      {
        // Real-browser tests drive the built extension in headless Chromium, one file at a time.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: ['tests/e2e/**/*.firefox.e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same reader scenarios in Firefox ESR, and the store packages; run after Chromium.
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e/**/*.firefox.e2e.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
