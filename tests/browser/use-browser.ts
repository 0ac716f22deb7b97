/** One Chromium per test file, against the site the browser global setup serves. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { artefactsDir, guardedContext, launchBrowser, type GuardedContext } from '../helpers/browser.ts';
import type { BrowserSite } from '../helpers/browser-setup.ts';
import { readPages, type Page as BuiltPage } from '../helpers/html.ts';

export interface BrowserHarness {
  site: BrowserSite;
  /** Every page of the built site, parsed (for choosing pages to visit). */
  pages(): BuiltPage[];
  /** A fresh context whose requests may go to the local server only; checked for leaks and errors when closed. */
  open(options?: BrowserContextOptions): Promise<GuardedContext & { page: Page; close(): Promise<void> }>;
  /** Absolute URL of a site path ("/chapters/x/"). */
  at(sitePath: string): string;
}

export function useBrowser(): BrowserHarness {
  const site = inject('browserSite');
  let browser: Browser | undefined;
  let pages: BuiltPage[] | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    site,
    pages: () => (pages ??= readPages(site.outDir)),
    at: (sitePath) => new URL(sitePath.replace(/^\//, ''), site.url).href,
    async open(options = {}) {
      if (!browser) throw new Error('the browser did not start');
      const guarded = await guardedContext(browser, site.origin, options);
      const page = await guarded.context.newPage();
      return {
        ...guarded,
        page,
        async close() {
          await guarded.context.close();
          expect(guarded.blocked, 'requests to any host but the local site').toEqual([]);
          expect(guarded.errors, 'script errors, CSP violations or failed loads').toEqual([]);
        },
      };
    },
  };
}

/** Saves a full-page screenshot under test-results/browser/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artefactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artefactsDir, `${name}.png`), fullPage: true });
}
