/**
 * The interactive features in Chromium: a map (its lazily loaded image, and
 * its region links by keyboard), a chart that
 * becomes interactive on first interaction (and not before), and the search
 * (type, results, facet). Each is found in the built site by its markup; a
 * build without it skips the test, saying which markup was looked for.
 */
import type { Page as BrowserPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { attr, findAll, type Page } from '../helpers/html.ts';
import { screenshot, useBrowser } from './use-browser.ts';

const h = useBrowser();

/** The first built page that has an element matching `test`. */
function pageWith(test: Parameters<typeof findAll>[1]): Page | undefined {
  return h.pages().find((p) => !p.url.endsWith('404.html') && findAll(p.document, test).length > 0);
}

const isMapFigure = (el: Parameters<Parameters<typeof findAll>[1]>[0]): boolean =>
  el.tagName === 'figure' && attr(el, 'data-figure') === 'map';

describe('a map', () => {
  it('shows its image once scrolled to, and its region links work from the keyboard', async (ctx) => {
    const page = pageWith(isMapFigure);
    ctx.skip(!page, 'no map in this build: no <figure data-figure="map"> on any page (issue 3)');
    if (!page) return;
    const { page: tab, close } = await h.open();
    await tab.goto(h.at(page.url));
    const figure = tab.locator('figure[data-figure="map"]').first();
    // The shapes are a lazily loaded image whose box is reserved before it arrives.
    const img = figure.locator('img').first();
    const box = await img.evaluate((i) => ({
      w: i.getAttribute('width'),
      h: i.getAttribute('height'),
      loading: i.getAttribute('loading'),
    }));
    expect(Number(box.w), 'the map image has a width').toBeGreaterThan(0);
    expect(Number(box.h), 'the map image has a height').toBeGreaterThan(0);
    await figure.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), { timeout: 10_000 })
      .toBe(true);
    // A keyboard user reaches a region page through the links under the map.
    const region = figure.locator('p.regions a[href]').first();
    expect((await region.textContent())?.trim(), 'the region link has a name').not.toBe('');
    const target = new URL((await region.getAttribute('href')) ?? '', tab.url());
    // Tab from the element before the first region link onto it.
    await figure.locator('figcaption').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await tab.keyboard.press('Tab');
      reached = await region.evaluate((a) => document.activeElement === a);
    }
    expect(reached, 'Tab reaches the first region link under the map').toBe(true);
    await screenshot(tab, 'map');
    await tab.keyboard.press('Enter');
    await tab.waitForURL((u) => u.pathname === target.pathname);
    expect(await tab.locator('h1').count(), 'the region page has a heading').toBe(1);
    await close();
  });
});

describe('a chart', () => {
  it('becomes interactive on first interaction, and not before', async (ctx) => {
    const page = pageWith((el) => attr(el, 'data-chart') !== undefined);
    const staticCharts = h.pages().reduce((n, p) => n + findAll(p.document, (el) => attr(el, 'data-figure') === 'chart').length, 0);
    ctx.skip(
      !page,
      `no interactive chart in this build: no element with a data-chart attribute (the container the enhancement hydrates) on any page; ${staticCharts} static chart figure(s) found (issue 3)`,
    );
    if (!page) return;
    const { page: tab, close } = await h.open();
    const scripts: string[] = [];
    tab.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await tab.goto(h.at(page.url), { waitUntil: 'networkidle' });
    const chart = tab.locator('[data-chart]').first();
    await chart.scrollIntoViewIfNeeded();
    await tab.waitForTimeout(300);
    expect(await chart.locator('canvas').count(), 'no canvas before the reader interacts').toBe(0);
    const before = await chart.boundingBox();
    const scriptsBefore = scripts.length;

    await chart.hover();
    await chart.focus().catch(() => undefined);
    await chart.click({ position: { x: 10, y: 10 } }).catch(() => undefined);
    await expect
      .poll(() => chart.locator('canvas').count(), { timeout: 10_000, message: 'a Chart.js canvas replaces the static chart' })
      .toBeGreaterThan(0);
    expect(scripts.length, 'the chart code is fetched on interaction').toBeGreaterThan(scriptsBefore);
    const after = await chart.boundingBox();
    expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0)), 'no layout shift').toBeLessThanOrEqual(4);
    await screenshot(tab, 'chart-interactive');
    await close();
  });
});

describe('every chart', () => {
  it('becomes interactive, whatever its mark, without a script error', async (ctx) => {
    const pages = h.pages().filter((p) => findAll(p.document, (el) => attr(el, 'data-chart') !== undefined).length > 0);
    ctx.skip(pages.length === 0, 'no interactive chart in this build');
    const { page: tab, close } = await h.open();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    for (const page of pages) {
      await tab.goto(h.at(page.url), { waitUntil: 'networkidle' });
      const charts = tab.locator('figure[data-chart]');
      for (let i = 0; i < (await charts.count()); i++) {
        const chart = charts.nth(i);
        await chart.scrollIntoViewIfNeeded();
        await chart.hover();
        await expect
          .poll(() => chart.locator('canvas').count(), { timeout: 10_000, message: `${page.url}: chart ${i + 1} becomes a canvas` })
          .toBeGreaterThan(0);
      }
    }
    expect(errors, 'no script error while the charts became interactive').toEqual([]);
    await close();
  });
});

type Scope = ReturnType<BrowserPage['locator']>;
/** The search box: a visible search field, in light DOM or in a web component's shadow DOM. */
const searchInput = (scope: Scope) =>
  scope.locator('input[type="search"], [role="searchbox"], pagefind-searchbox input').filter({ visible: true }).first();
const resultLinks = (scope: Scope) =>
  scope.locator('pagefind-results a[href], [data-search-results] a[href], [class*="result"] a[href]').filter({ visible: true });

/** The number of result links once it has stopped changing (results render in steps). */
async function settledCount(scope: Scope): Promise<number> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const n = await resultLinks(scope).count();
    if (n === last) return n;
    last = n;
    await new Promise((r) => setTimeout(r, 400));
  }
  return last;
}

describe('the search', () => {
  it('finds pages by a keyword, and a facet narrows the results', async (ctx) => {
    const searchPage = h.pages().find((p) => p.url === '/search/');
    const hasIndex = h.pages().length > 0 && h.pages().some((p) => p.html.includes('pagefind'));
    ctx.skip(!searchPage && !hasIndex, 'no search in this build: no /search/ page and no page that loads Pagefind (issue 4)');
    const { page: tab, close } = await h.open();
    await tab.goto(h.at(searchPage?.url ?? '/'));
    // On the search page, its own form in <main> (not the header's box); elsewhere, the header's.
    let scope: Scope = searchPage ? tab.locator('main') : tab.locator('body');
    let input = searchInput(scope);
    if ((await input.count()) === 0) {
      scope = tab.locator('body');
      input = searchInput(scope);
    }
    if ((await input.count()) === 0) {
      // A header search that opens in a dialog: open it.
      const trigger = tab.locator('pagefind-modal-trigger, [data-search-open], button[aria-controls*="search"]').first();
      if ((await trigger.count()) > 0) await trigger.click();
      input = searchInput(scope);
    }
    ctx.skip((await input.count()) === 0, 'no search field found (input[type=search], role=searchbox or pagefind-searchbox)');
    await input.fill('border');
    await expect.poll(() => resultLinks(scope).count(), { timeout: 15_000, message: 'results for "border"' }).toBeGreaterThan(0);
    const first = await resultLinks(scope).first().getAttribute('href');
    expect(new URL(first ?? '', tab.url()).origin).toBe(h.site.origin);
    await screenshot(tab, 'search');

    const facet = scope
      .locator(
        'pagefind-filter-pane input[type="checkbox"], [class*="filter"] input[type="checkbox"], [class*="facet"] input[type="checkbox"], [data-facet] input',
      )
      .filter({ visible: true })
      .first();
    ctx.skip((await facet.count()) === 0, 'search works, but no facet checkbox was found to apply');
    const before = await settledCount(scope);
    await facet.check();
    await expect.poll(() => facet.isChecked()).toBe(true);
    // Searches may be debounced: let the new results arrive and settle.
    await tab.waitForTimeout(800);
    const after = await settledCount(scope);
    expect(after, 'a facet never widens the results').toBeLessThanOrEqual(before);
    await screenshot(tab, 'search-facet');
    await close();
  });
});
