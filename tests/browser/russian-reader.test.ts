/**
 * A reader of another edition (the report's Russian one) in Chromium: home
 * page → chapter → its table of contents → next chapter, every step in the
 * edition; the language switch leads to the same page in the default language
 * and back; the same chapter by keyboard alone; a search in the edition's
 * language finds pages of that edition, from its search page and from the
 * header, and a facet narrows the results. The edition is each locale
 * content/site.yaml declares after the first; the pages are found by their
 * markup, the queries in the report's relevance set (content/search/relevance.yaml).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadRelevance } from '../../src/lib/search/relevance.ts';
import { localeCodes } from '../helpers/editions.ts';
import { attr, findAll, textOf, type Element } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';
import { focusVisible, keyboardTargets, tabTo, walkByKeyboard } from './keyboard.ts';
import { screenshot, useBrowser } from './use-browser.ts';

const h = useBrowser();
/** The built pages (read once the browser's site is known). */
const pages = () => h.pages();
const [main = 'en', ...others] = localeCodes(projectRoot);
const relevance = loadRelevance(projectRoot) ?? {};

/** The page's path without origin and base ("/ru/chapters/x/"). */
const sitePath = (page: Page): string => `/${new URL(page.url()).pathname.slice(h.site.base.length)}`;
const langOf = (page: Page): Promise<string | null> => page.evaluate(() => document.documentElement.getAttribute('lang'));

/** The edition's chapters that have a table of contents and a next link, in URL order. */
function chapters(code: string): string[] {
  return pages()
    .filter((p) => p.url.startsWith(`/${code}/chapters/`) && p.html.includes('data-toc'))
    .filter((p) => findAll(p.document, (el) => attr(el, 'rel') === 'next').length > 0)
    .map((p) => p.url)
    .sort();
}

/** The longest word of the <h1> of the edition's first chapter (a word its index must hold). */
function titleWord(code: string): string | undefined {
  const page = h.pages().find((p) => p.url === chapters(code)[0]);
  const h1 = page ? findAll(page.document, (el) => el.tagName === 'h1')[0] : undefined;
  const words = (h1 ? textOf(h1) : '').split(/[^\p{L}]+/u);
  return words.sort((a, b) => b.length - a.length)[0];
}

/** Every result link on the search page, once results have arrived. */
async function resultPaths(page: Page): Promise<string[]> {
  const links = page.locator('main .results a[href]');
  await expect.poll(() => links.count(), { timeout: 15_000, message: `results on ${page.url()}` }).toBeGreaterThan(0);
  return (await links.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map(
    (p) => `/${p.slice(h.site.base.length)}`,
  );
}

describe.each(others)('a reader of the %s edition', (code) => {
  it('goes from its home page to a chapter, its contents and the next chapter, all in the edition', async () => {
    const { page, close } = await h.open();
    await page.goto(h.at(`/${code}/`));
    expect(await langOf(page)).toBe(code);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await screenshot(page, `${code}-home`);

    const first = page.locator(`main a[href*="/${code}/chapters/"]:not([href*="#"])`).first();
    const target = await first.getAttribute('href');
    expect(target, `the /${code}/ home page links to a chapter of its edition`).toBeTruthy();
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(target ?? '')), first.click()]);
    expect(sitePath(page)).toMatch(new RegExp(`^/${code}/chapters/`));
    expect(await langOf(page)).toBe(code);
    // A translated chapter: no notice that the page is shown in another language.
    expect(await page.locator('[data-fallback-notice]').count(), `${sitePath(page)} is translated`).toBe(0);

    // The contents: a section link scrolls to its heading (ids may be written in the edition's script).
    const tocLink = page.locator('[data-toc] a[href^="#"]').last();
    expect(await tocLink.count(), 'the chapter has a table of contents').toBeGreaterThan(0);
    const hash = (await tocLink.getAttribute('href')) ?? '';
    await tocLink.click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(decodeURIComponent(hash));
    const section = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
    await expect
      .poll(async () => {
        const box = await section.boundingBox();
        return box !== null && box.y >= -1 && box.y < 900;
      })
      .toBe(true);

    const next = page.locator('a[rel="next"]');
    const nextHref = (await next.getAttribute('href')) ?? '';
    expect(nextHref).toMatch(new RegExp(`/${code}/chapters/`));
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(nextHref)), next.click()]);
    expect(await langOf(page)).toBe(code);
    await screenshot(page, `${code}-next-chapter`);
    await close();
  });

  it('switches to the default language on the same page, and back', async () => {
    const chapter = chapters(code)[0];
    expect(chapter, `a chapter of the ${code} edition`).toBeDefined();
    const { page, close } = await h.open();
    await page.goto(h.at(chapter ?? '/'));
    const same = (chapter ?? '').slice(code.length + 1);
    const toMain = page.locator(`[data-language-switch] a[hreflang="${main}"]`);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(same) && !u.pathname.includes(`/${code}/`)), toMain.click()]);
    expect(sitePath(page)).toBe(same);
    expect(await langOf(page)).toBe(main);
    const back = page.locator(`[data-language-switch] a[hreflang="${code}"]`);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(chapter ?? '')), back.click()]);
    expect(sitePath(page)).toBe(chapter);
    expect(await langOf(page)).toBe(code);
    await close();
  });

  it('walks a chapter by keyboard: skip link, language switch, contents, search, every download, next and back, focus always visible', async () => {
    const url = chapters(code)[0];
    expect(url).toBeDefined();
    const { page, close } = await h.open({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(h.at(url ?? '/'));
    await page.bringToFront();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await focusVisible(page)).toBe(true);

    const built = h.pages().find((p) => p.url === url);
    const inFigure = (el: Element): boolean => {
      for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode) if (p.tagName === 'figure') return true;
      return false;
    };
    const downloads = built
      ? findAll(built.document, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined && inFigure(el)).length
      : 0;
    const stops = await walkByKeyboard(page);
    const reached = (selector: string) => stops.filter((s) => s.matches.includes(selector)).length;
    // The language switch: a link to the same page in the default language.
    const same = `href="${(url ?? '').slice(code.length + 1)}"`;
    expect(
      stops.some((s) => s.name.includes(same)),
      'the language switch',
    ).toBe(true);
    expect(reached(keyboardTargets.toc), 'the table of contents').toBeGreaterThan(0);
    expect(reached(keyboardTargets.search), 'the search box').toBeGreaterThan(0);
    expect(reached(keyboardTargets.toggle), 'the colour-scheme toggle').toBeGreaterThan(0);
    expect(reached(keyboardTargets.downloads), 'every figure download link').toBe(downloads);
    const faults = stops.flatMap((s) => [
      ...(s.focusVisible ? [] : [`${s.name}: no visible focus indicator`]),
      ...(s.onScreen ? [] : [`${s.name}: focused but off screen`]),
      ...(s.coveredBy === undefined ? [] : [`${s.name}: focused but covered by ${s.coveredBy}`]),
    ]);
    expect(faults, `on ${url ?? ''}`).toEqual([]);

    // Next chapter and back by keyboard, staying in the edition.
    await page.goto(h.at(url ?? '/'));
    await tabTo(page, 'a[rel="next"]');
    await Promise.all([page.waitForURL((u) => !u.pathname.endsWith(url ?? '')), page.keyboard.press('Enter')]);
    expect(sitePath(page)).toMatch(new RegExp(`^/${code}/chapters/`));
    await tabTo(page, 'a[rel="prev"]');
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(url ?? '')), page.keyboard.press('Enter')]);
    await close();
  });

  // A query as a reader of the edition types it: the relevance set's first query in that language, or,
  // while the set has none in it, the longest word of the title of the edition's first chapter.
  const query = relevance[code]?.[0]?.query ?? titleWord(code);

  it(`searches the ${code} index from /${code}/search/ and a facet narrows the results, every result in the edition`, async () => {
    expect(query, `a query in ${code}`).toBeDefined();
    const { page, close } = await h.open();
    await page.goto(h.at(`/${code}/search/?q=${encodeURIComponent(query ?? '')}`));
    expect(await langOf(page)).toBe(code);
    const found = await resultPaths(page);
    expect(
      found.filter((p) => !p.startsWith(`/${code}/`)),
      `results for «${query ?? ''}» outside the ${code} edition`,
    ).toEqual([]);
    await screenshot(page, `${code}-search`);

    // Facets: their group names are the edition's words (not the default language's), and one narrows the results.
    const groups = await page.locator('main .facets summary').allTextContents();
    expect(groups.length, 'the search page shows facets').toBeGreaterThan(0);
    const mainPage = await h.open();
    await mainPage.page.goto(h.at(`/search/?q=${encodeURIComponent(query ?? '')}`));
    await expect.poll(() => mainPage.page.locator('main .facets summary').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const mainGroups = await mainPage.page.locator('main .facets summary').allTextContents();
    await mainPage.close();
    expect(
      groups.filter((g) => mainGroups.includes(g)),
      `facet names of /${code}/search/ shown in the ${main} words`,
    ).toEqual([]);

    const facet = page.locator('main .facets input[type="checkbox"]').filter({ visible: true }).first();
    await facet.check();
    const name = await facet.getAttribute('name');
    await expect.poll(() => new URL(page.url()).searchParams.has(name ?? '')).toBe(true);
    await page.waitForTimeout(800);
    const narrowed = await resultPaths(page);
    expect(narrowed.length, 'a facet never widens the results').toBeLessThanOrEqual(found.length);
    expect(narrowed.filter((p) => !p.startsWith(`/${code}/`))).toEqual([]);
    await screenshot(page, `${code}-search-facet`);
    await close();
  });

  // Facet values come from data and vocabulary labels by language (src/i18n/fields.ts, src/report/vocabulary.ts): none
  // of the "type" facet's values (Chapter, Instrument, …), always shown, may be the default language's word.
  it(`names the values of the search's type facet in the ${code} edition's words`, async () => {
    const valuesAt = async (path: string): Promise<string[]> => {
      const { page, close } = await h.open();
      await page.goto(h.at(`${path}?q=${encodeURIComponent(query ?? '')}`));
      const group = page.locator('main .facets details').first();
      await expect.poll(() => group.locator('label').count(), { timeout: 15_000, message: `facets on ${path}` }).toBeGreaterThan(0);
      const values = await group
        .locator('input[type="checkbox"]')
        .evaluateAll((els) => els.map((e) => (e.parentElement?.textContent ?? '').replace(/\(\d+\)/, '').trim()));
      await close();
      return values;
    };
    const here = await valuesAt(`/${code}/search/`);
    const there = await valuesAt('/search/');
    expect(
      here.filter((v) => there.includes(v)),
      `values of the first facet on /${code}/search/ written as on /search/`,
    ).toEqual([]);
  });

  it(`searches the ${code} index from the header of a page of the edition`, async () => {
    const url = chapters(code)[0];
    expect(query).toBeDefined();
    const { page, close } = await h.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(h.at(url ?? '/'));
    const box = page.locator('header input[type="search"]');
    await box.fill(query ?? '');
    const links = page.locator('header [role="search"] a[href]').filter({ visible: true });
    await expect.poll(() => links.count(), { timeout: 15_000, message: 'results under the header box' }).toBeGreaterThan(0);
    const paths = await links.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.filter((p) => !p.startsWith(`${h.site.base}${code}/`))).toEqual([]);
    await close();
  });
});
