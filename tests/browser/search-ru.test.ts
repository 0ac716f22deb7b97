/**
 * A Russian reader's search, in Chromium, on the built report: /ru/search/
 * searches the Russian index (results are Russian pages), its facets are
 * named in Russian (search.facet.*) and give the values the Russian pages
 * give (search.type.*), and picking a facet narrows the results and goes into
 * the URL; the header's box on a Russian page searches the Russian index too.
 * The queries come from the report's own Russian relevance set
 * (content/search/relevance.yaml); without one, the tests are skipped.
 */
import { describe, expect, it } from 'vitest';
import { engineCatalogues } from '../../src/i18n/catalogues.ts';
import { translator } from '../../src/i18n/messages.ts';
import { loadRelevance } from '../../src/lib/search/relevance.ts';
import { projectRoot } from '../helpers/paths.ts';
import { describeViolations, runAxe } from './axe.ts';
import { screenshot, useBrowser } from './use-browser.ts';

const h = useBrowser();
const ru = loadRelevance(projectRoot)?.['ru'] ?? [];
const t = translator('ru', engineCatalogues['ru'] ?? {});
/** A Russian query that expects a chapter's section: it finds chapters and records alike. */
const bySection = ru.find((q) => q.suggest === undefined && q.expect?.some((e) => e.includes('#')));
const misspelt = ru.find((q) => q.suggest !== undefined);
/** An inflected query in -ой/-ый/-ий/-ей, which Pagefind alone stems apart from its page's words (inflection.ts). */
const inflected = ru.findLast(
  (q) => q.suggest === undefined && /[оыие]й(?:\s|$)/iu.test(q.query) && q.expect?.some((e) => !e.includes('#')),
);
/** The values of the type facet on Russian pages: chapters' (search.type.chapter) and records' (record.type.*). */
const chapterType = t('search.type.chapter');
const russianTypes = new Set([chapterType, ...['instrument', 'forum', 'region', 'institution'].map((k) => t(`record.type.${k}`))]);
/** The path of a site path on the test server (the site may sit under a base). */
const pathOf = (sitePath: string): string => new URL(h.at(sitePath)).pathname;

describe('search on /ru/search/', () => {
  it('finds Russian pages, with facets named in Russian; a facet narrows the results and goes into the URL', async (ctx) => {
    ctx.skip(!bySection, 'the relevance set has no Russian query that expects a section');
    if (!bySection) return;
    const { page, close } = await h.open();
    await page.goto(h.at(`/ru/search/?q=${encodeURIComponent(bySection.query)}`));
    const results = page.locator('main .results > li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await page
      .locator('main .results .result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((p) => !p.startsWith(pathOf('/ru/')))).toEqual([]);

    // Facet names from the Russian messages; the type facet's values are the Russian pages' own.
    const summaries = await page.locator('main .facets summary').allTextContents();
    expect(summaries).toContain(t('search.facet.type'));
    const typeBoxes = page.locator('main .facets input[name="type"]');
    const values = await typeBoxes.evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    expect(values.length).toBeGreaterThan(0);
    expect(
      values.filter((v) => !russianTypes.has(v)),
      'type values not in Russian',
    ).toEqual([]);

    // Pick the type of the last result: the results narrow to it, and the URL says so.
    const before = await results.count();
    const chapter = chapterType;
    await page.locator(`main .facets input[name="type"][value="${chapter}"]`).check();
    await page.waitForURL((u) => u.searchParams.getAll('type').includes(chapter));
    await expect
      .poll(async () => (await page.locator('main .results .result-type').allTextContents()).every((s) => s.trim() === chapter), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await results.count()).toBeLessThanOrEqual(before);
    expect(await results.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main .search-status').textContent()).toMatch(/[а-яё]/i);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(describeViolations('/ru/search/ with a facet', await runAxe(page))).toEqual([]);
    await screenshot(page, 'search-ru-facet');
    await close();
  });
});

describe('an inflected Russian query on /ru/search/', () => {
  it('finds its page among the first three', async (ctx) => {
    ctx.skip(!inflected, 'the relevance set has no Russian query with a word in -ой, -ый, -ий or -ей');
    if (!inflected) return;
    const expected = pathOf(inflected.expect?.find((e) => !e.includes('#')) ?? '');
    const { page, close } = await h.open();
    await page.goto(h.at(`/ru/search/?q=${encodeURIComponent(inflected.query)}`));
    const titles = page.locator('main .results .result-title a');
    await expect
      .poll(
        async () =>
          (await titles.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname))).includes(expected),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    await close();
  });
});

describe('"did you mean" on /ru/search/', () => {
  it('offers a word of the Russian vocabulary, fetched once, and says so in Russian', async (ctx) => {
    ctx.skip(!misspelt, 'the relevance set has no misspelt Russian query (suggest:)');
    if (!misspelt) return;
    const { page, close } = await h.open();
    const vocabulary: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/vocabulary/')) vocabulary.push(new URL(r.url()).pathname);
    });
    await page.goto(h.at(`/ru/search/?q=${encodeURIComponent(misspelt.query)}`));
    const link = page.locator('main .search-suggestion a');
    await link.waitFor({ timeout: 15_000 });
    expect((await link.textContent())?.toLowerCase()).toBe(misspelt.suggest?.toLowerCase());
    expect(vocabulary).toEqual([pathOf('/pagefind/vocabulary/ru.json')]);
    expect(await page.locator('main .search-suggestion').textContent()).toMatch(/[а-яё]/i);
    await close();
  });
});

describe('the header search box on a Russian page', () => {
  it('searches the Russian index and speaks Russian', async (ctx) => {
    ctx.skip(!bySection, 'the relevance set has no Russian query that expects a section');
    if (!bySection) return;
    const { page, close } = await h.open();
    const configs: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/header.json')) configs.push(new URL(r.url()).pathname);
    });
    await page.goto(h.at('/ru/'));
    const input = page.locator('#site-search-input');
    await input.focus();
    await page.keyboard.type(bySection.query);
    const panel = page.locator('.site-search-results');
    await panel.locator('.result-title a').first().waitFor({ timeout: 15_000 });
    const hrefs = await panel
      .locator('.result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((p) => !p.startsWith(pathOf('/ru/')))).toEqual([]);
    expect(configs).toEqual([pathOf('/ru/search/header.json')]);
    // The link to the full search leads to the Russian search page, and says so in Russian.
    const more = panel.locator('p > a').last();
    expect(new URL((await more.getAttribute('href')) ?? '', page.url()).pathname).toBe(pathOf('/ru/search/'));
    expect(await more.textContent()).toMatch(/[а-яё]/i);
    await close();
  });
});
