/**
 * Runs Pagefind searches in Node against a built site's index: its own
 * pagefind.js, with `fetch` answered from the files on disk (Pagefind loads
 * its WebAssembly and index chunks with fetch).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { searchOptions } from '../../src/lib/search/ranking.ts';

export interface SearchResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}

export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: Array<{ id: string; score: number; data(): Promise<SearchResult> }>; unfilteredResultCount: number }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Bytes served to Pagefind so far, per file: what a browser would download. */
export const fetched = new Map<string, number>();

let shimmed = false;

/** Answers Pagefind's file:// requests from disk; anything else goes to the real fetch. */
function shimFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return original(input, init);
    const file = fileURLToPath(href);
    if (!fs.existsSync(file)) return new Response(null, { status: 404 });
    const body = fs.readFileSync(file);
    fetched.set(file, body.length);
    return new Response(body);
  }) as typeof fetch;
}

/** Pagefind loaded from `outDir/pagefind/`, serving its requests from disk. `base` is the site's base path. */
let instances = 0;

/**
 * `fresh`: a new instance of the module, with nothing loaded yet (to measure a first search). It gets the
 * browser's ranking (src/lib/search/ranking.ts; result URLs without ?highlight=, so tests compare paths); `options` overrides them (to try other ranking weights).
 */
export async function loadPagefind(
  outDir: string,
  base = '/',
  fresh = false,
  options: Record<string, unknown> = {},
  language = 'en',
): Promise<PagefindApi> {
  shimFetch();
  const dir = path.join(outDir, 'pagefind');
  const url = `${pathToFileURL(path.join(dir, 'pagefind.js')).href}${fresh ? `?instance=${++instances}` : ''}`;
  const mod = (await import(url)) as PagefindApi;
  await mod.options({ ...searchOptions, ...options, baseUrl: base, basePath: `${pathToFileURL(dir).href}/` });
  // Pagefind takes its index's language from the page's <html lang> (one index per language): in Node there is
  // no page, so `language` stands in for it, as a page of that language would.
  const g = globalThis as { document?: unknown };
  const had = 'document' in g;
  const before = g.document;
  g.document = { querySelector: () => ({ getAttribute: () => language }) };
  try {
    await mod.init();
  } finally {
    if (had) g.document = before;
    else delete g.document;
  }
  return mod;
}

/** The first `n` results of a search, with their data. */
export async function topResults(
  api: PagefindApi,
  term: string | null,
  n = 5,
  extra: Parameters<PagefindApi['search']>[1] = {},
): Promise<SearchResult[]> {
  const found = await api.search(term, extra);
  return Promise.all(found.results.slice(0, n).map((r) => r.data()));
}
