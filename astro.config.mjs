// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './src/remark/citations.ts';
import rehypeSidenotes from './src/rehype/sidenotes.ts';
import remarkRecordLinks from './src/components/catalogue/record-links.ts';
import searchInDev from './src/lib/search/dev-server.ts';
import fontsInDev from './src/fonts/dev-server.ts';
import reportEngine from './src/integration.ts';
import { readSiteConfig } from './src/report/site.ts';

// The report (content/, data/ and content/site.yaml) lives at REPORT_ROOT, by default here. Its URL and
// base path come from the deploy (SITE_URL, SITE_BASE; SITE_PUBLISH=1 refuses a placeholder): src/report/site.ts.
const site = readSiteConfig();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  compressHTML: true,
  // remark plugins need the unified processor (the default one is Rust); MDX inherits it.
  // Footnote back-links show "↑": the default "↩" is in neither of the site's fonts (src/fonts/faces.ts).
  // No syntax highlighting: Shiki colours code with inline styles, which the CSP below forbids (and Astro
  // warned about it on every start); code blocks stay plain <pre><code>, styled by the site's CSS.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkCitations, remarkRecordLinks],
      rehypePlugins: [rehypeSidenotes],
      remarkRehype: { footnoteBackContent: '↑' },
    }),
    syntaxHighlight: false,
  },
  integrations: [reportEngine(), mdx(), sitemap(), searchInDev(), fontsInDev()],
  devToolbar: { enabled: false },
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
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX integration marks every chapter module with its own directive ("use astro:head-inject"),
        // and the bundler warned about it once per chapter, naming the chapter as if the editor had erred.
        // Only that warning is dropped; every other one is printed as before.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Separate caches let several builds (a fixture, the real report) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
