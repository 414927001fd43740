import { defineConfig } from 'vitest/config';

// Three projects: `unit` needs only Node (npm test, with the patterns on the
// default population); `patterns` runs the population family and the
// mechanism ablations (npm run test:patterns, a few minutes); `e2e` drives
// Debian's chromium through playwright-core (npm run test:e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/patterns/patterns.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'patterns',
          include: ['test/patterns/family.test.ts', 'test/patterns/ablations.test.ts', 'test/patterns/lessons-family.test.ts'],
          environment: 'node',
          testTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
