/**
 * The catalogue in every language: on the fixture's German edition, record
 * pages, their indexes and the notes and data pages show every record field
 * in German (from `field@de` in the data), every word from the messages, and
 * link within the edition, with no fallback notice; the English edition shows
 * a region's names in the other languages, marked with their `lang`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, findAll, pageLookup, readPages, textOf, type Element, type Page } from '../helpers/html.ts';
import { useSite } from '../helpers/sites.ts';

const byAttr = (name: string) => (el: Element) => attr(el, name) !== undefined;
const main = (p: Page): Element => findAll(p.document, byTag('main'))[0] ?? expect.unreachable(`${p.url} has no <main>`);
const links = (el: Element): string[] => findAll(el, byTag('a')).map((a) => attr(a, 'href') ?? '');

describe('the catalogue of the fixture in German', () => {
  const site = useSite('fixture');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  it('shows an instrument in German: title, kind, parties, status, dates, lifecycle; no fallback notice', () => {
    const p = page('/de/treaties/river-accord-2020/');
    expect(findAll(p.document, byTag('h1')).map(textOf)).toEqual(['Abkommen über den gemeinsamen Fluss']);
    // The "Cite this" box cites the record as published, in the default language: not the record's words.
    const cite = findAll(main(p), (el) => (attr(el, 'class') ?? '').split(' ').includes('cite-this')).map(textOf);
    const text = cite.reduce((rest, c) => rest.replace(c, ''), textOf(main(p)));
    for (const german of [
      'Vereinbarung',
      'Zwischen den beiden Tälern',
      'Nordtal',
      'Südtal',
      'In Kraft',
      'Juni 2020',
      'Verlauf',
      'Kurzname',
      'Flussabkommen',
    ])
      expect(text, german).toContain(german);
    for (const english of ['Accord on the Shared River', 'North Valley', 'Agreement', 'Lifecycle', 'Short name', 'June 2020'])
      expect(text, english).not.toContain(english);
    expect(findAll(p.document, byAttr('data-fallback-notice'))).toEqual([]);
  });

  it('links from a German record page stay in the German edition', () => {
    for (const url of [
      '/de/treaties/river-accord-2020/',
      '/de/regions/xa-nor/',
      '/de/forums/valley-forum-1/',
      '/de/institutions/river-council/',
    ]) {
      const internal = links(main(page(url))).filter(
        (href) => href.startsWith('/') && !href.startsWith('/data/') && !href.startsWith('/cite/'),
      );
      expect(internal.length, url).toBeGreaterThan(0);
      for (const href of internal) expect(href, `${url} links to ${href}`).toMatch(/^\/de\//);
    }
  });

  it('shows a forum, an institution and a region in German', () => {
    const forum = textOf(main(page('/de/forums/valley-forum-1/')));
    expect(forum).toContain('I. Forum, Nordstadt 2021');
    expect(forum).toContain('Ein gemeinsamer Bootsdienst');
    expect(forum).not.toContain('Northtown');
    expect(textOf(main(page('/de/institutions/river-council/')))).toContain('Tritt zweimal im Jahr zusammen');
    const region = page('/de/regions/xa-nor/');
    expect(findAll(region.document, byTag('h1')).map(textOf)).toEqual(['Nordtal']);
    // A page in another language does not show the default language's name.
    expect(textOf(main(region))).not.toContain('North Valley');
  });

  it('words the indexes, the notes and the data pages in German, the search filters too', () => {
    expect(findAll(page('/de/treaties/').document, byTag('h1')).map(textOf)).toEqual(['Abkommen und andere Dokumente']);
    expect(textOf(main(page('/de/regions/')))).toMatch(/Grenzregionen: .*Nordtal/);
    const notes = textOf(main(page('/de/notes/')));
    expect(notes).toContain('Die Länge des Flusses ist gerundet');
    expect(notes).toContain('Geltungsbereich');
    expect(textOf(main(page('/de/data/')))).toContain('Name auf Deutsch');
    const filters = findAll(page('/de/treaties/river-accord-2020/').document, byAttr('data-pagefind-filter')).map((el) =>
      attr(el, 'data-pagefind-filter'),
    );
    expect(filters).toContain('type:Dokument');
    expect(filters).toContain('decade:2020er');
    for (const url of ['/de/treaties/', '/de/regions/', '/de/forums/', '/de/institutions/', '/de/notes/', '/de/data/'])
      expect(findAll(page(url).document, byAttr('data-fallback-notice')), url).toEqual([]);
  });

  it('the English region page names the region in German too, marked de', () => {
    const p = page('/regions/xa-nor/');
    const marked = findAll(main(p), (el) => attr(el, 'lang') === 'de').map(textOf);
    expect(marked).toContain('Nordtal');
    expect(textOf(main(p))).toContain('Name in German');
  });
});
