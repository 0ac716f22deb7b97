/**
 * The Pagefind index of a built site and what a first search costs: the
 * index's size, and the bytes one query fetches when run through the site's
 * own pagefind.js in Node, every fetch counted (pagefind.js, the entry file,
 * the WebAssembly, the metadata, the index chunks and the fragments of the
 * first five results): pagefind.js and JSON gzipped, as a static host sends
 * them; Pagefind's own files as stored, since Pagefind compresses them. The
 * Web Worker a browser also loads is not counted: see search-browser.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { listFiles } from '../../lib/files.ts';

export interface SearchWeight {
  indexBytes: number;
  indexFiles: number;
  firstQueryBytes: number | undefined;
  query: string;
  results: number | undefined;
  /** The files the query fetched, relative to the site, in order. */
  fetchedFiles: string[];
  note?: string;
}

/** Size of the Pagefind index, and the bytes one search in Node fetches (its fetch counted). */
export async function searchWeight(outDir: string, query: string): Promise<SearchWeight | undefined> {
  const dir = path.join(outDir, 'pagefind');
  if (!fs.existsSync(path.join(dir, 'pagefind.js'))) return undefined;
  const files = listFiles(dir);
  const indexBytes = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  const realFetch = globalThis.fetch;
  let fetched = 0;
  const fetchedFiles = ['pagefind/pagefind.js'];
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const rel = url.startsWith('file:') ? url : url.replace(/^https?:\/\/[^/]+/, '');
    const file = rel.startsWith('file:') ? new URL(rel).pathname : path.join(outDir, rel.replace(/^\//, '').split('?')[0] ?? '');
    const body = fs.readFileSync(decodeURIComponent(file));
    // What a static host sends: JSON gzipped; Pagefind's own files are compressed already.
    fetched += file.endsWith('.json') ? zlib.gzipSync(body).length : body.length;
    fetchedFiles.push(path.relative(outDir, file));
    return new Response(body);
  }) as typeof fetch;
  try {
    const pagefindJs = path.join(dir, 'pagefind.js');
    fetched += zlib.gzipSync(fs.readFileSync(pagefindJs)).length;
    const pagefind = (await import(pathToFileURL(pagefindJs).href)) as {
      options(o: object): Promise<void>;
      search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
    };
    await pagefind.options({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/' });
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { indexBytes, indexFiles: files.length, firstQueryBytes: fetched, query, results: search.results.length, fetchedFiles };
  } catch (error) {
    return {
      indexBytes,
      indexFiles: files.length,
      firstQueryBytes: undefined,
      query,
      results: undefined,
      fetchedFiles,
      note: `search in Node failed: ${(error as Error).message}`,
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}
