/**
 * The engine publishes any report: the second-report fixture (tiny and
 * fictional) builds with the same code, and nothing of the real report leaks
 * into it. Built once per run by tests/helpers/global-setup.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { attr, bodyText, byTag, findAll, listFiles, pageLookup, readPages, textOf, titleOf, type Page } from '../helpers/html.ts';
import { brokenLinks } from '../helpers/links.ts';
import { fixtureRoot } from '../helpers/paths.ts';
import { useSite } from '../helpers/sites.ts';

const report = loadReport(fixtureRoot);
const chapterPath = (id: string): string => (id === 'index' ? '/' : `/chapters/${id}/`);

describe('the second report builds with the same engine', () => {
  const site = useSite('fixture');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  it('has a home page', () => {
    expect(fs.existsSync(path.join(site.outDir, 'index.html'))).toBe(true);
  });

  it.each(report.chapters.map((c) => [c.id, c.data.title] as const))('has a page for the chapter "%s"', (id, title) => {
    const p = page(chapterPath(id));
    const headings = findAll(p.document, byTag('h1')).map(textOf);
    expect(headings.join(' | ')).toContain(title);
  });

  it('has a 404 page', () => {
    expect(fs.existsSync(path.join(site.outDir, '404.html'))).toBe(true);
  });

  it('has a sitemap listing every chapter at the report’s own URL', () => {
    const files = listFiles(site.outDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(files).toContain('sitemap-index.xml');
    const xml = files.map((f) => fs.readFileSync(path.join(site.outDir, f), 'utf8')).join('\n');
    for (const c of report.chapters) expect(xml).toContain(new URL(chapterPath(c.id), report.site.url).href);
  });

  it('carries the report’s title on every page', () => {
    for (const p of pages) expect(titleOf(p), p.url).toContain(report.site.shortTitle);
    expect(page('/').html).toContain(report.site.title);
  });

  it('contains no word of the real report', () => {
    const words = /Kazakh|Chelyabinsk|Kostanay|Nursultanova|Gumilyov|Astana|Orenburg|Nazarba|Казахстан|Челябинск/i;
    const leaks = listFiles(site.outDir)
      .filter((f) => /\.(?:html|xml|js|mjs|css|json|txt|svg|webmanifest)$/.test(f))
      .flatMap((f) => {
        const m = words.exec(fs.readFileSync(path.join(site.outDir, f), 'utf8'));
        return m ? [`${f}: "${m[0]}"`] : [];
      });
    expect(leaks).toEqual([]);
  });

  it('shows its own data: the figures, the table total and the editorial note', () => {
    const text = pages.map(bodyText).join('\n');
    for (const n of report.data.editorialNotes)
      expect(
        pages.some((p) => p.html.includes(`id="note-${n.id}"`)),
        n.id,
      ).toBe(true);
    const total = (report.datasets.find((d) => d.name === 'trade-flows')?.rows ?? []).reduce(
      (sum, f) => sum + Number(f.values['value']),
      0,
    );
    expect(text).toContain(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1 }).format(total));
    for (const r of report.data.regions) expect(text, r.id).toContain(r.shortName);
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(site.outDir, pages)).toEqual([]);
  });
});

describe('the second report under a sub-path (SITE_BASE=/two-valleys/)', () => {
  const site = useSite('fixtureUnderBase');
  const base = '/two-valleys/';

  it('links only to pages and assets that exist under the sub-path', () => {
    const pages = readPages(site.outDir);
    expect(pages.length).toBeGreaterThan(report.chapters.length);
    expect(brokenLinks(site.outDir, pages, base)).toEqual([]);
  });

  it('gives canonical URLs under the sub-path', () => {
    const pages = readPages(site.outDir);
    for (const p of pages.filter((x) => x.url !== '/404.html')) {
      const canonical = findAll(p.document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'));
      expect(canonical, p.url).toEqual([new URL(`${base.slice(1)}${p.url.slice(1)}`, report.site.url).href]);
    }
  });
});
