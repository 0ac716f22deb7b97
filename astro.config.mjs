// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './src/remark/citations.ts';
import reportEngine from './src/integration.ts';
import { readSiteConfig } from './src/report/site.ts';

// The report (content/, data/ and content/site.yaml) lives at REPORT_ROOT, by default here.
const site = readSiteConfig();

export default defineConfig({
  site: site.url,
  base: process.env.SITE_BASE ?? site.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  compressHTML: true,
  // remark plugins need the unified processor (the default one is Rust); MDX inherits it.
  markdown: { processor: unified({ remarkPlugins: [remarkCitations] }) },
  integrations: [reportEngine(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  // Separate caches let several builds (a fixture, the real report) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
