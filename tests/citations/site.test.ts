/**
 * Citations, back-links, footnotes, cross-references, "cite this" and the
 * scholarly metadata, read from the built sites (tests/helpers/global-setup.ts
 * builds them once per run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { attr, byTag, findAll, readPages, tablesOf, textOf, type Element, type Page } from '../helpers/html.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';
import { runBuild } from '../helpers/run-build.ts';
import { useSite } from '../helpers/sites.ts';

const real = loadReport(projectRoot);
const withId = (root: Page['document'] | Element, id: string): Element | undefined => findAll(root, (el) => attr(el, 'id') === id)[0];
const byClass =
  (name: string) =>
  (el: Element): boolean =>
    (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const fragment = (href: string): string => decodeURIComponent(href.split('#')[1] ?? '');
const pathOf = (href: string): string => href.split('#')[0] ?? '';

/**
 * The pages of the default edition. Citations, back-links and cross-references of the other
 * editions (/ru/, the fixture's /de/) still point into the default one: a later slice of issue 11.
 */
function sitePages(outDir: string): { pages: Page[]; page: (url: string) => Page } {
  const pages = readPages(outDir).filter((p) => !/^\/(?:ru|de)\//.test(p.url));
  return {
    pages,
    page: (url) => {
      const found = pages.find((p) => p.url === url);
      if (!found) throw new Error(`no page at ${url}`);
      return found;
    },
  };
}

describe('citations on the real site', () => {
  const site = useSite('real');
  let pages: Page[] = [];
  let page: (url: string) => Page = () => expect.unreachable();
  beforeAll(() => ({ pages, page } = sitePages(site.outDir)));
  const citations = () => pages.flatMap((p) => findAll(p.document, byClass('citation')).map((a) => ({ page: p, a })));
  const references = () => page('/chapters/references/');

  it('cites every reference at least once, and every citation resolves to an entry (both directions)', () => {
    const cited = new Set(citations().map(({ a }) => fragment(attr(a, 'href') ?? '')));
    const entries = findAll(references().document, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('ref-')).map((li) =>
      attr(li, 'id'),
    );
    expect(entries.length).toBe(real.data.references.length);
    expect(
      real.data.references.map((r) => `ref-${r.id}`).filter((id) => !cited.has(id)),
      'references no page cites',
    ).toEqual([]);
    expect(
      [...cited].filter((id) => !entries.includes(id)),
      'citations to no entry',
    ).toEqual([]);
    for (const { a } of citations()) expect(pathOf(attr(a, 'href') ?? '')).toBe('/chapters/references/');
  });

  it('gives each citation the id cite-<key>-<n>, n counting from 1 on each page', () => {
    for (const p of pages) {
      const ids = findAll(p.document, byClass('citation')).map(
        (a) => `${fragment(attr(a, 'href') ?? '').replace(/^ref-/, '')}|${attr(a, 'id') ?? ''}`,
      );
      const seen = new Map<string, number>();
      for (const entry of ids) {
        const [key = '', id = ''] = entry.split('|');
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        expect(id, `${p.url}: citation ${n} of ${key}`).toBe(`cite-${key}-${n}`);
      }
    }
  });

  it('links each bibliography entry back to every citation of it, and nothing else', () => {
    const backLinks = findAll(references().document, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('ref-')).flatMap(
      (li) =>
        findAll(li, byClass('cited-by')).flatMap((span) =>
          findAll(span, byTag('a')).map((a) => ({ key: (attr(li, 'id') ?? '').slice(4), href: attr(a, 'href') ?? '' })),
        ),
    );
    const targets = new Set(backLinks.map((b) => b.href));
    const everyCitation = citations().map(({ page: p, a }) => `${p.url}#${attr(a, 'id') ?? ''}`);
    expect(
      everyCitation.filter((c) => !targets.has(c)),
      'citations with no back-link',
    ).toEqual([]);
    for (const b of backLinks) {
      const target = withId(page(pathOf(b.href)).document, fragment(b.href));
      expect(target, `${b.href} exists`).toBeDefined();
      expect(attr(target as Element, 'href'), `${b.href} is a citation of ${b.key}`).toBe(`/chapters/references/#ref-${b.key}`);
    }
  });

  it('previews the entry on hover and focus, and gives it to screen readers as the description', () => {
    const entryText = (key: string): string =>
      textOf(findAll(withId(references().document, `ref-${key}`) as Element, byClass('entry'))[0] as Element);
    for (const { page: p, a } of citations()) {
      const preview = withId(p.document, attr(a, 'aria-describedby') ?? '');
      expect(preview, `${p.url} ${attr(a, 'id') ?? ''}: preview`).toBeDefined();
      expect(attr(preview as Element, 'role')).toBe('tooltip');
      expect(textOf(preview as Element)).toBe(entryText(fragment(attr(a, 'href') ?? '').slice(4)));
    }
  });

  it('ends each chapter with the works it cites', () => {
    for (const chapter of real.chapters.filter((c) => c.id !== 'references')) {
      const p = page(chapter.id === 'index' ? '/' : `/chapters/${chapter.id}/`);
      const cited = [...new Set(findAll(p.document, byClass('citation')).map((a) => fragment(attr(a, 'href') ?? '').slice(4)))].sort();
      const section = withId(p.document, 'works-cited');
      if (cited.length === 0) continue;
      expect(section && textOf(section), `${p.url}: heading`).toBe('Works cited in this chapter');
      const listed = findAll(p.document, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('cited-')).map((li) =>
        (attr(li, 'id') ?? '').slice(6),
      );
      expect(listed.toSorted(), p.url).toEqual(cited);
    }
  });

  it('writes narrative citations and cross-references as text, never raw syntax', () => {
    for (const p of pages) {
      const main = findAll(p.document, byTag('main'))[0];
      expect(main ? textOf(main) : '', p.url).not.toMatch(/\[-?@[a-z]|(?<![\w.])@(?:tbl|fig)-/);
    }
  });
});

describe('footnotes on the real site', () => {
  const site = useSite('real');
  let p: Page | undefined;
  beforeAll(() => {
    p = sitePages(site.outDir).page('/chapters/border-regions/');
  });

  it('link each reference to a note at the end, and back', () => {
    const doc = (p as Page).document;
    const refs = findAll(doc, (el) => el.tagName === 'a' && el.attrs.some((x) => x.name === 'data-footnote-ref'));
    expect(refs.length).toBeGreaterThan(0);
    for (const a of refs) {
      const note = withId(doc, fragment(attr(a, 'href') ?? ''));
      expect(note?.tagName).toBe('li');
      const back = findAll(note as Element, (el) => el.attrs.some((x) => x.name === 'data-footnote-backref'))[0];
      expect(fragment(attr(back as Element, 'href') ?? '')).toBe(attr(a, 'id'));
    }
    const section = findAll(doc, byClass('footnotes'))[0];
    expect(section && attr(section, 'class')).toContain('endnotes');
  });

  it('repeat each note as a sidenote beside its reference, hidden from screen readers and out of the tab order', () => {
    const doc = (p as Page).document;
    const sidenotes = findAll(doc, byClass('sidenote'));
    const notes = findAll(doc, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('user-content-fn-'));
    expect(sidenotes.length).toBe(notes.length);
    sidenotes.forEach((s, i) => {
      expect(attr(s, 'aria-hidden')).toBe('true');
      expect(textOf(s)).toContain(textOf(notes[i] as Element).replace(/\s*↑\S*$/, ''));
      for (const a of findAll(s, byTag('a'))) expect(attr(a, 'tabindex')).toBe('-1');
    });
  });

  it('keep the footnotes heading out of the table of contents', () => {
    const toc = findAll((p as Page).document, byClass('chapter-toc'))[0];
    expect(toc ? textOf(toc) : '').not.toContain('Footnotes');
  });
});

describe('numbered tables and cross-references on the real site', () => {
  const site = useSite('real');
  let pages: Page[] = [];
  beforeAll(() => ({ pages } = sitePages(site.outDir)));

  it('number the tables in page order: Table 1 in the border regions, Table 2 in the potential factors', () => {
    const captions = pages.flatMap((pg) => tablesOf(pg).map((t) => `${t.page} ${t.caption.split('.')[0] ?? ''}`));
    expect(captions).toContain('/chapters/border-regions/ Table 1');
    expect(captions).toContain('/chapters/potential-factors/ Table 2');
  });

  it('link "Table N" to the table, wherever it is', () => {
    const links = pages.flatMap((pg) =>
      findAll(pg.document, byClass('crossref')).map((a) => ({ text: textOf(a), href: attr(a, 'href') ?? '' })),
    );
    expect(links.map((l) => l.text).toSorted()).toEqual(['Table 1', 'Table 2']);
    for (const l of links) {
      const target = pages.find((pg) => pg.url === pathOf(l.href));
      const el = target && withId(target.document, fragment(l.href));
      expect(el && textOf(el), l.href).toMatch(new RegExp(`^${l.text}\\.`));
    }
  });
});

describe('cite this, metadata and JSON-LD on the real site', () => {
  const site = useSite('real');
  let pages: Page[] = [];
  let page: (url: string) => Page = () => expect.unreachable();
  beforeAll(() => ({ pages, page } = sitePages(site.outDir)));
  const chapterPages = () => real.chapters.map((c) => ({ chapter: c, p: page(c.id === 'index' ? '/' : `/chapters/${c.id}/`) }));

  it('offers APA, GOST R 7.0.100-2018, BibTeX and RIS for each work on every chapter, each copyable and downloadable', () => {
    for (const { p } of chapterPages()) {
      const panel = findAll(p.document, byClass('cite-this'))[0];
      expect(panel?.tagName, p.url).toBe('details');
      const headings = findAll(panel as Element, byClass('format-name')).map(textOf);
      const works = findAll(panel as Element, (el) => attr(el, 'data-cite-work') !== undefined).length;
      expect(works, p.url).toBe(real.site.sourceWork === undefined ? 1 : 2);
      expect(headings).toEqual(Array.from({ length: works }, () => ['APA', 'GOST R 7.0.100-2018', 'BibTeX', 'RIS']).flat());
      for (const b of findAll(panel as Element, byTag('button')))
        expect(withId(p.document, attr(b, 'data-copy') ?? ''), `${p.url} copy target`).toBeDefined();
      const downloads = findAll(panel as Element, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map(
        (a) => attr(a, 'href') ?? '',
      );
      expect(downloads).toHaveLength(4 * works);
      expect(new Set(downloads).size).toBe(downloads.length);
      for (const d of downloads) expect(fs.existsSync(path.join(site.outDir, d)), d).toBe(true);
    }
  });

  it('formats a chapter’s citation in each format, by the site’s editors and dated by the site', () => {
    const dir = path.join(site.outDir, 'cite');
    const read = (f: string): string => fs.readFileSync(path.join(dir, f), 'utf8');
    const [first] = real.site.editors;
    const cited = first?.kind === 'group' ? first.name : (first?.name.split(' ').at(-1) ?? '');
    const [year = '', month] = real.site.date.split('-');
    const title = real.chapters.find((c) => c.id === 'methods')?.data.title ?? '';
    const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const url = `${real.site.url}/chapters/methods/`;
    expect(read('chapter-methods.apa.txt')).toMatch(
      new RegExp(`^${esc(cited)}\\.? \\(${year}(?:, \\w+)?\\)\\. ${esc(title)}\\. ${esc(real.site.title)}\\. ${esc(url)}\\n$`),
    );
    expect(read('chapter-methods.gost.txt')).toMatch(
      new RegExp(`^${esc(cited)}\\.? ${esc(title)} / .*// ${esc(real.site.title)}\\. – ${year}\\. – URL: ${esc(url)}\\.\\n$`),
    );
    const bib = read('chapter-methods.bib');
    expect(bib).toMatch(
      new RegExp(`^@misc\\{[^\\n]+,\\n[\\s\\S]*title = \\{${esc(title.split(':')[0] ?? '')}[\\s\\S]*url = \\{${esc(url)}\\}`),
    );
    expect(bib).toContain(`year = {${year}}`);
    if (month !== undefined) expect(bib).toContain(`month = {${Number(month)}}`);
    const ris = read('chapter-methods.ris');
    expect(ris).toMatch(/^TY {2}- ELEC\n/);
    expect(ris).toContain(`PY  - ${year}\n`);
    expect(ris.trim().endsWith('ER  -')).toBe(true);
    expect(
      ris
        .trim()
        .split('\n')
        .every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(line)),
      'every RIS line is a tag',
    ).toBe(true);
    expect(read('report.ris')).toMatch(/^TY {2}- ELEC/);
  });

  it('offers the whole bibliography for download, GOST entries of a journal article, a chapter and a web page included', () => {
    const refsPage = page('/chapters/references/');
    const links = findAll(refsPage.document, byClass('bibliography-downloads')).flatMap((p) =>
      findAll(p, byTag('a')).map((a) => attr(a, 'href') ?? ''),
    );
    expect(links).toEqual(['/cite/references.bib', '/cite/references.ris', '/cite/references.apa.txt', '/cite/references.gost.txt']);
    for (const l of links) expect(fs.existsSync(path.join(site.outDir, l)), l).toBe(true);
    const gost = fs.readFileSync(path.join(site.outDir, 'cite/references.gost.txt'), 'utf8').split('\n');
    expect(gost).toContain(
      'Chernobay, O. L. The cross-border cooperation of the Novosibirsk region with the Republic of Kazakhstan / O. L. Chernobay // Authority. – 2015. – no. 1. – P. 87–90.',
    );
    expect(gost).toContain(
      'Muzaparova, L. Kazakhstani-Russian economic cooperation: status and perspectives / L. Muzaparova // Perspectives of cooperation between Kazakhstan and Russia in new geopolitical terms: materials of the 4th bilateral international research-practical conference KISS-IWEIR / B. K. Sultanov (ed.). – Almaty : Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan, 2009. – P. 127–134.',
    );
    expect(gost).toContain(
      'XII Forum of Interregional Cooperation of Russia and Kazakhstan. – 2015. – URL: http://kremlin.ru/events/president/news/50299 (accessed: 15.08.2016).',
    );
    expect(gost.filter((l) => l !== '')).toHaveLength(real.data.references.length);
    const ris = fs.readFileSync(path.join(site.outDir, 'cite/references.ris'), 'utf8').trim().split('\n');
    expect(ris.filter((l) => l.startsWith('TY  -'))).toHaveLength(real.data.references.length);
    expect(
      ris.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}-( |$)/.test(l)),
      'every RIS line is a tag',
    ).toBe(true);
    const bib = fs.readFileSync(path.join(site.outDir, 'cite/references.bib'), 'utf8');
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(real.data.references.length);
  });

  it('describes the site as a WebSite and each chapter as a WebPage of it, in JSON-LD that parses and cannot break out of its script', () => {
    for (const { chapter, p } of chapterPages()) {
      const scripts = findAll(p.document, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map((s) =>
        s.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join(''),
      );
      const data = scripts.map((s) => JSON.parse(s) as Record<string, unknown>);
      for (const s of scripts) expect(s).not.toMatch(/<\/?script/i);
      const mine = data.find((d) => d['@type'] === (chapter.id === 'index' ? 'WebSite' : 'WebPage'));
      expect(mine, p.url).toBeDefined();
      if (chapter.id !== 'index') {
        expect(mine?.['name']).toBe(chapter.data.title);
        expect(mine?.['isPartOf']).toMatchObject({ '@type': 'WebSite', name: real.site.title, url: `${real.site.url}/` });
      }
    }
    expect(pages.length).toBeGreaterThan(0);
  });
});

describe('the second report', () => {
  const site = useSite('fixture');
  it('links its citations and back-links the same way', () => {
    const { pages, page } = sitePages(site.outDir);
    const refs = page('/chapters/references/');
    const backs = findAll(refs.document, byClass('cited-by')).flatMap((s) => findAll(s, byTag('a')).map((a) => attr(a, 'href') ?? ''));
    expect(backs.length).toBeGreaterThan(0);
    for (const b of backs) expect(withId(page(pathOf(b)).document, fragment(b)), b).toBeDefined();
    expect(
      pages.flatMap((p) => findAll(p.document, byClass('citation'))).every((a) => /^cite-[a-z0-9-]+-\d+$/.test(attr(a, 'id') ?? '')),
    ).toBe(true);
  });
});

describe('an unknown cross-reference stops the build', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-crossref-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  it('naming the file, the line and the id', { timeout: 180_000 }, async () => {
    const root = path.join(work, 'report');
    fs.cpSync(fixtureRoot, root, { recursive: true });
    const file = path.join(root, 'content/chapters/trade.mdx');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${text.trimEnd()}\n\nAs @tbl-missing shows.\n`);
    const line = `${text.trimEnd()}\n\nAs`.split('\n').length;
    const run = await runBuild({ reportRoot: root, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(
      new RegExp(`trade\\.mdx:${line}\\b[^\\n]*\\n?[^\\n]*unknown table or figure "@tbl-missing"`),
    );
    expect(fs.existsSync(path.join(work, 'dist'))).toBe(false);
  });
});
