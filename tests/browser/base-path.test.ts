/**
 * The site published under a sub-path, as on GitHub Pages (SITE_BASE): the
 * second-report fixture built under /two-valleys/ and served only there. Every
 * page of it loads with its styles and scripts, and no request falls outside
 * the base path (which a host would answer with 404).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, launchBrowser } from '../helpers/browser.ts';
import { readPages } from '../helpers/html.ts';
import { fixtureRoot } from '../helpers/paths.ts';
import { runBuild } from '../helpers/run-build.ts';
import { serveSite, type ServedSite } from '../helpers/serve.ts';
import type { Browser } from 'playwright-core';

const base = '/two-valleys/';

describe(`the fixture report under ${base}`, () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-browser-base-'));
  const outDir = path.join(work, 'dist');
  let server: ServedSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const run = await runBuild({ reportRoot: fixtureRoot, outDir, cacheDir: path.join(work, 'cache'), siteBase: base });
    if (run.code !== 0) throw new Error(`the fixture did not build under ${base}:\n${run.stdout}\n${run.stderr}`);
    server = await serveSite(outDir, base);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('loads every page with its styles and scripts, fetching nothing outside the base path', async () => {
    if (!server || !browser) throw new Error('setup failed');
    const { context, blocked, errors } = await guardedContext(browser, server.origin);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/404.html')) failed.push(`${r.status()} ${r.url()}`);
    });
    const urls = readPages(outDir)
      .map((p) => p.url)
      .filter((u) => !u.endsWith('404.html'));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      await page.goto(server.at(url));
      // The site's stylesheet applied (its body font is not the browser's default serif)…
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), url).not.toMatch(/^"?Times/);
      // …and its head script ran.
      expect(await page.evaluate(() => document.documentElement.classList.contains('js')), url).toBe(true);
    }
    const outside = server.requests.filter((r) => !r.startsWith(base));
    await context.close();
    expect(failed, 'requests that failed').toEqual([]);
    expect(outside, `requests outside ${base}`).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
