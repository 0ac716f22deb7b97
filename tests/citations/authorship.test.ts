/**
 * Who wrote what, read from the built sites: the site's pages are by the site's
 * editors (content/site.yaml), dated by the site, and based on the source work
 * (`sourceWork`, a reference in data/references.yaml) whose authors appear only
 * as that work's authors. Every expected name comes from the report's own
 * configuration and data, so the same tests hold for the real report and for
 * the fixture (tests/helpers/global-setup.ts builds both once per run).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport, type Report } from '../../src/report/load.ts';
import { editorNames } from '../../src/lib/site.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
import { attr, byTag, findAll, normalizeSpace, readPages, textOf, type Element, type Page } from '../helpers/html.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';
import { useSite, type SiteName } from '../helpers/sites.ts';

const builds: Array<{ name: SiteName; root: string; base: string }> = [
  { name: 'real', root: projectRoot, base: '/' },
  { name: 'fixture', root: fixtureRoot, base: '/' },
  { name: 'fixtureUnderBase', root: fixtureRoot, base: '/two-valleys/' },
];

const byClass =
  (name: string) =>
  (el: Element): boolean =>
    (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const metaNamed = (p: Page, test: (name: string) => boolean): Array<{ name: string; content: string }> =>
  findAll(p.document, (el) => el.tagName === 'meta' && test(attr(el, 'name') ?? '')).map((m) => ({
    name: attr(m, 'name') ?? '',
    content: attr(m, 'content') ?? '',
  }));
const jsonLdOf = (p: Page): Array<Record<string, unknown>> =>
  findAll(p.document, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map(
    (s) => JSON.parse(s.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join('')) as Record<string, unknown>,
  );
const namesIn = (agents: unknown): string[] =>
  (Array.isArray(agents) ? agents : []).map((a) => String((a as Record<string, unknown>)['name'] ?? ''));

/** What the report says about authorship: its editors, its date, and the source work with that work's authors. */
function authorshipOf(report: Report) {
  const source = report.data.references.find((r) => r.id === report.site.sourceWork);
  if (source === undefined) throw new Error(`the report's sourceWork "${report.site.sourceWork ?? ''}" is not a reference`);
  const sourceAuthors = source.author.map((a) =>
    'literal' in a ? { family: a.literal, full: a.literal } : { family: a.family, full: `${a.given ?? ''} ${a.family}`.trim() },
  );
  const editors = report.site.editors.map((e) => e.name);
  // How a citation names an editor: a group by its name, a person by the family name (the last word unless set).
  const editorsCited = report.site.editors.map((e) => (e.kind === 'group' ? e.name : (e.family ?? e.name.split(/\s+/).at(-1) ?? e.name)));
  return { source, sourceAuthors, editors, editorsCited, year: report.site.date.slice(0, 4) };
}

for (const { name, root, base } of builds) {
  describe(`authorship on the ${name} site`, () => {
    const site = useSite(name);
    const report = loadReport(root);
    const who = authorshipOf(report);
    let pages: Page[] = [];
    beforeAll(() => {
      pages = readPages(site.outDir);
    });
    const chapterPages = (): Page[] =>
      report.chapters
        .filter((c) => c.id !== 'references')
        .map((c) => {
          const url = c.id === 'index' ? '/' : `/chapters/${c.id}/`;
          const p = pages.find((x) => x.url === url);
          if (!p) throw new Error(`no page at ${url}`);
          return p;
        });

    it('the editors and the source are not the same people (else these tests prove nothing)', () => {
      expect(who.sourceAuthors.length).toBeGreaterThan(0);
      for (const a of who.sourceAuthors) expect(who.editors.join(' ')).not.toContain(a.family);
    });

    it('carries no citation_* (Highwire) tags, so no page names the source’s authors as its own', () => {
      expect(pages.length).toBeGreaterThan(0);
      for (const p of pages) {
        const authors = metaNamed(p, (n) => n === 'citation_author');
        for (const a of who.sourceAuthors)
          expect(authors.map((m) => m.content).join('|'), `${p.url} citation_author`).not.toContain(a.family);
        expect(
          metaNamed(p, (n) => n.startsWith('citation_')),
          p.url,
        ).toEqual([]);
      }
    });

    // A page names the editors in its language (`name@<code>` in site.yaml): the locale its URL starts with.
    const editorsOn = (p: Page): string[] => {
      const code = siteLocales(report.site).find((l, i) => i > 0 && p.url.startsWith(`/${l.code}/`))?.code;
      return code === undefined ? who.editors : editorNames(report.site, code);
    };

    it('names the site’s editors as the page author, in the page’s language', () => {
      for (const p of pages)
        expect(
          metaNamed(p, (n) => n === 'author').map((m) => m.content),
          p.url,
        ).toEqual([editorsOn(p).join(', ')]);
    });

    it('says on every page that the text is by the editors and based on the source, cited in full', () => {
      for (const p of pages) {
        const footer = findAll(p.document, byTag('footer')).at(-1);
        const text = footer ? textOf(footer) : '';
        for (const e of editorsOn(p)) expect(text, `${p.url} footer names the editor`).toContain(e);
        const based = footer ? findAll(footer, byClass('based-on'))[0] : undefined;
        expect(based, `${p.url} footer: based on`).toBeDefined();
        const entry = textOf(based as Element);
        expect(entry).toContain(who.source.title);
        expect(entry, p.url).toContain(who.sourceAuthors[0]?.family ?? '');
        // Another edition says it in its words and cites in its style ("По материалам статьи: … [et al.]. – [s. a.]").
        const lang = attr(findAll(p.document, byTag('html'))[0] as Element, 'lang');
        if (lang !== report.site.lang) continue;
        for (const a of who.sourceAuthors) expect(entry, `${p.url}: ${a.family}`).toContain(a.family);
        expect(entry).toMatch(/^Based on the \w+: /);
        expect(entry).toContain(who.source.issued === undefined ? '(n.d.)' : who.source.issued.slice(0, 4));
      }
    });

    it('puts the editors and the site’s own date on the home page’s byline', () => {
      const home = pages.find((p) => p.url === '/');
      const byline = home ? findAll(home.document, byClass('byline'))[0] : undefined;
      const text = byline ? textOf(byline) : '';
      for (const e of who.editors) expect(text).toContain(e);
      expect(byline && findAll(byline, byTag('time')).map((t) => attr(t, 'datetime'))).toEqual([report.site.date]);
      for (const a of who.sourceAuthors)
        expect(text.replace(/Based on the[\s\S]*$/, ''), 'source authors only inside the citation').not.toContain(a.family);
    });

    it('offers two works in "Cite this": the source first, with its own authors and date; then the page, by the editors', () => {
      for (const p of chapterPages()) {
        const panel = findAll(p.document, byClass('cite-this'))[0];
        expect(panel, p.url).toBeDefined();
        const works = findAll(panel as Element, (el) => attr(el, 'data-cite-work') !== undefined);
        expect(
          works.map((w) => attr(w, 'data-cite-work')),
          p.url,
        ).toEqual(['source', 'page']);
        const [source, own] = works as [Element, Element];
        for (const w of works) {
          expect(findAll(w, byClass('format-name')).map(textOf)).toEqual(['APA', 'GOST R 7.0.100-2018', 'BibTeX', 'RIS']);
          const downloads = findAll(w, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href') ?? '');
          expect(downloads).toHaveLength(4);
          for (const d of downloads) {
            expect(d.startsWith(`${base}cite/`), d).toBe(true);
            expect(fs.existsSync(path.join(site.outDir, d.slice(base.length))), d).toBe(true);
          }
        }
        const apa = (w: Element): string =>
          normalizeSpace(textOf(findAll(w, (el) => (attr(el, 'id') ?? '').endsWith('-apa-text'))[0] as Element));
        const sourceApa = apa(source);
        for (const a of who.sourceAuthors) expect(sourceApa, `${p.url} source APA`).toContain(a.family);
        expect(sourceApa).toContain(who.source.issued === undefined ? '(n.d.)' : `(${who.source.issued.slice(0, 4)}`);
        if (who.source.issued === undefined) expect(textOf(source), `${p.url}: says why it is n.d.`).toMatch(/no date|not known|unknown/i);
        const ownApa = apa(own);
        expect(ownApa.startsWith(who.editorsCited[0] ?? '-'), `${p.url}: ${ownApa}`).toBe(true);
        expect(ownApa).toContain(`(${who.year}`);
        expect(ownApa).toContain(p.url === '/' ? '' : p.url.slice(1));
        for (const a of who.sourceAuthors) expect(ownApa, `${p.url}: the page's citation names no source author`).not.toContain(a.family);
      }
    });

    it('writes the RIS and BibTeX authors of each work from its own people: the source’s authors, then the editors', () => {
      const dir = path.join(site.outDir, 'cite');
      const ris = (file: string): string[] =>
        fs
          .readFileSync(path.join(dir, file), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('AU  - '))
          .map((l) => l.slice(6));
      expect(ris(`source-${who.source.id}.ris`).map((a) => a.split(',')[0])).toEqual(who.sourceAuthors.map((a) => a.family));
      const files = fs.readdirSync(dir).filter((f) => /^(?:report|chapter-.+)\.ris$/.test(f));
      expect(files.length).toBeGreaterThan(1);
      for (const f of files)
        expect(
          ris(f).map((a) => a.split(',')[0]),
          f,
        ).toEqual(who.editorsCited);
      for (const f of fs.readdirSync(dir).filter((x) => /^(?:report|chapter-.+)\.bib$/.test(x))) {
        const author = /^\s*author = \{(.*)\},$/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1] ?? '';
        for (const a of who.sourceAuthors) expect(author, f).not.toContain(a.family);
        for (const e of who.editorsCited) expect(author, f).toContain(e);
      }
    });

    it('describes each page in JSON-LD as a work by the editors, dated by the site, isBasedOn the source with its authors', () => {
      for (const p of chapterPages()) {
        const [data] = jsonLdOf(p);
        expect(data?.['@type'], p.url).toBe(p.url === '/' ? 'WebSite' : 'WebPage');
        expect(namesIn(data?.['author'])).toEqual(who.editors);
        expect(data?.['datePublished']).toBe(report.site.date);
        const basedOn = data?.['isBasedOn'] as Record<string, unknown> | undefined;
        expect(basedOn?.['name'], p.url).toBe(who.source.title);
        expect(namesIn(basedOn?.['author'])).toEqual(who.sourceAuthors.map((a) => a.full));
        expect(basedOn?.['datePublished']).toBe(who.source.issued);
        if (who.source.type === 'article-journal') expect(basedOn?.['@type']).toBe('ScholarlyArticle');
      }
    });
  });
}
