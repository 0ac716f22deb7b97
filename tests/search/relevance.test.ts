/**
 * The engine's search quality on the fixture (tests/search/relevance.ts):
 * every query brings its pages and sections into the first three, with the
 * browser's ranking and search (synonyms, "did you mean"); synonyms and the
 * vocabulary do the work they claim; results carry their sections; the
 * published index keeps Pagefind's highlight script and one vocabulary per
 * language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bestSections, find, type SearchApi } from '../../src/lib/search/find.ts';
import { describeOutcomes, measure } from '../../src/lib/search/relevance.ts';
import type { VocabularyFile } from '../../src/lib/search/suggest.ts';
import { useSite } from '../helpers/sites.ts';
import { loadPagefind } from './pagefind-node.ts';
import { fixtureRelevance, fixtureRelevanceDe, fixtureSynonyms } from './relevance.ts';

const fixture = useSite('fixture');
const open = (): Promise<SearchApi> => loadPagefind(fixture.outDir, '/', true);
let words: string[] = [];
beforeAll(() => {
  const file = path.join(fixture.outDir, 'pagefind', 'vocabulary', 'en.json');
  words = (JSON.parse(fs.readFileSync(file, 'utf8')) as VocabularyFile).words;
});

describe('the fixture relevance set', () => {
  it('has queries of every kind: records, sections, synonyms, misspellings', () => {
    expect(fixtureRelevance.some((q) => q.expect?.some((e) => e.includes('#')))).toBe(true);
    expect(fixtureRelevance.some((q) => q.suggest !== undefined)).toBe(true);
    expect(fixtureRelevance.some((q) => fixtureSynonyms.some((g) => g.includes(q.query)))).toBe(true);
  });

  it('every query brings its pages and sections into the first three', async () => {
    const outcomes = await measure(open, fixtureRelevance, fixtureSynonyms, words);
    const report = describeOutcomes(outcomes);
    console.log(`[search] fixture relevance: ${report.split('\n')[0] ?? ''}`);
    expect(
      outcomes.filter((o) => !o.hit),
      report,
    ).toEqual([]);
  });

  it('synonyms do the finding: without them, "NV" finds no region', async () => {
    const [without] = await measure(open, [{ query: 'NV', expect: ['/regions/xa-nor/'] }], [], words);
    expect(without?.hit).toBe(false);
  });

  it('"did you mean" does the finding: a misspelt word finds nothing useful by itself, and the suggestion is a known word', async () => {
    const found = await find(await open(), 'Geogrphy', fixtureSynonyms);
    expect(found?.faint).toBe(true);
    expect(words).toContain('geography');
  });

  it('a search that finds something is not faint, and offers no suggestion', async () => {
    const found = await find(await open(), 'population', fixtureSynonyms);
    expect(found?.faint).toBe(false);
  });
});

describe('one index per language', () => {
  const openIn = (lang: string) => (): Promise<SearchApi> => loadPagefind(fixture.outDir, '/', true, {}, lang);

  it('a German page is found in the German index, by inflected words too, and its sections by their ids', async () => {
    const file = path.join(fixture.outDir, 'pagefind', 'vocabulary', 'de.json');
    const de = (JSON.parse(fs.readFileSync(file, 'utf8')) as VocabularyFile).words;
    const outcomes = await measure(openIn('de'), fixtureRelevanceDe, fixtureSynonyms, de);
    const report = describeOutcomes(outcomes);
    console.log(`[search] fixture relevance (de): ${report.split('\n')[0] ?? ''}`);
    expect(
      outcomes.filter((o) => !o.hit),
      report,
    ).toEqual([]);
  });

  it('the English index holds no German page, and the German index no English one', async () => {
    const urls = async (lang: string, q: string): Promise<string[]> => {
      const found = await find(await openIn(lang)(), q, []);
      return Promise.all((found?.results ?? []).map(async (r) => (await r.data()).url));
    };
    const en = await urls('en', 'Bevölkerung');
    expect(en.filter((u) => u.startsWith('/de/'))).toEqual([]);
    const de = await urls('de', 'Bevölkerung');
    expect(de.length).toBeGreaterThan(0);
    expect(de.filter((u) => !u.startsWith('/de/'))).toEqual([]);
  });
});

describe('section results', () => {
  it('a page result carries its matching sections, linked to their headings, best first, with the words marked', async () => {
    const found = await find(await open(), 'population', []);
    const data = await Promise.all((found?.results ?? []).map((r) => r.data()));
    const chapter = data.find((d) => d.url === '/chapters/rivers/');
    const sections = bestSections(chapter?.sub_results);
    expect(sections[0]?.url).toBe('/chapters/rivers/#population');
    expect(sections[0]?.title).toBe('Population');
    expect(sections[0]?.excerpt).toMatch(/<mark>population/i);
    for (const s of sections) expect(s.url).toMatch(/#[\w-]+$/);
  });
});

describe('the published index', () => {
  const dir = (): string => path.join(fixture.outDir, 'pagefind');

  it("keeps Pagefind's highlight script and drops its ready-made UIs", () => {
    const files = fs.readdirSync(dir());
    expect(files).toContain('pagefind-highlight.js');
    expect(files.filter((f) => /^pagefind-(?:ui|modular-ui|component-ui)\./.test(f))).toEqual([]);
  });

  it('writes one vocabulary per language of the indexed pages, small, most frequent words first, without URL pieces', () => {
    // The fixture is published in English and German (its German edition proves a language needs no code).
    expect(fs.readdirSync(path.join(dir(), 'vocabulary'))).toEqual(['de.json', 'en.json']);
    const bytes = fs.statSync(path.join(dir(), 'vocabulary', 'en.json')).size;
    expect(bytes).toBeLessThan(20_000);
    expect(words).toContain('valley');
    expect(words.indexOf('the')).toBeLessThan(words.indexOf('geography'));
    expect(words.filter((w) => w === 'https' || w === 'www')).toEqual([]);
    expect(new Set(words).size).toBe(words.length);
  });
});
