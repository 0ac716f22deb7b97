/**
 * The real report, built: every chapter of the article has a page, Tables 1
 * and 2 come from the data with totals that match the article, every
 * editorial note and reference is on the site, and every fact of the source
 * (tests/build/facts.ts) can be found in the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport, type Report } from '../../src/report/load.ts';
import {
  attr,
  bodyText,
  byTag,
  findAll,
  parseShownNumber,
  pageLookup,
  readPages,
  tablesOf,
  textOf,
  titleOf,
  type Element,
  type Page,
  type Table,
} from '../helpers/html.ts';
import { byEdition, editionCounts, editionsLeftOut } from '../helpers/editions.ts';
import { brokenLinks } from '../helpers/links.ts';
import { projectRoot } from '../helpers/paths.ts';
import { useSite } from '../helpers/sites.ts';
import { corrections, facts } from './facts.ts';

/** The article's stated totals. */
const table1Total = 5_638_263;
const table2Total = 870_200.5;
/** Sums in tenths, so decimal data adds up exactly. */
const tenths = (n: number): number => Math.round(n * 10);
const sumTenths = (values: readonly number[]): number => values.reduce((a, v) => a + tenths(v), 0);

/** The chapters of the article, as agreed: file name in content/chapters/ → path on the site. */
const articleChapters: Record<string, string> = {
  index: '/',
  introduction: '/chapters/introduction/',
  methods: '/chapters/methods/',
  'border-regions': '/chapters/border-regions/',
  'legal-framework': '/chapters/legal-framework/',
  'potential-factors': '/chapters/potential-factors/',
  challenges: '/chapters/challenges/',
  conclusions: '/chapters/conclusions/',
  references: '/chapters/references/',
};

/** The "## " and "### " headings of an MDX body, as plain text (headings holding components are skipped). */
function mdxHeadings(body: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m?.[1] || /[<{]/.test(m[1])) continue;
    out.push(
      m[1]
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return out;
}

let report: Report | undefined;
let reportError: unknown;
try {
  report = loadReport(projectRoot);
} catch (error) {
  reportError = error;
}
/** The validated real report; its tests fail with the validator's message if it is invalid. */
function real(): Report {
  if (!report) throw reportError instanceof Error ? reportError : new Error(String(reportError));
  return report;
}

/** A declared dataset's rows, as plain values. */
const rowsOf = (r: Report, name: string) => {
  const d = r.datasets.find((x) => x.name === name);
  if (!d) throw new Error(`the real report declares no dataset "${name}"`);
  return d.rows.map((row) => row.values);
};
const table1Rows = (r: Report) =>
  rowsOf(r, 'population')
    .filter((p) => p['year'] === 2015 && r.data.regions.some((g) => g.id === p['region'] && g.country === 'KZ' && g.border))
    .map((p) => ({ id: String(p['region']), value: Number(p['value']) }));
const table2Rows = (r: Report) =>
  rowsOf(r, 'trade-flows')
    .filter((f) => f['year'] === 2014)
    .map((f) => ({
      id: `${String(f['from'])} → ${String(f['to'])}`,
      from: String(f['from']),
      to: String(f['to']),
      value: Number(f['value']),
    }));

describe('the data behind Tables 1 and 2 adds up to the article’s totals', () => {
  it('Table 1: the 2015 populations of the 7 Kazakh border regions sum to 5,638,263', () => {
    const rows = table1Rows(real());
    expect(rows).toHaveLength(7);
    expect(rows.reduce((a, g) => a + g.value, 0)).toBe(table1Total);
  });

  it('Table 2: the 17 flows of 2014 sum to 870,200.5 thousand USD', () => {
    const rows = table2Rows(real());
    expect(rows).toHaveLength(17);
    expect(sumTenths(rows.map((f) => f.value))).toBe(tenths(table2Total));
    for (const f of rows) {
      const [from, to] = [f.from, f.to].map((id) => real().data.regions.find((g) => g.id === id));
      expect([from?.country, to?.country], f.id).toEqual(['KZ', 'RU']);
    }
  });
});

describe('the real report, built', () => {
  const site = useSite('real');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  describe('every chapter of the article has a page', () => {
    // Every chapter of the article is there; an editor may add chapters of the site's own.
    it('content/chapters holds every one of the article’s chapters', () => {
      const ids = new Set(real().chapters.map((c) => c.id));
      expect(Object.keys(articleChapters).filter((id) => !ids.has(id))).toEqual([]);
    });

    it.each(Object.entries(articleChapters))('%s → %s', (id, url) => {
      const p = page(url);
      const chapter = real().chapters.find((c) => c.id === id);
      if (!chapter) expect.unreachable(`no chapter content/chapters/${id}.mdx`);
      // Named in the <title> or the <h1> (the home page may carry the report's title instead).
      const names = `${titleOf(p)} | ${findAll(p.document, byTag('h1')).map(textOf).join(' | ')}`;
      const accepted = [chapter.data.title, chapter.data.shortTitle, ...(id === 'index' ? [real().site.title] : [])];
      expect(
        accepted.some((t) => names.includes(t)),
        `"${names}" names the chapter`,
      ).toBe(true);
      // And its text is there: every section heading of the MDX is a heading of the page.
      const plainQuotes = (t: string): string => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'); // Markdown's smart quotes
      const onPage = new Set(findAll(p.document, byTag('h2', 'h3')).map((h) => plainQuotes(textOf(h))));
      expect(
        mdxHeadings(chapter.body).filter((h) => !onPage.has(plainQuotes(h))),
        'headings of the chapter missing from its page',
      ).toEqual([]);
    });

    it('has a 404 page and a sitemap', () => {
      expect(fs.existsSync(path.join(site.outDir, '404.html'))).toBe(true);
      expect(fs.existsSync(path.join(site.outDir, 'sitemap-index.xml'))).toBe(true);
    });
  });

  describe('Tables 1 and 2 are rendered from the data, with computed totals', () => {
    /** The one table whose caption starts with `label` ("Table 1"). */
    const tableLabelled = (label: string): Table => {
      // The default edition's: the Russian one (/ru/) shows the same tables from the same data.
      const found = pages
        .filter((p) => !p.url.startsWith('/ru/'))
        .flatMap(tablesOf)
        .filter((t) => new RegExp(`^${label}\\b`).test(t.caption));
      expect(
        found.map((t) => `${t.page}: ${t.caption}`),
        `one table captioned "${label}…"`,
      ).toHaveLength(1);
      return found[0] as Table;
    };
    /** Numbers of the column whose header matches `header`, counted from the right (row headers may span rows). */
    const column = (table: Table, header: RegExp): { rows: number[]; total: number | undefined; totalText: string } => {
      const index = table.header.findIndex((h) => header.test(h));
      expect(index, `a column headed ${header} in ${table.header.join(' | ')}`).toBeGreaterThanOrEqual(0);
      const fromRight = table.header.length - 1 - index;
      const cell = (row: readonly string[]): string => row[row.length - 1 - fromRight] ?? '';
      const totalRow = [...table.foot, ...table.body].find((row) => /^total\b/i.test(row[0] ?? ''));
      expect(totalRow, 'a row headed "Total"').toBeDefined();
      const rows = table.body.filter((row) => row !== totalRow).map((row) => parseShownNumber(cell(row)) ?? Number.NaN);
      const totalText = totalRow ? cell(totalRow) : '';
      return { rows, total: parseShownNumber(totalText), totalText };
    };

    it('Table 1: its rows are the data, and its total row is their sum and the article’s 5,638,263', () => {
      const t = column(tableLabelled('Table 1'), /population/i);
      expect(t.rows, 'one row per Kazakh border region').toHaveLength(7);
      expect(t.rows.toSorted((a, b) => a - b)).toEqual(
        table1Rows(real())
          .map((g) => g.value)
          .toSorted((a, b) => a - b),
      );
      expect(t.rows.reduce((a, b) => a + b, 0)).toBe(t.total);
      expect(t.total).toBe(table1Total);
      expect(t.totalText).toBe('5,638,263');
    });

    it('Table 2: its rows are the data, and its total row is their sum and the article’s 870,200.5', () => {
      const t = column(tableLabelled('Table 2'), /thousand|US dollars|USD/i);
      expect(t.rows, 'one row per pair of regions').toHaveLength(17);
      expect(t.rows.map(tenths).toSorted((a, b) => a - b)).toEqual(
        table2Rows(real())
          .map((f) => tenths(f.value))
          .toSorted((a, b) => a - b),
      );
      expect(sumTenths(t.rows)).toBe(tenths(t.total ?? Number.NaN));
      expect(t.total).toBe(table2Total);
      expect(t.totalText).toBe('870,200.5');
    });
  });

  it('every editorial note is on some page (id="note-<id>")', () => {
    const ids = new Set(pages.flatMap((p) => findAll(p.document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'))));
    const notes = real().data.editorialNotes.map((n) => n.id);
    expect(notes.length, 'the nine inconsistencies of NOTES.md at least').toBeGreaterThanOrEqual(9);
    expect(
      notes.filter((id) => !ids.has(`note-${id}`)),
      'notes on no page',
    ).toEqual([]);
  });

  it('every reference is in the bibliography (id="ref-<id>"): the article’s list and the article itself', () => {
    const refs = real().data.references.map((r) => r.id);
    // The article lists 23 entries, one of them twice (an editorial note says so); the article itself is one more.
    expect(refs.length).toBeGreaterThanOrEqual(23);
    expect(refs).toContain(real().site.sourceWork);
    const ids = new Set(findAll(page('/chapters/references/').document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')));
    expect(
      refs.filter((id) => !ids.has(`ref-${id}`)),
      'references missing from /chapters/references/',
    ).toEqual([]);
  });

  it('has no broken internal links or #fragments, in any edition', () => {
    const urls = pages.map((p) => p.url);
    expect(editionsLeftOut(projectRoot, urls), `pages by edition: ${editionCounts(byEdition(projectRoot, urls))}`).toEqual([]);
    expect(brokenLinks(site.outDir, pages)).toEqual([]);
  });

  describe('each correction of the source-critical pass is made openly on the page (issue 9, section 5)', () => {
    /** The element right before `el` among its parent's children (text between them ignored). */
    const previousElement = (el: Element): Element | undefined => {
      const siblings = (el.parentNode?.childNodes ?? []).filter((n): n is Element => 'tagName' in n);
      return siblings[siblings.indexOf(el) - 1];
    };
    /** The chapter's own text: the main element without its editorial notes. */
    const proseOf = (url: string): string => {
      const main = findAll(page(url).document, byTag('main'))[0];
      if (!main) return '';
      const notes = new Set(findAll(main, (el) => attr(el, 'class') === 'editorial-note').map(textOf));
      let text = textOf(main);
      for (const n of notes) text = text.split(n).join(' ');
      return text;
    };
    it.each(corrections.map((c) => [c.finding, c] as const))('%s', (_finding, c) => {
      if (c.note) {
        const { id, claim, says, checkedAgainst } = c.note;
        const aside = findAll(page(c.page).document, (el) => attr(el, 'id') === `note-${id}`)[0];
        if (!aside) expect.unreachable(`no note-${id} on ${c.page}`);
        const before = previousElement(aside);
        expect(before && textOf(before), `the text right before note-${id}`).toMatch(claim);
        const noteText = textOf(aside);
        for (const pattern of says) expect(noteText, `note-${id} says`).toMatch(pattern);
        const links = findAll(aside, byTag('a')).map((a) => attr(a, 'href') ?? '');
        for (const ref of checkedAgainst) {
          expect(links, `note-${id} cites ${ref}`).toContain(`/chapters/references/#ref-${ref}`);
          expect(real().data.references.find((r) => r.id === ref)?.URL, `${ref} has a URL`).toBeDefined();
        }
      }
      const prose = proseOf(c.page);
      for (const pattern of c.prose ?? []) expect(prose).toMatch(pattern);
      for (const pattern of c.notInProse ?? []) expect(prose).not.toMatch(pattern);
    });

    it('the duplicated press statement keeps both access dates, and says which one its citation gives', () => {
      const entry = findAll(page('/chapters/references/').document, (el) => attr(el, 'id') === 'ref-kremlin-press-statement')[0];
      if (!entry) expect.unreachable('no ref-kremlin-press-statement');
      expect(textOf(entry)).toMatch(/15 August 2016[\s\S]*19 August 2016/);
      expect(textOf(entry)).toMatch(/first of the two/);
    });

    it('the XII Forum’s “16 September” is credited to the page that holds it (the South Urals Chamber’s)', () => {
      const forum = page('/forums/forum-12-sochi-2015/');
      expect(bodyText(forum)).toMatch(/16 September/);
      const outcomes = findAll(forum.document, (el) => attr(el, 'aria-labelledby') === 'outcomes')[0];
      if (!outcomes) expect.unreachable('no outcomes section');
      const links = findAll(outcomes, byTag('a')).map((a) => attr(a, 'href') ?? '');
      expect(links).toContain('/chapters/references/#ref-tpp74-2015');
      const tpp74 = real().data.references.find((r) => r.id === 'tpp74-2015');
      expect(tpp74?.title).toMatch(/September, 16/);
    });

    it('every region’s sourced Russian name shows its own source, never the article', () => {
      for (const region of real().data.regions) {
        const p = page(`/regions/${region.id.toLowerCase()}/`);
        const dl = findAll(p.document, (el) => attr(el, 'class') === 'facts')[0];
        const text = dl ? textOf(dl) : '';
        const russian = region.translations?.['ru']?.name;
        const source = region.sources?.['name@ru'];
        if (russian === undefined || source === undefined) continue;
        for (const s of source) {
          expect(s.ref, `${region.id}: the Russian name is not the article's`).not.toBe(real().site.sourceWork);
          expect(text, region.id).toContain(russian);
          expect(dl && findAll(dl, byTag('a')).map((a) => attr(a, 'href')), region.id).toContain(`/chapters/references/#ref-${s.ref}`);
        }
      }
    });

    it('every Russian title of an instrument shows its own source', () => {
      for (const inst of real().data.instruments.filter((i) => i.originalTitle)) {
        const source = inst.originalTitle?.source ?? inst.sources?.originalTitle?.[0];
        expect(source, `${inst.id}: originalTitle.source`).toBeDefined();
        expect(source?.ref, `${inst.id}: the Russian title is not the article's`).not.toBe(real().site.sourceWork);
        const p = page(`/treaties/${inst.id}/`);
        expect(
          findAll(p.document, byTag('a')).map((a) => attr(a, 'href')),
          inst.id,
        ).toContain(`/chapters/references/#ref-${source?.ref}`);
      }
    });
  });

  describe('every fact of the source can be found in the built pages', () => {
    let text = '';
    beforeAll(() => {
      text = pages.map(bodyText).join('\n');
    });
    it.each(facts.map((f) => [f.fact, f.pattern] as const))('%s', (_fact, pattern) => {
      expect(pattern.test(text), `${pattern} in the text of the site`).toBe(true);
    });
  });
});
