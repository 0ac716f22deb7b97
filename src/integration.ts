/**
 * The engine as an Astro integration: the one place the site is wired, so a
 * plain `astro build` produces the whole site.
 *
 * - `astro:config:setup` validates the report before Astro starts, so editors
 *   see every problem at once, each with file, line and field; registers the
 *   Markdown plugins (citations, record links, sidenotes), MDX and the sitemap,
 *   and the dev server's fonts and search (src/fonts/dev-server.ts,
 *   src/lib/search/dev-server.ts).
 * - `astro:build:done` runs the post-build steps on the output folder, in
 *   order: the fonts, cut to what the pages draw (they read the built pages),
 *   then the Pagefind index. A failing step fails the build with its message.
 *   The staged, all-or-nothing publish is `npm run build`'s (src/cli/build.ts).
 *
 * In `astro build` an invalid report stops the build. In `astro dev` it does
 * not stop the server: the terminal prints the report's message once (again
 * only when it changes), and every page the browser opens answers with that
 * same message, in the page and in Astro's error overlay, until the files are
 * fixed; then pages render again without a restart.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, ViteUserConfig } from 'astro';
import type { Connect } from 'vite';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './remark/citations.ts';
import rehypeSidenotes from './rehype/sidenotes.ts';
import remarkRecordLinks from './components/catalogue/record-links.ts';
import fontsInDev from './fonts/dev-server.ts';
import searchInDev from './lib/search/dev-server.ts';
import { loadReport } from './report/load.ts';
import { astroI18n, siteLocales, type Locale } from './i18n/locales.ts';
import { ReportError } from './report/errors.ts';
import { cachedReport } from './lib/report-cache.ts';
import { noteReportProblem, reportProblem } from './report/dev-errors.ts';
import { dataDir, isReportFile, reportRoot, siteFile } from './report/paths.ts';

/** Whether a request is for the site (a page, or anything Astro would render, such as a missing favicon's 404 page), not for Vite's own modules. */
function isSiteRequest(method: string | undefined, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return !(url.startsWith('/@') || url.includes('/node_modules/') || url.startsWith('/__') || url.startsWith('/src/'));
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as HTML that keeps its line breaks and indentation (Astro's overlay shows the message as HTML). */
const preformatted = (text: string): string =>
  escapeHtml(text.trimEnd())
    .split('\n')
    .map((line) => line.replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length)))
    .join('<br>');

/**
 * The page shown instead of any page while the report is invalid: the message
 * itself, and Astro's error overlay with the same message, opened by the page
 * (not pushed over the socket, which Astro would also log, again and again).
 */
function errorPage(error: ReportError): string {
  const overlay = {
    name: error.name,
    title: 'The report has errors',
    message: preformatted(error.message),
    hint: escapeHtml(error.hint),
    stack: '',
    ...(error.loc ? { loc: { file: error.loc.file, line: error.loc.line, column: error.loc.column } } : {}),
  };
  const json = JSON.stringify(overlay).replace(/</g, '\\u003c');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The report has errors</title>',
    '<script type="module" src="/@vite/client"></script>',
    `<script type="module">import { ErrorOverlay } from '/@vite/client'; document.body.appendChild(new ErrorOverlay(${json}));</script></head>`,
    `<body><main><h1>The report has errors</h1><pre id="report-error">${escapeHtml(error.message)}</pre>`,
    `<p>${escapeHtml(error.hint)}</p></main></body></html>`,
  ].join('');
}

/** The sitemap's alternates: each page lists its counterparts in the other locales. */
const sitemapI18n = (locales: readonly Locale[]): { defaultLocale: string; locales: Record<string, string> } => ({
  defaultLocale: locales[0]?.code ?? 'en',
  locales: Object.fromEntries(locales.map((l) => [l.code, l.code])),
});

/** A step that runs on the complete built site, after Astro has written every page. */
type PostBuildStep = (siteDir: string, logger: AstroIntegrationLogger) => Promise<void>;

/** The post-build steps, in order; each runs once per build, on Astro's output folder. */
const postBuildSteps: readonly PostBuildStep[] = [
  // Fonts first: cut to the characters the pages and figures draw (src/fonts/fonts.ts); stops on a missing glyph.
  async (dir, logger) => {
    const { writeSiteFonts } = await import('./fonts/fonts.ts');
    // One set of files per edition: each locale's pages link their own (src/layouts/BaseLayout.astro).
    const { files } = await writeSiteFonts(dir, siteLocales(cachedReport().site));
    const kib = files.reduce((n, f) => n + f.woff2.byteLength, 0) / 1024;
    logger.info(`Fonts: ${files.length} files, ${kib.toFixed(1)} KiB in all`);
  },
  // Then search: Pagefind indexes the finished pages and writes pagefind/ (src/lib/search/index-site.ts).
  async (dir, logger) => {
    const { indexSite } = await import('./lib/search/index-site.ts');
    const { pages } = await indexSite(dir);
    logger.info(`Search index: ${pages} pages indexed`);
  },
];

const vite: ViteUserConfig = {
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
};

export default function reportEngine(): AstroIntegration {
  return {
    name: 'report-engine',
    hooks: {
      'astro:config:setup': ({ logger, command, config, updateConfig }) => {
        let locales: readonly Locale[] | undefined;
        try {
          const report = loadReport();
          locales = siteLocales(report.site);
          logger.info(`report "${report.site.shortTitle}": ${report.chapters.length} chapters, data valid`);
        } catch (error) {
          // The dev server starts anyway and shows the message on every page until it is fixed.
          if (command !== 'dev' || !(error instanceof ReportError)) throw error;
          noteReportProblem(error, logger);
        }
        // Like Starlight: MDX and the sitemap come with the engine unless the site's config already has them.
        const has = (name: string): boolean => config.integrations.some((i) => i.name === name);
        updateConfig({
          integrations: [
            ...(has('@astrojs/mdx') ? [] : [mdx()]),
            ...(has('@astrojs/sitemap') ? [] : [sitemap(locales ? { i18n: sitemapI18n(locales) } : {})]),
            searchInDev(),
            fontsInDev(),
          ],
          // Astro's i18n routing, as Starlight sets it for a root locale: the default language keeps its
          // unprefixed URLs, the others live under /<code>/ (pages: src/pages/[...locale]/, src/i18n/routes.ts).
          ...(locales && locales.length > 1 ? { i18n: astroI18n(locales) } : {}),
          trailingSlash: 'always',
          compressHTML: true,
          devToolbar: { enabled: false },
          // remark plugins need the unified processor (the default one is Rust); MDX inherits it.
          // Footnote back-links show "↑": the default "↩" is in neither of the site's fonts (src/fonts/faces.ts).
          // No syntax highlighting: Shiki colours code with inline styles, which the site's CSP forbids;
          // code blocks stay plain <pre><code>, styled by the site's CSS.
          markdown: {
            processor: unified({
              remarkPlugins: [remarkCitations, remarkRecordLinks],
              rehypePlugins: [rehypeSidenotes],
              remarkRehype: { footnoteBackContent: '↑' },
            }),
            syntaxHighlight: false,
          },
          vite,
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const guard: Connect.NextHandleFunction = (req, res, next) => {
          if (!isSiteRequest(req.method, req.url ?? '')) return next();
          const error = reportProblem(() => cachedReport(undefined, 0), logger);
          if (!error) return next();
          res.statusCode = 500;
          const html = (req.headers.accept ?? '').includes('text/html');
          res.setHeader('Content-Type', html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
          res.end(html ? errorPage(error) : error.message);
        };
        // First in line: Astro's own handlers (base path, trailing slash, rendering) would render with the broken data.
        server.middlewares.stack.unshift({ route: '', handle: guard });
        // Pages read the report on each request, but Astro keeps each route's getStaticPaths() (whose
        // props hold records) until content changes: a change to a site, data or dataset file says so,
        // as Astro's own content layer does, and reloads the open page.
        const root = reportRoot();
        server.watcher.add([path.join(root, siteFile), path.join(root, dataDir)]);
        server.watcher.on('change', (changed) => {
          if (!isReportFile(root, path.resolve(changed)) || changed.endsWith('.mdx')) return;
          for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
          server.ws.send({ type: 'full-reload', path: '*' });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        for (const step of postBuildSteps) await step(siteDir, logger);
      },
    },
  };
}
