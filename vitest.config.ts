import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/site/**', 'tests/**/*.site.test.ts'],
        },
      },
      {
        // Tests of the built site: the global setup ingests the real sources and builds once.
        test: {
          name: 'site',
          // Tests of the built site elsewhere in tests/ are named *.site.test.ts.
          include: ['tests/site/**/*.test.ts', 'tests/**/*.site.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 60_000,
          // One file at a time: several Chromiums on a 2-core machine starve each other into timeouts.
          fileParallelism: false,
        },
      },
    ],
  },
});
