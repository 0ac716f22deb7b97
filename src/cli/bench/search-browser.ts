/**
 * A first search as a reader makes it, in Chromium, the site served with gzip
 * as a static host serves it: typed into the header's box on the home page
 * (`#site-search-input`, the live results), and opened as the search page
 * with the query in its address (`/search/?q=…`, which also lists the
 * filters). Counted: every byte fetched from pagefind/ over the wire (gzip
 * bodies and headers), the Web Worker's fetches included.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../chromium.ts';
import { serveGzip } from '../bench-pages.ts';

type Served = Awaited<ReturnType<typeof serveGzip>>;

export interface SearchTransfer {
  /** Bytes over the wire from pagefind/ until the network was quiet. */
  bytes: number;
  /** The files fetched from pagefind/, with their transfer, in order. */
  files: Array<{ file: string; bytes: number }>;
}

export interface BrowserSearch {
  /** Typed into the header's box; undefined when the home page has none. */
  header: SearchTransfer | undefined;
  /** The search page opened with the query; undefined when the site has none. */
  page: SearchTransfer | undefined;
}

/** Counts what `context` fetches from `prefix` while `act` runs and until the network is quiet for a second. */
async function counted(
  served: Served,
  context: BrowserContext,
  tab: Page,
  prefix: string,
  act: () => Promise<void>,
  shown: string,
): Promise<SearchTransfer> {
  const files: SearchTransfer['files'] = [];
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let last = Date.now();
  const onRequest = (): void => {
    inFlight++;
    last = Date.now();
  };
  const done = (request: Request, ok: boolean): void => {
    const job = (async () => {
      const url = request.url();
      if (ok && url.startsWith(prefix)) {
        const sizes = await request.sizes();
        // Chromium reports no body size for a worker's script: then the body is what the server sent for that file.
        const gzip = (await request.response())?.headers()['content-encoding'] === 'gzip';
        const file = served.fileOf(new URL(url).pathname);
        const sent = file === undefined ? 0 : gzip ? zlib.gzipSync(fs.readFileSync(file)).length : fs.statSync(file).size;
        files.push({ file: new URL(url).pathname.slice(1), bytes: Math.max(sizes.responseBodySize, sent) + sizes.responseHeadersSize });
      }
      inFlight--;
      last = Date.now();
    })();
    pending.add(job);
    void job.finally(() => pending.delete(job));
  };
  const finished = (r: Request): void => done(r, true);
  const failed = (r: Request): void => done(r, false);
  // Playwright's events, not a CDP session of the page: Pagefind fetches from a Web Worker.
  context.on('request', onRequest);
  context.on('requestfinished', finished);
  context.on('requestfailed', failed);
  await act();
  // Until the results are on screen, then until the network has been quiet for a second.
  await tab.waitForSelector(shown, { timeout: 60_000 }).catch(() => undefined);
  const started = Date.now();
  while ((inFlight > 0 || Date.now() - last < 1000) && Date.now() - started < 60_000) await tab.waitForTimeout(100);
  await Promise.all(pending);
  context.off('request', onRequest);
  context.off('requestfinished', finished);
  context.off('requestfailed', failed);
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files };
}

/** The first search for `query` on the built site in `outDir`, both ways: from the header of `home`, and on `searchPage` (an edition's own). */
export async function browserSearch(outDir: string, query: string, searchPage = '/search/', home = '/'): Promise<BrowserSearch> {
  const served = await serveGzip(outDir);
  const browser = await launchBrowser();
  const prefix = `${served.origin}/pagefind/`;
  try {
    const fresh = async (): Promise<[BrowserContext, Page]> => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      return [context, await context.newPage()];
    };
    let header: SearchTransfer | undefined;
    {
      const [context, tab] = await fresh();
      await tab.goto(`${served.origin}${home}`, { waitUntil: 'load', timeout: 120_000 });
      const box = tab.locator('#site-search-input');
      if ((await box.count()) > 0) header = await counted(served, context, tab, prefix, () => box.fill(query), '.site-search-results li');
      await context.close();
    }
    let page: SearchTransfer | undefined;
    if (served.fileOf(searchPage) !== undefined) {
      const [context, tab] = await fresh();
      const open = async (): Promise<void> => {
        await tab.goto(`${served.origin}${searchPage}?q=${encodeURIComponent(query)}`, { waitUntil: 'load', timeout: 120_000 });
      };
      page = await counted(served, context, tab, prefix, open, '.results li');
      await context.close();
    }
    return { header, page };
  } finally {
    await browser.close();
    await served.close();
  }
}
