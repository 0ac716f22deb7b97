/**
 * `npm run test:browser`: the built real report in headless Chromium
 * (playwright-core). Separate from `npm test`, which needs nothing but Node.
 * tests/helpers/browser-setup.ts finds the browser, builds and serves the site.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  test: {
    name: 'browser',
    root,
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/helpers/browser-setup.ts'],
    // One Chromium per test file; two cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: 'test-results/vitest-browser.json' }]] : ['default'],
  },
});
