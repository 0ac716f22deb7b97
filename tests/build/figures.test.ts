/**
 * The figures on the built site: each a complete unit (number and caption,
 * graphic, description, source, collapsed data table, CSV and SVG downloads
 * that exist), maps out of line (an <img> of their own file, size reserved,
 * regions linked beside it), no Chart.js loaded by the HTML, and the
 * open-data page with every dataset as CSV and JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, findAll, readPages, textOf, type Element } from '../helpers/html.ts';
import { useSite } from '../helpers/sites.ts';
import { figureUsages } from '../../src/report/scan.ts';
import { reportMap } from '../../src/figures/map/index.ts';
import { loadReport } from '../../src/report/load.ts';
import { projectRoot } from '../helpers/paths.ts';

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
        const graphic = findAll(fig, hasClass('graphic'))[0];
        expect(graphic, 'a graphic').toBeDefined();
        if (!graphic) return;
        // One graphic: the SVG inline, or an image of the figure's own SVG file (with its text drawn over it, hidden from the accessibility tree).
        const shown = [
          ...findAll(graphic, byTag('img')),
          ...findAll(graphic, (el) => el.tagName === 'svg' && attr(el, 'aria-hidden') !== 'true'),
        ];
        expect(shown).toHaveLength(1);
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
    for (const name of ['regions', 'instruments', 'forums']) {
      for (const ext of ['csv', 'json']) {
        expect(links).toContain(`/data/${name}.${ext}`);
        expect(fs.existsSync(path.join(site.outDir, 'data', `${name}.${ext}`))).toBe(true);
      }
    }
    // The declared datasets (trade flows, key figures, population) are published as CSV with the Data Package.
    for (const name of ['trade-flows', 'key-figures', 'population']) {
      expect(links).toContain(`/data/datasets/${name}.csv`);
      expect(fs.existsSync(path.join(site.outDir, 'data/datasets', `${name}.csv`))).toBe(true);
    }
    const json = JSON.parse(fs.readFileSync(path.join(site.outDir, 'data/regions.json'), 'utf8')) as {
      rows: Array<{ id: string }>;
      fields: unknown[];
      licence: unknown;
    };
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.licence).toBeDefined();
    expect(findAll(page.document, (el) => attr(el, 'id') === 'region-KZ-KUS')).toHaveLength(1);
  });
});

describe('figures out of line', () => {
  const outOfLine = readPagesSafe().flatMap((page) =>
    figuresOf(page.document)
      .filter((fig) => findAll(fig, (el) => el.tagName === 'img' && hasClass('graphic')(el.parentNode as Element)).length > 0)
      .map((fig) => ({ page, fig, id: attr(fig, 'id') ?? '(no id)' })),
  );

  it('maps are images of their own SVG file, not inline SVG', () => {
    const maps = readPagesSafe().flatMap((p) => figuresOf(p.document).filter((f) => attr(f, 'data-figure') === 'map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      expect(
        findAll(map, (el) => el.tagName === 'svg' && attr(el, 'aria-hidden') !== 'true'),
        attr(map, 'id'),
      ).toHaveLength(0);
      expect(outOfLine.map((o) => o.id)).toContain(attr(map, 'id'));
    }
  });

  for (const { page, fig, id } of outOfLine) {
    it(`${page.url}#${id}: the image reserves its size, loads lazily and its file exists and follows the scheme`, () => {
      const img = findAll(fig, byTag('img'))[0];
      if (!img) throw new Error('no img');
      expect(attr(img, 'loading')).toBe('lazy');
      expect(attr(img, 'alt')?.trim() ?? '', 'alt text').not.toBe('');
      expect(attr(img, 'aria-describedby')).toBe(`${id}-desc`);
      const src = attr(img, 'src') ?? '';
      expect(src).toBe(`/data/figures/${id}.image.svg`);
      const file = path.join(site.outDir, src);
      expect(fs.existsSync(file), src).toBe(true);
      const svg = fs.readFileSync(file, 'utf8');
      const [, w, h] = /<svg[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
      // width and height give the box its aspect ratio before the file arrives: nothing moves when it does.
      expect([attr(img, 'width'), attr(img, 'height')]).toEqual([String(Math.round(Number(w))), String(Math.round(Number(h)))]);
      expect(svg, 'an image cannot follow links: none in the file').not.toMatch(/<a\b/);
      // In an <img>, prefers-color-scheme answers with the page's scheme: each colour class has its dark value.
      const dark = /@media \(prefers-color-scheme:dark\)\{([^<]*)\}<\/style>/.exec(svg)?.[1] ?? '';
      const classes = new Set(
        [...svg.matchAll(/\bclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)).filter((c) => /^[fs]-/.test(c)),
      );
      expect(classes.size).toBeGreaterThan(0);
      for (const c of classes) expect(dark, c).toMatch(new RegExp(`\\.${c}\\{(fill|stroke):#[0-9a-f]{6}\\}`));
      // The text is drawn in the page, over the image, in the same viewBox: labels use the page's fonts and colours.
      expect(svg, 'no text in the image').not.toMatch(/<text\b/);
      const layers = findAll(fig, (el) => el.tagName === 'svg');
      expect(layers.length).toBeLessThanOrEqual(1);
      const layer = layers[0];
      if (layer) {
        expect(attr(layer, 'aria-hidden')).toBe('true');
        expect(attr(layer, 'viewBox')).toBe(`0 0 ${w} ${h}`);
        expect(
          findAll(layer, (el) => el.tagName !== 'svg' && el.tagName !== 'text' && el.tagName !== 'tspan'),
          'only text in the layer',
        ).toEqual([]);
        // The download holds the whole figure: every label of the layer.
        const download = fs.readFileSync(path.join(site.outDir, `data/figures/${id}.svg`), 'utf8');
        const runs = findAll(layer, (el) => el.tagName === 'tspan' || (el.tagName === 'text' && findAll(el, byTag('tspan')).length === 0));
        expect(runs.length).toBeGreaterThan(0);
        for (const t of runs) expect(download).toContain(`>${textOf(t)}<`);
      }
      // Caption, description and table stay in the page.
      expect(findAll(fig, byTag('figcaption'))).toHaveLength(1);
      expect(findAll(fig, hasClass('description'))).toHaveLength(1);
      expect(findAll(fig, byTag('table'))).toHaveLength(1);
    });
  }

  it('each region a map draws as a link is linked from its figure, to a page that exists', () => {
    const report = loadReport(projectRoot);
    const href = (_table: string, id: string): string => `/regions/${id.toLowerCase()}/`;
    const maps = figureUsages(report).filter((u) => u.component === 'Map');
    expect(maps.length).toBeGreaterThan(0);
    for (const u of maps) {
      const content = reportMap(report, u.props as Record<string, unknown>, href);
      const inMap = [...content.svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(content.links.map((l) => l.href).sort(), u.id).toEqual(inMap);
      const shown = readPagesSafe()
        .flatMap((p) => figuresOf(p.document))
        .find((f) => attr(f, 'id') === u.id);
      if (!shown) throw new Error(`${u.id} is not on any page`);
      const links = findAll(shown, hasClass('regions')).flatMap((p) => findAll(p, byTag('a')));
      expect(links.map((a) => attr(a, 'href')).sort(), u.id).toEqual(content.links.map((l) => l.href).sort());
      for (const a of links) {
        expect(textOf(a).trim(), 'an accessible name').not.toBe('');
        expect(fs.existsSync(path.join(site.outDir, attr(a, 'href') ?? '', 'index.html')), attr(a, 'href')).toBe(true);
      }
    }
  });
});

function readPagesSafe(): ReturnType<typeof readPages> {
  return site.ok ? readPages(site.outDir).filter((p) => p.url.startsWith('/chapters/') || p.url === '/') : [];
}
