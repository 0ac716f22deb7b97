/**
 * axe-core with the WCAG 2.2 A/AA rules and axe's best practices on the built
 * site, in one system colour scheme: with the scheme left on auto (every
 * rule), and with the toggle's choice of the other scheme (html[data-theme];
 * the colour rules, as nothing else changes). At four window
 * sizes (tests/helpers/browser-pages.ts): every page at phone and laptop
 * size, one page of each shape at tablet and desktop size. The same visit
 * checks that the page does not scroll sideways. Every edition (language) is
 * checked: its pages are the site's, and one page of each shape per language. Each scheme has its own test
 * file (a11y-light, a11y-dark) so the two run side by side; each window size
 * keeps one browser context, so the pages share its cache as a reader's do.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagesAt, viewportLabel, viewports } from '../helpers/browser-pages.ts';
import { byEdition, editionCounts, editionsLeftOut } from '../helpers/editions.ts';
import { readPages } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';
import { colourTags, describeViolations, runAxe } from './axe.ts';
import { useBrowser, type BrowserHarness } from './use-browser.ts';

type Tab = Awaited<ReturnType<BrowserHarness['open']>>;

export function accessibilitySuite(system: 'light' | 'dark'): void {
  const other = system === 'light' ? 'dark' : 'light';
  const h = useBrowser();
  const pages = readPages(inject('browserSite').outDir);

  describe.each(viewports)(`with the system in ${system} mode, at $name size ($width×$height)`, (viewport) => {
    const urls = pagesAt(viewport, pages).map((p) => p.url);
    let tab: Tab | undefined;
    beforeAll(async () => {
      tab = await h.open({ colorScheme: system, viewport: { width: viewport.width, height: viewport.height } });
    });
    // Checks that no request left the machine and no error is left over.
    afterAll(async () => {
      await tab?.close();
    });

    it('has pages of every edition (language) to check', () => {
      expect(urls.length).toBeGreaterThan(0);
      expect(editionsLeftOut(projectRoot, urls), `pages by edition: ${editionCounts(byEdition(projectRoot, urls))}`).toEqual([]);
    });

    it.each(urls)('%s passes axe and does not scroll sideways', async (url) => {
      if (!tab) throw new Error('the browser context did not open');
      const { page, errors, blocked } = tab;
      await page.goto(h.at(url));
      // (As the reader's path test does: the 404 page's own load errors are expected.)
      if (url.endsWith('404.html')) errors.splice(0);
      // Fonts and late styles settle first, so contrast is judged on what the reader sees.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const where = `${url} at ${viewportLabel(viewport)}`;
      const problems = describeViolations(`${where} (${system}, auto)`, await runAxe(page));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${where}: the page is ${overflow} px wider than the window and scrolls sideways`);
      await page.evaluate((t) => {
        document.documentElement.dataset['theme'] = t;
      }, other);
      // The toggle changes colours only: its pass runs the colour rules (contrast, links told by colour).
      problems.push(...describeViolations(`${where} (system ${system}, toggle ${other})`, await runAxe(page, colourTags)));
      // Script errors and requests to other hosts, told against the page that caused them.
      problems.push(...errors.splice(0), ...blocked.splice(0).map((b) => `${where}: request to another host: ${b}`));
      expect(problems).toEqual([]);
    });
  });
}
