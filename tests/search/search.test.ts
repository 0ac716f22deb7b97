/**
 * Searches run in Node against the built sites' Pagefind indexes: keyword
 * searches find the right record near the top, instrument pages outrank
 * passing mentions of their own titles, Russian titles are found, every facet
 * narrows the results to records that carry the value, sorting by date sorts,
 * and result URLs carry the base path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { recordPath } from '../../src/components/catalogue/record-targets.ts';
import { instrumentDate, sortableDate } from '../../src/components/catalogue/catalogue.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';
import { useSite } from '../helpers/sites.ts';
import { fetched, loadPagefind, topResults, type PagefindApi } from './pagefind-node.ts';

const real = useSite('real');
const underBase = useSite('fixtureUnderBase');
const report = loadReport(projectRoot);
const instrumentUrl = (id: string): string => recordPath('instrument', id);

let api: PagefindApi;
beforeAll(async () => {
  api = await loadPagefind(real.outDir);
});

const urlsFor = async (term: string, n = 5): Promise<string[]> => (await topResults(api, term, n)).map((r) => r.url);

describe('keyword searches find the right record near the top', () => {
  it('the index exists in the published site', () => {
    expect(fs.existsSync(path.join(real.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.readdirSync(path.join(real.outDir, 'pagefind', 'fragment')).length).toBeGreaterThan(50);
  });

  it('"joint action plan" → the Joint Action Plan first', async () => {
    expect((await urlsFor('joint action plan'))[0]).toBe(instrumentUrl('joint-action-plan-2013-2015'));
  });

  it('"Bashkortostan" → the Bashkortostan–Atyrau agreement and the region among the first three', async () => {
    const urls = await urlsFor('Bashkortostan', 3);
    expect(urls).toContain(instrumentUrl('bashkortostan-atyrau-agreement'));
    expect(urls).toContain(recordPath('region', 'RU-BA'));
  });

  it('a Russian original title finds its instrument first', async () => {
    const withRussian = report.data.instruments.filter((i) => i.originalTitle?.lang === 'ru');
    expect(withRussian.length).toBeGreaterThanOrEqual(5);
    expect((await urlsFor('Конвенция о приграничном сотрудничестве'))[0]).toBe(instrumentUrl('cis-convention-2008'));
    for (const inst of withRussian) {
      const words = inst.originalTitle?.text ?? '';
      expect(await urlsFor(words, 3), `Russian title of ${inst.id}`).toContain(instrumentUrl(inst.id));
    }
  });

  it('a Russian region name finds the region', async () => {
    expect(await urlsFor('Костанайская область', 3)).toContain(recordPath('region', 'KZ-KUS'));
  });

  it('every instrument page ranks in the first three for its own short title, above the chapters that mention it', async () => {
    const misses: string[] = [];
    for (const inst of report.data.instruments) {
      const urls = await urlsFor(inst.shortTitle.replace(/[()]/g, ' '), 10);
      const rank = urls.indexOf(instrumentUrl(inst.id));
      const firstChapter = urls.findIndex((u) => u === '/' || u.startsWith('/chapters/'));
      if (rank < 0 || rank > 2 || (firstChapter >= 0 && firstChapter < rank)) misses.push(`${inst.shortTitle}: ${urls.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });

  it('results carry a title and an excerpt with the match highlighted', async () => {
    const [first] = await topResults(api, 'Karachaganak', 1);
    expect(first?.meta['title']).toBeTruthy();
    expect(first?.excerpt).toMatch(/<mark>Karachaganak/);
  });
});

describe('facets narrow the results', () => {
  const facets = ['type', 'kind', 'level', 'decade', 'party', 'topic', 'region'];

  it('the index offers every facet', async () => {
    const available = await api.filters();
    for (const f of facets) expect(Object.keys(available[f] ?? {}).length, f).toBeGreaterThan(0);
    expect(Object.keys(available['type'] ?? {}).sort()).toEqual(['Chapter', 'Forum', 'Institution', 'Instrument', 'Region']);
  });

  it('each value of each facet returns exactly the records that carry it', async () => {
    const available = await api.filters();
    const all = (await api.search(null, { filters: {} })).results.length;
    for (const facet of facets) {
      for (const [value, count] of Object.entries(available[facet] ?? {})) {
        const found = await api.search(null, { filters: { [facet]: value } });
        expect(found.results.length, `${facet}=${value}`).toBe(count);
        expect(found.results.length, `${facet}=${value} narrows`).toBeLessThan(Math.max(all, 2));
        const data = await Promise.all(found.results.map((r) => r.data()));
        for (const d of data) expect(d.filters[facet], `${d.url} has ${facet}=${value}`).toContain(value);
      }
    }
  });

  it('kind "Treaty" returns the two treaties; level "CIS" the CIS documents', async () => {
    const treaties = await Promise.all((await api.search(null, { filters: { kind: 'Treaty' } })).results.map((r) => r.data()));
    expect(treaties.map((d) => d.url).sort()).toEqual(
      report.data.instruments
        .filter((i) => i.kind === 'treaty')
        .map((i) => instrumentUrl(i.id))
        .sort(),
    );
    const cis = await api.search(null, { filters: { level: 'CIS' } });
    expect(cis.results.length).toBe(report.data.instruments.filter((i) => i.level === 'cis').length);
  });

  it('a facet combines with words: "agreement" among 1990s instruments', async () => {
    const found = await Promise.all(
      (await api.search('agreement', { filters: { decade: '1990s', type: 'Instrument' } })).results.map((r) => r.data()),
    );
    expect(found.length).toBeGreaterThan(0);
    const ids = new Map(report.data.instruments.map((i) => [instrumentUrl(i.id), i]));
    for (const d of found) expect(instrumentDate(ids.get(d.url) ?? expect.unreachable(d.url)) ?? '').toMatch(/^199/);
  });

  it('sorting by date orders instruments by their date, both ways', async () => {
    const dates = new Map(report.data.instruments.map((i) => [instrumentUrl(i.id), instrumentDate(i)]));
    for (const dir of ['asc', 'desc'] as const) {
      const found = await Promise.all(
        (await api.search(null, { filters: { type: 'Instrument' }, sort: { date: dir } })).results.map((r) => r.data()),
      );
      const seq = found.map((d) => sortableDate(dates.get(d.url) ?? '0000'));
      expect(seq.length).toBe([...dates.values()].filter((d) => d !== undefined).length);
      const sorted = [...seq].sort();
      expect(seq).toEqual(dir === 'asc' ? sorted : sorted.reverse());
    }
  });
});

describe('search under a base path', () => {
  it('result URLs carry the base, and point at pages that exist', async () => {
    const fixture = loadReport(fixtureRoot);
    const base = '/two-valleys/';
    const sub = await loadPagefind(underBase.outDir, base);
    const inst = fixture.data.instruments[0];
    if (!inst) throw new Error('the fixture needs an instrument');
    const found = await topResults(sub, inst.title, 3);
    expect(found.map((r) => r.url)).toContain(`/two-valleys${instrumentUrl(inst.id)}`);
    for (const r of found) expect(fs.existsSync(path.join(underBase.outDir, r.url.slice(base.length), 'index.html')), r.url).toBe(true);
  });
});

describe('what a first search downloads', () => {
  it('stays small: under 250 KB for a first query, WebAssembly included', async () => {
    fetched.clear();
    const fresh = await loadPagefind(real.outDir, '/', true);
    await topResults(fresh, 'water', 5);
    const bytes = [...fetched.values()].reduce((a, b) => a + b, 0);
    console.log(`[search] first query fetched ${fetched.size} files, ${bytes} bytes (pagefind.js itself not counted)`);
    expect(bytes).toBeLessThan(250_000);
  });
});
