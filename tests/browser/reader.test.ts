/**
 * A reader's path through the built report in Chromium: home page → chapter →
 * table of contents → next and previous; the colour scheme remembered across
 * pages; the same path by keyboard alone; the print rendering. Screenshots of
 * the key pages go to test-results/browser/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artefactsDir } from '../helpers/browser.ts';
import { viewportLabel, viewports } from '../helpers/browser-pages.ts';
import { attr, byTag, findAll } from '../helpers/html.ts';
import { focusVisible, keyboardTargets, tabTo, walkByKeyboard } from './keyboard.ts';
import { screenshot, useBrowser } from './use-browser.ts';

const h = useBrowser();

/** The path of the page the browser shows, without origin and base ("/chapters/x/"). */
const sitePath = (page: Page): string => `/${new URL(page.url()).pathname.slice(h.site.base.length)}`;

/** Site paths of the built pages that have a table of contents and previous/next links. */
function chapterPaths(): string[] {
  return h
    .pages()
    .filter((p) => p.url !== '/' && p.html.includes('data-toc') && findAll(p.document, (el) => attr(el, 'rel') === 'next').length > 0)
    .map((p) => p.url);
}

/** The chapter with the most figure download links, with its counts of those and of contents links. */
function chapterWithMostDownloads(): { url: string; downloads: number; tocLinks: number } | undefined {
  const inFigure = (el: Parameters<Parameters<typeof findAll>[1]>[0]): boolean => {
    for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode) if (p.tagName === 'figure') return true;
    return false;
  };
  const inToc = (el: Parameters<Parameters<typeof findAll>[1]>[0]): boolean => {
    for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode) if (attr(p, 'data-toc') !== undefined) return true;
    return false;
  };
  const chapters = new Set(chapterPaths());
  return h
    .pages()
    .filter((p) => chapters.has(p.url))
    .map((p) => ({
      url: p.url,
      downloads: findAll(p.document, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined && inFigure(el)).length,
      tocLinks: findAll(p.document, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('#') && inToc(el)).length,
    }))
    .sort((a, b) => b.downloads - a.downloads || a.url.localeCompare(b.url))[0];
}

describe('a reader’s path', () => {
  it('goes from the home page to a chapter, through its table of contents, to the next chapter and back', async () => {
    const { page, close } = await h.open();
    await page.goto(h.site.url);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await screenshot(page, 'home');

    // Home → the first chapter the home page lists in its main content.
    const first = page.locator('.chapter-list a, main a[href*="/chapters/"]:not([href*="#"])').first();
    const target = await first.getAttribute('href');
    expect(target, 'the home page links to a chapter').toBeTruthy();
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(target ?? '')), first.click()]);
    const chapter = sitePath(page);
    expect(await page.locator('main h1').count()).toBe(1);

    // Table of contents → its section, scrolled into view.
    const tocLink = page.locator('[data-toc] a[href^="#"]').last();
    if ((await tocLink.count()) > 0) {
      const hash = (await tocLink.getAttribute('href')) ?? '';
      await tocLink.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
      // (Scrolling may be smooth: wait for it to settle in view.)
      const section = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
      await expect
        .poll(
          async () => {
            const box = await section.boundingBox();
            return box !== null && box.y >= -1 && box.y < 900;
          },
          { timeout: 5_000 },
        )
        .toBe(true);
    }
    await screenshot(page, 'chapter');

    // Next, then previous, brings the reader back.
    const next = page.locator('a[rel="next"]');
    const nextHref = await next.getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(nextHref ?? '')), next.click()]);
    expect(sitePath(page)).not.toBe(chapter);
    await Promise.all([
      page.waitForURL((u) => sitePath(page) === chapter || u.pathname.endsWith(chapter)),
      page.locator('a[rel="prev"]').click(),
    ]);
    expect(sitePath(page)).toBe(chapter);
    await close();
  });

  it('shows the 404 page for a missing page', async () => {
    const { page, errors, close } = await h.open();
    const response = await page.goto(h.at('/no-such-page/'));
    expect(response?.status()).toBe(404);
    // Chromium logs the expected 404 as a console error.
    errors.splice(0, errors.length, ...errors.filter((e) => !/status of 404/.test(e)));
    expect(await page.locator('main').count()).toBe(1);
    await screenshot(page, '404');
    await close();
  });
});

describe('the colour scheme', () => {
  it('follows the toggle and is remembered on the next page', async () => {
    const { page, close } = await h.open({ colorScheme: 'light' });
    await page.goto(h.site.url);
    // ThemeInit ran despite the Content Security Policy.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBg = await bg();
    const toggle = page.locator('[data-theme-toggle]');
    const seen: string[] = [];
    for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset['theme'])) !== 'dark'; i++) {
      await toggle.click();
      seen.push((await page.evaluate(() => document.documentElement.dataset['theme'])) ?? 'auto');
    }
    expect(seen, 'the toggle reaches the dark scheme').toContain('dark');
    expect(await bg()).not.toBe(lightBg);
    await screenshot(page, 'home-dark');

    const chapter = chapterPaths()[0] ?? '/';
    await page.goto(h.at(chapter));
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await bg()).not.toBe(lightBg);
    await screenshot(page, 'chapter-dark');

    // Back to auto: the system scheme applies again, on this page and the next.
    for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset['theme'])) !== undefined; i++)
      await toggle.click();
    await page.goto(h.site.url);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(await bg()).toBe(lightBg);
    await close();
  });

  it('follows the system setting when the reader chose nothing', async () => {
    const light = await h.open({ colorScheme: 'light' });
    await light.page.goto(h.site.url);
    const lightBg = await light.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await light.close();
    const dark = await h.open({ colorScheme: 'dark' });
    await dark.page.goto(h.site.url);
    expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);
    await dark.close();
  });
});

describe.each(viewports)('by keyboard alone at $name size ($width×$height)', (viewport) => {
  const size = { viewport: { width: viewport.width, height: viewport.height } };

  it('skip link, chapter navigation, table of contents and previous/next all work from the keyboard', async () => {
    const { page, close } = await h.open(size);
    await page.goto(h.site.url);

    // The first Tab reaches the skip link, which shows and moves to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    const skip = await page.locator('.skip-link, a[href="#main"]').first().boundingBox();
    expect(skip && skip.y >= 0 && skip.y < viewport.height, 'the focused skip link is on screen').toBe(true);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'after the skip link, Tab goes on in <main>').toBe(
      true,
    );

    // The chapter navigation in the header: open it if it is folded, then follow a chapter.
    await page.goto(h.site.url);
    const chapters = chapterPaths();
    const target = chapters[0];
    expect(target, 'a chapter with a table of contents').toBeDefined();
    const navLink = `header nav a[href$="${target}"]`;
    const summaryVisible = await page.locator('header nav summary').isVisible();
    if (summaryVisible) {
      await tabTo(page, 'header nav summary');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, navLink);
    expect(await focusVisible(page), 'the focused navigation link shows focus').toBe(true);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(target ?? '')), page.keyboard.press('Enter')]);

    // The table of contents: a section link moves there.
    if (!(await page.locator('[data-toc] a[href^="#"]').first().isVisible())) {
      await tabTo(page, '[data-toc] summary');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, '[data-toc] a[href^="#"]');
    const hash = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);

    // Next chapter by keyboard, then previous.
    await tabTo(page, 'a[rel="next"]');
    expect(await focusVisible(page)).toBe(true);
    const before = sitePath(page);
    await Promise.all([page.waitForURL((u) => !u.pathname.endsWith(before)), page.keyboard.press('Enter')]);
    await tabTo(page, 'a[rel="prev"]');
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(before)), page.keyboard.press('Enter')]);

    // The colour-scheme toggle works from the keyboard too.
    await tabTo(page, '[data-theme-toggle]');
    const themeBefore = await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'auto');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'auto')).not.toBe(themeBefore);
    await close();
  });
  it('reaches the navigation, contents, search box, theme toggle and every figure download, each on screen with visible focus', async (ctx) => {
    const chapter = chapterWithMostDownloads();
    ctx.skip(!chapter, 'no chapter with a table of contents and previous/next links in this build');
    if (!chapter) return;
    // Reduced motion: the page jumps to each focused element instead of scrolling there smoothly.
    const { page, close } = await h.open({ ...size, reducedMotion: 'reduce' });
    await page.goto(h.at(chapter.url));
    // The page has the window's focus (else :focus styles, such as the skip link's, do not apply).
    await page.bringToFront();
    const stops = await walkByKeyboard(page);
    const reached = (selector: string) => stops.filter((s) => s.matches.includes(selector));
    expect(reached(keyboardTargets.nav).length, 'a chapter link in the header navigation').toBeGreaterThan(0);
    expect(reached(keyboardTargets.toc).length, 'every link of the table of contents').toBe(chapter.tocLinks);
    expect(reached(keyboardTargets.search).length, 'the search box').toBeGreaterThan(0);
    expect(reached(keyboardTargets.toggle).length, 'the colour-scheme toggle').toBeGreaterThan(0);
    expect(reached(keyboardTargets.downloads).length, 'every figure download link').toBe(chapter.downloads);
    const faults = stops.flatMap((s) => [
      ...(s.focusVisible ? [] : [`${s.name}: no visible focus indicator`]),
      ...(s.onScreen ? [] : [`${s.name}: focused but off screen`]),
      ...(s.coveredBy === undefined ? [] : [`${s.name}: focused but covered by ${s.coveredBy}`]),
    ]);
    expect(faults, `on ${chapter.url} at ${viewportLabel(viewport)}`).toEqual([]);
    await close();
  });
});

describe.each(viewports)('a chapter at $name size ($width×$height)', (viewport) => {
  it.each(['light', 'dark'] as const)('in %s: fits the window (no sideways scroll), screenshot saved', async (scheme) => {
    const chapter = chapterWithMostDownloads() ?? { url: chapterPaths()[0] ?? '/' };
    const { page, close } = await h.open({ colorScheme: scheme, viewport: { width: viewport.width, height: viewport.height } });
    await page.goto(h.at(chapter.url));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${chapter.url} is wider than the window by`).toBeLessThanOrEqual(0);
    await screenshot(page, `chapter-${viewport.name}-${scheme}`);
    await close();
  });
});

describe('print', () => {
  it('keeps figures and tables and hides the navigation', async () => {
    // A chapter with a table or figure if there is one, else any chapter.
    const withFigures = h.pages().find((p) => findAll(p.document, byTag('table', 'figure')).length > 0 && p.url !== '/404.html');
    const chapter = withFigures?.url ?? chapterPaths()[0] ?? '/';
    const { page, close } = await h.open();
    await page.goto(h.at(chapter));
    const shown = (selector: string): Promise<boolean[]> =>
      page
        .locator(selector)
        .evaluateAll((els) =>
          els.map(
            (el) =>
              (el as HTMLElement).offsetParent !== null || (getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0),
          ),
        );
    expect((await shown('header nav')).some(Boolean), 'navigation shows on screen').toBe(true);

    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'header nav',
      '[data-toc]',
      'nav[aria-label="Previous and next chapters"]',
      '[data-theme-toggle]',
      '.skip-link',
      'header [role="search"]',
    ]) {
      expect(
        (await shown(selector)).every((v) => !v),
        `${selector} is hidden in print`,
      ).toBe(true);
    }
    const kept = await shown('main table, main figure');
    expect(kept.every(Boolean), 'every table and figure of the chapter prints').toBe(true);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await screenshot(page, 'chapter-print');
    fs.mkdirSync(artefactsDir, { recursive: true });
    await page.pdf({ path: path.join(artefactsDir, 'chapter-print.pdf'), format: 'A4' });
    await close();
  });
});
