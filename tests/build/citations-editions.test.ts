/**
 * Citations in every edition, on the built sites: each edition cites in the style its locale names
 * in site.yaml and in its own words. The fixture's German edition (Harvard, a language the engine
 * ships no catalogue for) and the real report's Russian edition (GOST R 7.0.100-2018): works
 * cited, the reference list and its back-links, "Cite this" and its download files, the 404 page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, findAll, pageLookup, readPages, textOf, type Element, type Page } from '../helpers/html.ts';
import { useSite } from '../helpers/sites.ts';

const byClass =
  (name: string) =>
  (el: Element): boolean =>
    (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const first = (root: Page['document'] | Element, test: (el: Element) => boolean): Element | undefined => findAll(root, test)[0];
const text = (root: Page['document'] | Element, test: (el: Element) => boolean): string => {
  const el = first(root, test);
  return el === undefined ? '' : textOf(el);
};
/** The "Cite this" panel's format names, its downloads and its summary. */
function panelOf(p: Page): { summary: string; names: string[]; downloads: string[]; copies: string[]; texts: string[] } {
  const panel = first(p.document, byClass('cite-this'));
  expect(panel, `${p.url}: a cite-this panel`).toBeDefined();
  const root = panel as Element;
  const page = first(root, (el) => attr(el, 'data-cite-work') === 'page') ?? root;
  return {
    summary: text(root, byTag('summary')),
    names: findAll(page, byClass('format-name')).map(textOf),
    downloads: findAll(page, byTag('a')).map((a) => attr(a, 'href') ?? ''),
    copies: findAll(page, byTag('button')).map(textOf),
    texts: findAll(page, byClass('text')).map(textOf),
  };
}

describe('the fixture’s German edition: its configured style (Harvard), in German', () => {
  const site = useSite('fixture');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  it('lists the works a chapter cites in Harvard, with German CSL words, linked to the German references', () => {
    const p = page('/de/chapters/rivers/');
    const section = first(p.document, byClass('works-cited')) as Element;
    expect(text(section, byTag('h2'))).toBe('In diesem Kapitel zitierte Werke');
    expect(textOf(section)).toContain(
      'Valley Statistics Office (2024) Valley statistics yearbook. Verfügbar unter: https://example.com/yearbook (Zugegriffen: 1. Februar 2025).',
    );
    const toEntry = findAll(section, byClass('to-entry')).map((a) => attr(a, 'href') ?? '');
    expect(toEntry.length).toBeGreaterThan(0);
    for (const href of toEntry) expect(href).toMatch(/^\/de\/chapters\/references\/#ref-/);
    // The English edition keeps APA and its own words.
    expect(text(page('/chapters/rivers/').document, byClass('works-cited'))).toContain('Works cited in this chapter');
  });

  it('offers Harvard first in "Cite this", then APA and GOST, in German, with the German page’s title, URL and language in its files', () => {
    const panel = panelOf(page('/de/chapters/rivers/'));
    expect(panel.summary).toBe('Dieses Kapitel zitieren');
    expect(panel.names).toEqual(['Harvard', 'APA', 'GOST R 7.0.100-2018', 'BibTeX', 'RIS']);
    expect(panel.copies[0]).toBe('Harvard kopieren');
    expect(panel.downloads).toEqual([
      '/cite/de/chapter-rivers.harvard.txt',
      '/cite/de/chapter-rivers.apa.txt',
      '/cite/de/chapter-rivers.gost.txt',
      '/cite/de/chapter-rivers.bib',
      '/cite/de/chapter-rivers.ris',
    ]);
    expect(panel.texts[0]).toContain('Der gemeinsame Fluss');
    expect(panel.texts[0]).toContain('https://example.com/de/chapters/rivers/');
    const ris = fs.readFileSync(path.join(site.outDir, 'cite/de/chapter-rivers.ris'), 'utf8');
    expect(ris).toMatch(/^LA {2}- de$/m);
    expect(ris).toMatch(/^TI {2}- Der gemeinsame Fluss$/m);
    expect(fs.readFileSync(path.join(site.outDir, 'cite/de/chapter-rivers.harvard.txt'), 'utf8')).toContain('Der gemeinsame Fluss');
    expect(panelOf(page('/chapters/rivers/')).names).toEqual(['APA', 'GOST R 7.0.100-2018', 'BibTeX', 'RIS']);
  });
});

describe('the real report’s Russian edition: GOST R 7.0.100-2018, in Russian', () => {
  const site = useSite('real');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  it('prints the references in GOST with the Russian cataloguer’s note, and offers the edition’s files', () => {
    const p = page('/ru/chapters/references/');
    const list = text(p.document, byClass('reference-list'));
    expect(list).toContain('URL: http://kremlin.ru/events/president/news/50299 (дата обращения: 15.08.2016)');
    expect(list).not.toContain('accessed:');
    const downloads = findAll(first(p.document, byClass('bibliography-downloads')) as Element, byTag('a')).map(
      (a) => attr(a, 'href') ?? '',
    );
    expect(downloads).toEqual([
      '/cite/ru/references.bib',
      '/cite/ru/references.ris',
      '/cite/ru/references.gost.txt',
      '/cite/ru/references.apa.txt',
    ]);
    expect(fs.readFileSync(path.join(site.outDir, 'cite/ru/references.gost.txt'), 'utf8')).toContain('(дата обращения: 15.08.2016)');
  });

  it('links each reference back to the Russian chapters that cite it, to citations that exist there', () => {
    const refs = page('/ru/chapters/references/');
    const backs = findAll(refs.document, byClass('cited-by')).flatMap((s) => findAll(s, byTag('a')).map((a) => attr(a, 'href') ?? ''));
    expect(backs.length).toBeGreaterThan(10);
    for (const href of backs) {
      const [url = '', id = ''] = href.split('#');
      expect(url, href).toMatch(/^\/ru\//);
      expect(
        findAll(page(url).document, (el) => attr(el, 'id') === id),
        href,
      ).toHaveLength(1);
    }
  });

  it('cites a Russian chapter in GOST first, by its Russian title, the Russian site title and its /ru/ URL', () => {
    const p = page('/ru/chapters/legal-framework/');
    const title = text(p.document, byTag('h1'));
    const panel = panelOf(p);
    expect(panel.summary).toBe('Как сослаться на эту главу');
    expect(panel.names).toEqual(['ГОСТ Р 7.0.100-2018', 'APA', 'BibTeX', 'RIS']);
    expect(panel.copies[0]).toBe('Скопировать (ГОСТ Р 7.0.100-2018)');
    const gost = panel.texts[0] ?? '';
    expect(title).toMatch(/[а-я]/);
    expect(gost).toContain(title.replace(/^[\d.]+\s*/, ''));
    expect(gost).toContain('// Приграничное сотрудничество Казахстана и России');
    expect(gost).toMatch(/URL: https?:\/\/[^ ]+\/ru\/chapters\/legal-framework\/\.$/);
    const ris = fs.readFileSync(path.join(site.outDir, 'cite/ru/chapter-legal-framework.ris'), 'utf8');
    expect(ris).toMatch(/^LA {2}- ru$/m);
    expect(fs.readFileSync(path.join(site.outDir, 'cite/ru/chapter-legal-framework.bib'), 'utf8')).toMatch(/language = \{ru\}/);
  });

  it('names the footnotes in Russian: the section’s heading and each back-link', () => {
    const p = page('/ru/chapters/methods/');
    expect(text(p.document, (el) => attr(el, 'id') === 'footnote-label')).toBe('Примечания');
    const backs = findAll(p.document, (el) => attr(el, 'data-footnote-backref') !== undefined).map((a) => attr(a, 'aria-label') ?? '');
    expect(backs.length).toBeGreaterThan(0);
    for (const label of backs) expect(label).toMatch(/^Вернуться к ссылке \d+(?:-\d+)?$/);
    expect(text(page('/chapters/methods/').document, (el) => attr(el, 'id') === 'footnote-label')).toBe('Footnotes');
  });

  it('reads a cross-reference in Russian, linked to the table on the Russian page', () => {
    const refs = findAll(page('/ru/chapters/border-regions/').document, byClass('crossref'));
    expect(refs.map((a) => [textOf(a), attr(a, 'href')])).toContainEqual(['Таблица 1', '/ru/chapters/border-regions/#tbl-population']);
  });

  it('says "page not found" in Russian too, linking to the Russian home page', () => {
    const p = page('/404.html');
    const ru = first(p.document, (el) => el.tagName === 'section' && attr(el, 'lang') === 'ru') as Element;
    expect(text(ru, byTag('h2'))).toBe('Страница не найдена');
    expect(findAll(ru, byTag('a')).map((a) => attr(a, 'href'))).toEqual(['/ru/']);
  });
});
