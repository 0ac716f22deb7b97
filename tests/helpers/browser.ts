/**
 * The browser the browser tests drive (found and launched by src/cli/chromium.ts,
 * shared with `npm run bench`), and contexts that keep every request on the
 * local server.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
export { findChromium, launchBrowser, noBrowserMessage } from '../../src/cli/chromium.ts';

/**
 * A context that lets no request leave the local server: anything not for
 * `origin` is aborted and recorded in `blocked` (a test then fails on it).
 * Console errors and CSP reports are recorded in `errors`.
 */
export interface GuardedContext {
  context: BrowserContext;
  blocked: string[];
  errors: string[];
}

export async function guardedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) await route.continue();
    else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('page', (page) => watchPage(page, errors));
  return { context, blocked, errors };
}

function watchPage(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

/** Folder for screenshots and other artefacts of the browser tests. */
export const artefactsDir = 'test-results/browser';
