/**
 * The figures on the built site: each a complete unit (number and caption,
 * graphic, description, source, collapsed data table, CSV and SVG downloads
 * that exist), no Chart.js loaded by the HTML, and the open-data page with
 * every dataset as CSV and JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, findAll, readPages, textOf, type Element } from '../helpers/html.ts';
import { useSite } from '../helpers/sites.ts';

const site = useSite('real');

const figuresOf = (root: Element | ReturnType<typeof readPages>[number]['document']): Element[] =>
  findAll(root, (el) => el.tagName === 'figure' && attr(el, 'data-figure') !== undefined);
const hasClass =
  (name: string) =>
  (el: Element): boolean =>
    (attr(el, 'class') ?? '').split(/\s+/).includes(name);

describe('figures on the built site', () => {
  it('the chapters carry at least six charts and four maps, numbered in order', () => {
    const figures = readPages(site.outDir)
      .filter((p) => p.url.startsWith('/chapters/') || p.url === '/')
      .flatMap((p) => figuresOf(p.document));
    expect(figures.filter((f) => attr(f, 'data-figure') === 'chart').length).toBeGreaterThanOrEqual(6);
    expect(figures.filter((f) => attr(f, 'data-figure') === 'map').length).toBeGreaterThanOrEqual(4);
  });

  for (const page of readPagesSafe()) {
    for (const fig of figuresOf(page.document)) {
      const id = attr(fig, 'id') ?? '(no id)';
      it(`${page.url}#${id} is complete`, () => {
        const caption = findAll(fig, byTag('figcaption'))[0];
        expect(caption && textOf(caption)).toMatch(/^Figure \d+\. \S/);
        expect(findAll(fig, byTag('svg'))).toHaveLength(1);
        const description = findAll(fig, hasClass('description'))[0];
        expect(description && textOf(description).length).toBeGreaterThan(40);
        const source = findAll(fig, hasClass('source'))[0];
        expect(source && textOf(source)).toMatch(/^Sources?: \S/);
        const details = findAll(fig, byTag('details'))[0];
        expect(details, 'a collapsed data table').toBeDefined();
        if (!details) return;
        expect(attr(details, 'open')).toBeUndefined();
        expect(
          findAll(details, byTag('tbody'))[0] && findAll(findAll(details, byTag('tbody'))[0] as Element, byTag('tr')).length,
        ).toBeGreaterThan(0);
        const downloads = findAll(fig, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href') ?? '');
        expect(downloads.map((h) => path.extname(h)).sort()).toEqual(['.csv', '.svg']);
        for (const href of downloads) {
          const file = path.join(site.outDir, href);
          expect(fs.existsSync(file), href).toBe(true);
          const text = fs.readFileSync(file, 'utf8');
          if (href.endsWith('.csv')) expect(text.split('\r\n').length).toBeGreaterThan(2);
          else expect(text).toMatch(/<svg[^>]*viewBox/);
        }
      });
    }
  }

  it('no page loads Chart.js in its HTML', () => {
    for (const page of readPages(site.outDir)) {
      const scripts = findAll(page.document, byTag('script')).map(
        (s) => `${attr(s, 'src') ?? ''} ${s.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('')}`,
      );
      expect(scripts.join('\n'), page.url).not.toMatch(/chart\.js|Chart\.register|new Chart\(/i);
    }
  });

  it('reading pages fetch at most 15 KB of JavaScript before interaction, none of it Chart.js', () => {
    for (const page of readPages(site.outDir).filter((p) => p.url.startsWith('/chapters/'))) {
      const srcs = findAll(page.document, byTag('script'))
        .map((s) => attr(s, 'src'))
        .filter((s): s is string => s !== undefined);
      const files = new Set<string>();
      // Each module and the modules it imports statically (what the browser fetches on load).
      const visit = (rel: string): void => {
        const file = path.join(site.outDir, rel);
        if (files.has(file) || !fs.existsSync(file)) return;
        files.add(file);
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g))
          visit(path.posix.join(path.posix.dirname(rel), m[1] ?? ''));
      };
      for (const src of srcs) visit(src);
      const bytes = [...files].reduce((n, f) => n + fs.statSync(f).size, 0);
      expect(bytes, page.url).toBeLessThanOrEqual(15 * 1024);
      for (const f of files) expect(fs.readFileSync(f, 'utf8'), `${page.url}: ${f}`).not.toMatch(/is already in use/); // a Chart.js error message: in its bundle only
    }
  });

  it('charts embed their model for the interactive version, which is a separate chunk', () => {
    const page = readPages(site.outDir).find((p) => p.url === '/chapters/potential-factors/');
    const models = page ? findAll(page.document, (el) => el.tagName === 'script' && attr(el, 'data-chart-model') !== undefined) : [];
    expect(models.length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(site.outDir, '_astro')).some((f) => /^interactive\..*\.js$/.test(f))).toBe(true);
  });

  it('the data page lists every dataset with CSV and JSON that exist, and a row per region', () => {
    const page = readPages(site.outDir).find((p) => p.url === '/data/');
    expect(page).toBeDefined();
    if (!page) return;
    const links = findAll(page.document, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map(
      (a) => attr(a, 'href') ?? '',
    );
    for (const name of ['regions', 'trade-flows', 'key-figures', 'instruments', 'forums']) {
      for (const ext of ['csv', 'json']) {
        expect(links).toContain(`/data/${name}.${ext}`);
        expect(fs.existsSync(path.join(site.outDir, 'data', `${name}.${ext}`))).toBe(true);
      }
    }
    const json = JSON.parse(fs.readFileSync(path.join(site.outDir, 'data/trade-flows.json'), 'utf8')) as {
      rows: Array<{ value: number }>;
      fields: unknown[];
      licence: unknown;
    };
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.licence).toBeDefined();
    expect(findAll(page.document, (el) => attr(el, 'id') === 'region-KZ-KUS')).toHaveLength(1);
  });
});

function readPagesSafe(): ReturnType<typeof readPages> {
  return site.ok ? readPages(site.outDir).filter((p) => p.url.startsWith('/chapters/') || p.url === '/') : [];
}
