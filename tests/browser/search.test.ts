/**
 * The search as a reader uses it, in Chromium, on the built report: results
 * show their matching sections and a section link lands on the heading with
 * the words highlighted (Pagefind's highlight script, loaded only then, under
 * the CSP); a misspelt query offers "did you mean", which runs that search; an
 * abbreviation finds the page through the synonyms; the header's box works
 * from the keyboard; axe passes on /search/ with results. The queries come
 * from the report's own relevance set (content/search/relevance.yaml) and
 * synonyms (content/site.yaml); a kind of query the set lacks is skipped.
 */
import { describe, expect, it } from 'vitest';
import { loadRelevance, type RelevanceQuery } from '../../src/lib/search/relevance.ts';
import { alternatives } from '../../src/lib/search/synonyms.ts';
import { loadSite } from '../../src/report/load.ts';
import { projectRoot } from '../helpers/paths.ts';
import { describeViolations, runAxe } from './axe.ts';
import { screenshot, useBrowser } from './use-browser.ts';

const h = useBrowser();
const site = loadSite(projectRoot);
const queries: RelevanceQuery[] = loadRelevance(projectRoot)?.[site.lang.split('-')[0] ?? 'en'] ?? [];
const bySection = queries.find((q) => q.suggest === undefined && q.expect?.some((e) => e.includes('#')));
const misspelt = queries.find((q) => q.suggest !== undefined);
const bySynonym = queries.find((q) => q.suggest === undefined && alternatives(q.query, site.search.synonyms).length > 1);
const searchUrl = (q: string): string => h.at(`/search/?q=${encodeURIComponent(q)}`);

describe('search results', () => {
  it('show the matching sections of a page; a section link lands on its heading with the words highlighted', async (ctx) => {
    ctx.skip(!bySection, 'the relevance set has no query that expects a section');
    if (!bySection) return;
    const target = bySection.expect?.find((e) => e.includes('#')) ?? '';
    const anchor = target.split('#')[1] ?? '';
    const { page, close } = await h.open();
    await page.goto(searchUrl(bySection.query));
    const section = page.locator(`main .results .result-sections a[href*="#${anchor}"]`).first();
    await section.waitFor({ timeout: 15_000 });
    expect(await section.textContent()).not.toBe('');
    await screenshot(page, 'search-sections');
    // By keyboard: focus the link, press Enter.
    await section.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === `#${anchor}` && u.searchParams.has('highlight'));
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(`#${anchor}`).isVisible()).toBe(true);
    // The marks are styled by the site's stylesheet, not by an inline style the CSP would refuse.
    expect(
      await page.evaluate(() => [...document.querySelectorAll('style')].filter((e) => e.textContent.includes('pagefind')).length),
    ).toBe(0);
    await screenshot(page, 'search-highlight');
    await close();
  });

  it('a page opened without ?highlight= does not load the highlight script', async () => {
    const { page, close } = await h.open();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('pagefind')) scripts.push(r.url());
    });
    await page.goto(h.at('/'), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await close();
  });

  it('a misspelt query offers "did you mean", and the link runs that search', async (ctx) => {
    ctx.skip(!misspelt, 'the relevance set has no misspelt query (suggest:)');
    if (!misspelt) return;
    const { page, close } = await h.open();
    const vocabulary: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/vocabulary/')) vocabulary.push(r.url());
    });
    await page.goto(searchUrl(misspelt.query));
    const link = page.locator('main .search-suggestion a');
    await link.waitFor({ timeout: 15_000 });
    expect((await link.textContent())?.toLowerCase()).toBe(misspelt.suggest?.toLowerCase());
    expect(vocabulary.length, 'the vocabulary is fetched once').toBe(1);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe(misspelt.suggest);
    await expect.poll(() => page.locator('main .results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await close();
  });

  it('no vocabulary is fetched while searches find something', async () => {
    const { page, close } = await h.open();
    const vocabulary: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/vocabulary/')) vocabulary.push(r.url());
    });
    const query = queries.find((q) => q.suggest === undefined)?.query ?? 'a';
    await page.goto(searchUrl(query));
    await expect.poll(() => page.locator('main .results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(vocabulary).toEqual([]);
    await close();
  });

  it('an abbreviation finds its page through the synonyms', async (ctx) => {
    ctx.skip(!bySynonym, 'the relevance set has no query holding a synonym of content/site.yaml');
    if (!bySynonym) return;
    const expected = bySynonym.expect?.[0] ?? '';
    const { page, close } = await h.open();
    await page.goto(searchUrl(bySynonym.query));
    const link = page.locator(`main .results .result-title a[href^="${expected}"]`);
    await link.first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('main .search-also').textContent()).toMatch(/“/);
    await close();
  });

  it('/search/ with results passes axe', async () => {
    const query = bySection?.query ?? misspelt?.query ?? 'a';
    const { page, close } = await h.open();
    await page.goto(searchUrl(query));
    await expect.poll(() => page.locator('main .results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(describeViolations(`/search/?q=${query}`, await runAxe(page))).toEqual([]);
    await close();
  });
});

describe('the header search box', () => {
  it('works from the keyboard: "/" focuses it, results and their sections come under it, Tab reaches them, Escape closes them', async (ctx) => {
    ctx.skip(!bySection, 'the relevance set has no query that expects a section');
    if (!bySection) return;
    const { page, close } = await h.open();
    await page.goto(h.at('/'));
    await page.keyboard.press('/');
    const input = page.locator('#site-search-input');
    await expect.poll(() => input.evaluate((el) => document.activeElement === el)).toBe(true);
    await page.keyboard.type(bySection.query);
    const panel = page.locator('.site-search-results');
    await panel.locator('.result-sections a').first().waitFor({ timeout: 15_000 });
    // Past the box's own Search button, Tab reaches the results.
    let focused = false;
    for (let i = 0; i < 3 && !focused; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => Boolean(document.activeElement?.closest('.site-search-results')));
    }
    expect(focused, 'Tab moves into the results').toBe(true);
    expect(describeViolations('header dropdown', await runAxe(page))).toEqual([]);
    await screenshot(page, 'search-dropdown');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    await expect.poll(() => input.evaluate((el) => document.activeElement === el)).toBe(true);
    await close();
  });
});
