/**
 * The reader's side of `npm run bench`: each page of a built site opened in
 * Chromium as a phone on a slow connection (412×823, 1.6 Mbit/s down, 150 ms
 * latency, CPU slowed 4×), first view with an empty cache. It records what the
 * page downloads (gzip transfer, and the raw bytes of the same files, by kind),
 * cumulative layout shift and first contentful paint.
 *
 * The site is served with gzip, as static hosts serve it (`astro preview` and
 * Python's http.server do not compress, which would overstate every page).
 * @see ../../../shared/notes/STACK.md (Measuring pages like a phone)
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'astro/zod';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { contentType } from './content-type.ts';

/** The phone profile of issue 9. */
export const phone = {
  viewport: { width: 412, height: 823 },
  downKbps: 1600,
  upKbps: 750,
  latencyMs: 150,
  cpuSlowdown: 4,
} as const;

export type Kind = 'html' | 'css' | 'font' | 'js' | 'image' | 'other';
export const kinds: readonly Kind[] = ['html', 'css', 'font', 'js', 'image', 'other'];

export interface PageRun {
  page: string;
  /** Bytes over the wire (gzip bodies plus headers), by kind of resource. */
  transfer: Record<Kind, number>;
  /** Uncompressed size of the same files. */
  raw: Record<Kind, number>;
  requests: number;
  cls: number;
  /** The element whose shifts added up to the most, and how much. */
  worstShift: { node: string; value: number } | undefined;
  /** Milliseconds; undefined if the page painted no content. */
  fcp: number | undefined;
}

/** What static hosts compress: text formats (fonts and images are compressed already). */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg']);

export function kindOf(file: string): Kind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'font';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
}

interface Served {
  origin: string;
  /** The file a URL path maps to, or undefined. */
  fileOf(urlPath: string): string | undefined;
  close(): Promise<void>;
}

/** Serves `dir` at "/" on 127.0.0.1 with gzip for text formats, as a static host does. */
export async function serveGzip(dir: string): Promise<Served> {
  const root = path.resolve(dir);
  const gz = new Map<string, Buffer>();
  const fileOf = (urlPath: string): string | undefined => {
    const rel = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
    let file = path.join(root, rel);
    if (!file.startsWith(root)) return undefined;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return fs.existsSync(file) ? file : undefined;
  };
  const server = http.createServer((req, res) => {
    const file = fileOf(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const headers: http.OutgoingHttpHeaders = { 'content-type': contentType(file), 'cache-control': 'max-age=600' };
    let body: Buffer = fs.readFileSync(file);
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let packed = gz.get(file);
      if (!packed) gz.set(file, (packed = zlib.gzipSync(body)));
      body = packed;
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'Accept-Encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    fileOf,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Layout shifts not caused by input, summed; and FCP. Runs in the page before any of its scripts. */
const observe = `(() => {
  const b = (window.__bench = { cls: 0, by: {} });
  const name = (n) => !n || !n.tagName ? 'text' : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\\s+/).filter((c) => !c.startsWith('astro-')).join('.') : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      b.cls += e.value;
      const sources = e.sources || [];
      for (const s of sources) { const k = name(s.node); b.by[k] = (b.by[k] || 0) + e.value / sources.length; }
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

const metricsSchema = z.object({ cls: z.number().min(0), by: z.record(z.string(), z.number()), fcp: z.number().nullable() });

const zero = (): Record<Kind, number> => ({ html: 0, css: 0, font: 0, js: 0, image: 0, other: 0 });

/** One page, first view, empty cache, under the phone profile. */
async function runPage(browser: Browser, served: Served, page: string): Promise<PageRun> {
  const context = await browser.newContext({ viewport: phone.viewport, serviceWorkers: 'block' });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(observe);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: phone.latencyMs,
      downloadThroughput: (phone.downKbps * 1000) / 8,
      uploadThroughput: (phone.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
    const urls = new Map<string, string>();
    const inFlight = new Set<string>();
    const transfer = zero();
    const raw = zero();
    let requests = 0;
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      urls.set(e.requestId, e.request.url);
      inFlight.add(e.requestId);
      lastActivity = Date.now();
    });
    const done = (id: string, bytes: number): void => {
      inFlight.delete(id);
      lastActivity = Date.now();
      const url = urls.get(id);
      if (!url?.startsWith(served.origin)) return;
      const file = served.fileOf(new URL(url).pathname);
      const kind = kindOf(file ?? new URL(url).pathname);
      requests++;
      transfer[kind] += bytes;
      raw[kind] += file ? fs.statSync(file).size : 0;
    };
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => done(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFailed', (e: { requestId: string }) => done(e.requestId, 0));
    await tab.goto(`${served.origin}${page}`, { waitUntil: 'load', timeout: 120_000 });
    // First view ends when the network has been quiet for 0.7 s (lazy images near the viewport included).
    const started = Date.now();
    while ((inFlight.size > 0 || Date.now() - lastActivity < 700) && Date.now() - started < 30_000) await tab.waitForTimeout(100);
    const metrics = metricsSchema.parse(
      await tab.evaluate(() => {
        const bench = (window as unknown as { __bench?: { cls: number; by: Record<string, number> } }).__bench;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { cls: bench?.cls ?? 0, by: bench?.by ?? {}, fcp: fcp ? fcp.startTime : null };
      }),
    );
    const worst = Object.entries(metrics.by).sort((a, b) => b[1] - a[1])[0];
    return {
      page,
      transfer,
      raw,
      requests,
      cls: metrics.cls,
      worstShift: worst ? { node: worst[0], value: worst[1] } : undefined,
      fcp: metrics.fcp ?? undefined,
    };
  } finally {
    await context.close();
  }
}

/** Every page of a built site (URL paths), in order; the 404 page is left out. */
export function sitePages(outDir: string): string[] {
  return (fs.readdirSync(outDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => `/${path.relative(outDir, d.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
}

/** The edition of a page and its path in the default edition: "/ru/chapters/x/" → ["ru", "/chapters/x/"]; `codes` are the other editions' codes. */
export function editionOf(page: string, codes: readonly string[] = []): [string | undefined, string] {
  const code = codes.find((c) => page === `/${c}/` || page.startsWith(`/${c}/`));
  return code === undefined ? [undefined, page] : [code, page.slice(code.length + 1)];
}

/** The reading pages: the home page and the chapters, in every edition. */
export const isReading = (page: string, codes: readonly string[] = []): boolean => {
  const p = editionOf(page, codes)[1];
  return p === '/' || p.startsWith('/chapters/');
};
export const isChapter = (page: string, codes: readonly string[] = []): boolean => {
  const p = editionOf(page, codes)[1];
  return p.startsWith('/chapters/') && p !== '/chapters/';
};

/**
 * Which pages to open: "all"; "templates" (default: every reading page and
 * the first page of each other kind, e.g. /regions/ and one /regions/<id>/,
 * in every edition: `codes` are the other editions' codes); or a path prefix
 * such as "/chapters/".
 */
export function choosePages(all: readonly string[], which: string, codes: readonly string[] = []): string[] {
  if (which === 'all') return [...all];
  if (which !== 'templates') return all.filter((p) => p.startsWith(which));
  const seen = new Set<string>();
  return all.filter((p) => {
    if (isReading(p, codes)) return true;
    const [edition, rest] = editionOf(p, codes);
    const parts = rest.split('/').filter(Boolean);
    const key = `${edition ?? ''}|${parts[0] ?? ''}/${parts.length > 1 ? '[id]' : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Opens the chosen pages of `outDir` (see choosePages) one after another under the phone profile. */
export async function measurePages(outDir: string, which = 'templates', codes: readonly string[] = []): Promise<PageRun[]> {
  const pages = choosePages(sitePages(outDir), which, codes);
  const browser = await launchBrowser();
  const served = await serveGzip(outDir);
  const runs: PageRun[] = [];
  try {
    for (const page of pages) {
      console.error(`[bench] opening ${page} as a phone…`);
      runs.push(await runPage(browser, served, page));
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return runs;
}

export const total = (r: Record<Kind, number>, without: readonly Kind[] = []): number =>
  kinds.filter((k) => !without.includes(k)).reduce((n, k) => n + r[k], 0);
