/**
 * The engine as an Astro integration: validates the report before Astro
 * starts, so editors see every problem at once, each with file, line and field.
 *
 * In `astro build` an invalid report stops the build. In `astro dev` it does
 * not stop the server: the terminal prints the report's message once (again
 * only when it changes), and every page the browser opens answers with that
 * same message, in the page and in Astro's error overlay, until the files are
 * fixed; then pages render again without a restart.
 */
import type { AstroIntegration } from 'astro';
import type { Connect } from 'vite';
import { loadReport } from './report/load.ts';
import { ReportError } from './report/errors.ts';
import { cachedReport } from './lib/report-cache.ts';
import { noteReportProblem, reportProblem } from './report/dev-errors.ts';

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

export default function reportEngine(): AstroIntegration {
  return {
    name: 'report-engine',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        try {
          const report = loadReport();
          logger.info(`report "${report.site.shortTitle}": ${report.chapters.length} chapters, data valid`);
        } catch (error) {
          // The dev server starts anyway and shows the message on every page until it is fixed.
          if (command !== 'dev' || !(error instanceof ReportError)) throw error;
          noteReportProblem(error, logger);
        }
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
      },
    },
  };
}
