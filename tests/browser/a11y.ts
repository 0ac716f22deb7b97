/**
 * axe-core with WCAG 2.2 A/AA rules on every page of the built site, in one
 * system colour scheme: with the scheme left on auto, and with the toggle's
 * choice of the other scheme (html[data-theme]). Each scheme has its own test
 * file (a11y-light, a11y-dark) so the two run side by side.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../helpers/html.ts';
import { describeViolations, runAxe } from './axe.ts';
import { useBrowser } from './use-browser.ts';

export function accessibilitySuite(system: 'light' | 'dark'): void {
  const other = system === 'light' ? 'dark' : 'light';
  const h = useBrowser();
  const urls = readPages(inject('browserSite').outDir).map((p) => p.url);

  describe(`every page passes axe (WCAG 2.2 A/AA) with the system in ${system} mode`, () => {
    it('has pages to check', () => {
      expect(urls.length).toBeGreaterThan(0);
    });

    it.each(urls)('%s', async (url) => {
      const { page, errors, close } = await h.open({ colorScheme: system });
      await page.goto(h.at(url));
      if (url.endsWith('404.html')) errors.splice(0);
      // Fonts and late styles settle first, so contrast is judged on what the reader sees.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const problems = describeViolations(`${url} (${system}, auto)`, await runAxe(page));
      await page.evaluate((t) => {
        document.documentElement.dataset['theme'] = t;
      }, other);
      problems.push(...describeViolations(`${url} (system ${system}, toggle ${other})`, await runAxe(page)));
      await close();
      expect(problems).toEqual([]);
    });
  });
}
