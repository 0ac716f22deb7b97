// @ts-check
import { defineConfig } from 'astro/config';
import reportEngine from './src/integration.ts';
import { readSiteConfig } from './src/report/site.ts';

// The report (content/, data/ and content/site.yaml) lives at REPORT_ROOT, by default here. Its URL and
// base path come from the deploy (SITE_URL, SITE_BASE; SITE_PUBLISH=1 refuses a placeholder): src/report/site.ts.
const site = readSiteConfig();

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: process.env.OUT_DIR ?? './dist',
  // The engine does the wiring (src/integration.ts): the Markdown plugins, MDX, the sitemap, fonts and
  // search in dev, and the post-build steps (fonts, then the Pagefind index), so `astro build` makes the
  // whole site. `npm run build` (src/cli/build.ts) adds the staged, all-or-nothing publish.
  integrations: [reportEngine()],
  // Content Security Policy in a <meta> on every page: Astro hashes the scripts and styles it emits
  // (no 'unsafe-inline'); Pagefind's search runs WebAssembly ('wasm-unsafe-eval'). Everything else
  // comes from the site itself. Tested in tests/quality/security.test.ts and the browser tests.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // The engine turns Shiki off too; it is said here as well because Astro checks this file, before any
  // integration runs, for Shiki with a CSP (inline styles) and warns about it on every build and start.
  markdown: { syntaxHighlight: false },
  // Separate caches let several builds (a fixture, the real report) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
