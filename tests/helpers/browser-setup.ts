/**
 * Global setup of `npm run test:browser`: stops at once when no Chromium is
 * installed (saying what to install), builds the real report into a temporary
 * folder with the same program as `npm run build` (or takes the site already
 * built in BROWSER_SITE_DIR, as CI does right after `npm run build`), and
 * serves it on 127.0.0.1 for the whole run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, noBrowserMessage } from './browser.ts';
import { projectRoot } from './paths.ts';
import { runBuild } from './run-build.ts';
import { serveSite } from './serve.ts';

export interface BrowserSite {
  /** The built site's folder. */
  outDir: string;
  /** Root URL of the served site, base path included. */
  url: string;
  /** "http://127.0.0.1:PORT": the only origin pages may fetch from. */
  origin: string;
  /** The site's base path ("/" unless SITE_BASE says otherwise). */
  base: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserSite: BrowserSite;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!findChromium()) throw new Error(noBrowserMessage);
  const base = process.env['SITE_BASE'] ?? '/';
  let outDir = process.env['BROWSER_SITE_DIR'];
  let work: string | undefined;
  if (outDir) {
    outDir = path.resolve(projectRoot, outDir);
    if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error(`BROWSER_SITE_DIR=${outDir} holds no built site (no index.html)`);
  } else {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-browser-'));
    outDir = path.join(work, 'dist');
    const run = await runBuild({
      reportRoot: projectRoot,
      outDir,
      cacheDir: path.join(work, 'cache'),
      siteBase: base === '/' ? undefined : base,
    });
    if (run.code !== 0) throw new Error(`the report did not build (exit code ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  const server = await serveSite(outDir, base);
  project.provide('browserSite', { outDir, url: server.url, origin: server.origin, base });
  return async () => {
    await server.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  };
}
