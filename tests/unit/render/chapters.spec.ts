/**
 * The fixture's chapters compiled by the project's own MDX pipeline (with the
 * citation plugin) and rendered with the engine's MDX components and data.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '../../../src/components/mdx/index.ts';
import { attr, byTag, findAll, textOf, type Element } from '../../helpers/html.ts';
import * as Rivers from '../../fixtures/second-report/content/chapters/rivers.mdx';
import * as Trade from '../../fixtures/second-report/content/chapters/trade.mdx';

let rivers = '';
let trade = '';
const dom = (html: string) => parseFragment(html);
/** The text a reader sees: the citations' previews (shown on hover only) left out. */
const seen = (html: string): string => textOf(dom(html.replace(/<span class="citation-preview"[^>]*>[^<]*<\/span>/g, '')));
/** Each citation link as "text → href#fragment (id)". */
const citationLinks = (html: string): string[] =>
  findAll(dom(html), (el) => attr(el, 'class') === 'citation').map(
    (a) => `${textOf(a)} → ${attr(a, 'href') ?? ''} (${attr(a, 'id') ?? ''})`,
  );
const only = (els: Element[], what: string): Element => {
  if (els.length !== 1 || els[0] === undefined) throw new Error(`expected one ${what}, found ${els.length}`);
  return els[0];
};

beforeAll(async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  rivers = await container.renderToString(Rivers.default, { props: { components: mdxComponents } });
  trade = await container.renderToString(Trade.default, { props: { components: mdxComponents } });
});

describe('headings', () => {
  it('keep their automatic ids, which the table of contents links to', () => {
    expect(Rivers.getHeadings().map((h) => h.slug)).toEqual(['geography', 'key-figures', 'population']);
    expect(rivers).toContain('<h2 id="geography">Geography</h2>');
  });
});

describe('citations', () => {
  it('become author-date citations whose items link to the bibliography', () => {
    expect(seen(rivers)).toContain('long (Example, 2025, section 1).');
    expect(seen(rivers)).toContain('(see Valley Statistics Office, 2024, Table 1; Example, 2025)');
    expect(seen(trade)).toContain('Ada Example (2025, p. 3)');
    expect(citationLinks(rivers)).toEqual([
      'Example, 2025, section 1 → /chapters/references/#ref-sample-2025 (cite-sample-2025-1)',
      'Valley Statistics Office, 2024, Table 1 → /chapters/references/#ref-valley-stats-2024 (cite-valley-stats-2024-1)',
      'Example, 2025 → /chapters/references/#ref-sample-2025 (cite-sample-2025-2)',
    ]);
    expect(citationLinks(trade)).toContain('2025, p. 3 → /chapters/references/#ref-sample-2025 (cite-sample-2025-1)');
    expect(`${rivers}${trade}`).not.toMatch(/\[-?@/);
  });
  it('point at entries of the reference list', () => {
    const ids = new Set(findAll(dom(trade), (el) => el.tagName === 'li').map((li) => attr(li, 'id')));
    const targets = findAll(dom(`${rivers}${trade}`), (el) => attr(el, 'class') === 'citation').map((a) => attr(a, 'href')?.split('#')[1]);
    expect(targets.length).toBeGreaterThan(3);
    for (const t of targets) expect(ids, t).toContain(t);
  });
});

describe('values', () => {
  it('print numbers from the data with their source', () => {
    expect(rivers).toContain('<data value="120" title="Length of the shared river (source: Example, 2025, section 1)">about 120 km</data>');
    expect(seen(rivers)).toContain('has 1,200 inhabitants. The two border regions of its country have 2,000 together');
    expect(seen(trade)).toContain(
      'worth 300.5 thousand US dollars to the South (Valley Statistics Office, 2024): 75.1% of the 400.0 thousand US dollars',
    );
  });
});

describe('editorial note', () => {
  it('is a note named by its label and title', () => {
    const aside = only(findAll(dom(rivers), byTag('aside')), 'aside');
    expect(attr(aside, 'role')).toBe('note');
    expect(attr(aside, 'id')).toBe('note-length-rounding');
    const label = only(
      findAll(aside, (el) => attr(el, 'id') === attr(aside, 'aria-labelledby')),
      'label',
    );
    expect(textOf(label)).toBe("Editorial note · Scope The river's length is rounded");
    expect(textOf(aside)).toContain('Claim: The source gives the length as "about 120 km".');
    expect(textOf(aside)).toContain('Where: Example (2025), section 1.');
  });
});

describe('tables', () => {
  const tableIn = (html: string) => {
    const figure = only(findAll(dom(html), byTag('figure')), 'figure');
    const region = only(
      findAll(figure, (el) => attr(el, 'role') === 'region'),
      'scroll region',
    );
    const table = only(findAll(figure, byTag('table')), 'table');
    const rows = (section: string) =>
      findAll(table, byTag(section)).flatMap((s) => findAll(s, byTag('tr')).map((tr) => findAll(tr, byTag('th', 'td')).map(textOf)));
    return { figure, region, table, rows, text: textOf(figure) };
  };
  it('Table 1: rows, a computed total and a named source, in a focusable scroll region', () => {
    const t = tableIn(rivers);
    expect(attr(t.region, 'tabindex')).toBe('0');
    expect(attr(t.region, 'aria-label')).toBe('Table 1: Population of the valleys, 2024');
    expect(textOf(only(findAll(t.table, byTag('caption')), 'caption'))).toBe('Table 1. Population of the valleys, 2024');
    expect(t.rows('tbody')).toEqual([
      ['North', '1,200'],
      ['East', '800'],
    ]);
    expect(t.rows('tfoot')).toEqual([['Total', '2,000']]);
    expect(t.text).toMatch(/Source: Valley Statistics Office \(2024\), Table 1\.$/);
  });
  it('Table 2: one row group per exporter, computed shares and total', () => {
    const t = tableIn(trade);
    expect(t.rows('thead')).toEqual([['Exporting region', 'Importing region', 'Value, thousand US dollars', 'Share of total']]);
    expect(t.rows('tbody')).toEqual([
      ['North', 'South', '300.5', '75.1%'],
      ['East', 'South', '99.5', '24.9%'],
    ]);
    expect(t.rows('tfoot')).toEqual([['Total', '400.0', '100.0%']]);
    expect(
      findAll(t.table, byTag('tbody')).map((b) =>
        attr(
          only(
            findAll(b, (el) => attr(el, 'scope') === 'rowgroup'),
            'group header',
          ),
          'rowspan',
        ),
      ),
    ).toEqual(['1', '1']);
  });
  it('give every header cell a scope and right-align numbers', () => {
    for (const html of [rivers, trade]) {
      const { table } = tableIn(html);
      for (const th of findAll(table, byTag('th'))) expect(['col', 'row', 'rowgroup']).toContain(attr(th, 'scope'));
      for (const td of findAll(table, byTag('td'))) expect(attr(td, 'class')).toBe('num');
    }
  });
});

describe('key figures and references', () => {
  it('show each figure with its label and source', () => {
    const dl = only(findAll(dom(rivers), byTag('dl')), 'dl');
    expect(findAll(dl, byTag('dt')).map(textOf)).toEqual(['Length of the shared river']);
    expect(findAll(dl, byTag('dd')).map(textOf)).toEqual(['about 120 km', 'Source: Example (2025), section 1']);
  });
  it('list every reference, sorted, each with its anchor', () => {
    const items = findAll(dom(trade), byTag('li'));
    expect(items.map((li) => attr(li, 'id'))).toEqual(['ref-sample-2025', 'ref-valley-stats-2024']);
    // APA by citation-js; then links to the places that cite the entry.
    const part = (li: Element, cls: string): string =>
      findAll(li, (el) => attr(el, 'class') === cls)
        .map(textOf)
        .join('');
    expect(items.map((li) => part(li, 'entry'))).toEqual([
      'Example, A. (2025). River trade between the North and South valleys. Sample Research Lab.',
      'Valley Statistics Office. (2024, March). Valley statistics yearbook. https://example.com/yearbook',
    ]);
    const backLinks = (li: Element): string[] =>
      findAll(li, (el) => attr(el, 'class') === 'cited-by').flatMap((s) =>
        findAll(s, byTag('a')).map((a) => `${textOf(a)} → ${attr(a, 'href') ?? ''}`),
      );
    expect(items.map(backLinks)).toEqual([
      [
        'River → /chapters/rivers/#cite-sample-2025-1',
        '(2) → /chapters/rivers/#cite-sample-2025-2',
        'Trade → /chapters/trade/#cite-sample-2025-1',
      ],
      ['River → /chapters/rivers/#cite-valley-stats-2024-1', 'Trade → /chapters/trade/#cite-valley-stats-2024-1'],
    ]);
  });
  it('add no client script', () => {
    expect(`${rivers}${trade}`).not.toMatch(/<script/i);
  });
});
