/**
 * Two projects share one test tree: `unit` (everything fast: schemas,
 * helpers, bad input) and `build` (tests on built sites). The build project's
 * global setup builds the real report and the second-report fixture once per
 * run; Vitest runs it only when a build test is selected, so
 * `vitest run tests/content` stays fast.
 *
 * Plain Vitest, not Astro's getViteConfig: that would load astro.config.mjs,
 * which validates the real report, so one content error would stop every test,
 * including the ones that explain it.
 */
import { configDefaults, defineConfig } from 'vitest/config';

// tests/quality: the publishing gates (HTML validity, links, security, reproducibility) on the same builds.
// tests/search and tests/catalogue: Pagefind searches and the catalogue pages of the built sites.
// tests/citations: citations, back-links, footnotes, cross-references and "cite this" on the built sites.
const buildTests = [
  'tests/build/**/*.test.ts',
  'tests/quality/**/*.test.ts',
  'tests/search/**/*.test.ts',
  'tests/catalogue/**/*.test.ts',
  'tests/citations/**/*.test.ts',
];
// tests/browser runs in Chromium: `npm run test:browser` (tests/browser/vitest.config.ts), not here.
const browserTests = 'tests/browser/**';

export default defineConfig({
  test: {
    environment: 'node',
    // On CI, also a machine-readable report (.ci/run prints its summary line from it).
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      // Components rendered through Astro's container API (its own Vite pipeline).
      'tests/unit/render/vitest.config.ts',
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...buildTests, browserTests] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: buildTests,
          globalSetup: ['tests/helpers/global-setup.ts'],
          // Reading and parsing every built page takes a moment on a slow machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
