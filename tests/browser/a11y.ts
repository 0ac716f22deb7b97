/**
 * axe-core with the WCAG 2.2 A/AA rules and axe's best practices on the built
 * site, in one system colour scheme: with the scheme left on auto, and with
 * the toggle's choice of the other scheme (html[data-theme]). At four window
 * sizes (tests/helpers/browser-pages.ts): every page at phone and laptop
 * size, one page of each shape at tablet and desktop size. The same visit
 * checks that the page does not scroll sideways. Each scheme has its own test
 * file (a11y-light, a11y-dark) so the two run side by side.
 */
import { describe, expect, inject, it } from 'vitest';
import { pagesAt, viewportLabel, viewports } from '../helpers/browser-pages.ts';
import { readPages } from '../helpers/html.ts';
import { describeViolations, runAxe } from './axe.ts';
import { useBrowser } from './use-browser.ts';

export function accessibilitySuite(system: 'light' | 'dark'): void {
  const other = system === 'light' ? 'dark' : 'light';
  const h = useBrowser();
  const pages = readPages(inject('browserSite').outDir);

  describe.each(viewports)(`with the system in ${system} mode, at $name size ($width×$height)`, (viewport) => {
    const urls = pagesAt(viewport, pages).map((p) => p.url);

    it('has pages to check', () => {
      expect(urls.length).toBeGreaterThan(0);
    });

    it.each(urls)('%s passes axe and does not scroll sideways', async (url) => {
      const { page, errors, close } = await h.open({
        colorScheme: system,
        viewport: { width: viewport.width, height: viewport.height },
      });
      await page.goto(h.at(url));
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
      problems.push(...describeViolations(`${where} (system ${system}, toggle ${other})`, await runAxe(page)));
      await close();
      expect(problems).toEqual([]);
    });
  });
}
