/**
 * Every page in every language: the fixture's German edition (a language the
 * engine does not ship: content/i18n/de.yaml and one translated chapter, no
 * code) and the real report's Russian one. Pages under /<code>/, `lang`,
 * hreflang both ways, the language switch, the fallback notice, the sitemap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, findAll, listFiles, pageLookup, readPages, textOf, type Element, type Page } from '../helpers/html.ts';
import { useSite } from '../helpers/sites.ts';

const htmlLang = (p: Page): string | undefined => {
  const [html] = findAll(p.document, byTag('html'));
  return html === undefined ? undefined : attr(html, 'lang');
};
const alternatesOf = (p: Page): Record<string, string> =>
  Object.fromEntries(
    findAll(
      p.document,
      (el: Element) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'hreflang') !== undefined,
    ).map((el) => [attr(el, 'hreflang') ?? '', attr(el, 'href') ?? '']),
  );
const byAttr = (name: string) => (el: Element) => attr(el, name) !== undefined;

describe('the fixture in a language the engine does not ship (German)', () => {
  const site = useSite('fixture');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  it('has every page of the default language under /de/ too, with lang="de"', () => {
    const english = pages.filter((p) => !p.url.startsWith('/de/') && p.url !== '/404.html');
    expect(english.length).toBeGreaterThan(5);
    for (const p of english) {
      expect(htmlLang(p), p.url).toBe('en');
      expect(htmlLang(page(`/de${p.url}`)), `/de${p.url}`).toBe('de');
    }
  });

  it('shows a translated chapter in German, its numbers written the German way', () => {
    const p = page('/de/chapters/rivers/');
    expect(findAll(p.document, byTag('h1')).map(textOf).join(' ')).toContain('Der gemeinsame Fluss');
    expect(findAll(p.document, byAttr('data-fallback-notice'))).toEqual([]);
    const english = textOf(findAll(page('/chapters/rivers/').document, byTag('main'))[0] ?? p.document);
    const german = textOf(findAll(p.document, byTag('main'))[0] ?? p.document);
    // The same population, grouped "1,234" in English and "1.234" in German.
    const shown = /has ([\d,]+) inhabitants/.exec(english)?.[1];
    expect(shown).toBeDefined();
    expect(german).toContain(`hat ${(shown ?? '').replace(/,/g, '.')} Einwohner`);
  });

  it('falls back to the English text of an untranslated chapter, with a notice and lang="en" on that text', () => {
    const p = page('/de/chapters/trade/');
    expect(htmlLang(p)).toBe('de');
    const [notice] = findAll(p.document, byAttr('data-fallback-notice'));
    expect(notice && textOf(notice)).toBe('Diese Seite gibt es noch nicht auf Deutsch; sie wird auf English gezeigt.');
    const [article] = findAll(p.document, byTag('article'));
    expect(article && attr(article, 'lang')).toBe('en');
    expect(findAll(page('/chapters/trade/').document, byAttr('data-fallback-notice'))).toEqual([]);
  });

  it('links each page to itself in every language, both ways, with x-default', () => {
    expect(alternatesOf(page('/chapters/rivers/'))).toEqual({
      en: 'https://example.com/chapters/rivers/',
      de: 'https://example.com/de/chapters/rivers/',
      'x-default': 'https://example.com/chapters/rivers/',
    });
    expect(alternatesOf(page('/de/chapters/rivers/'))).toEqual(alternatesOf(page('/chapters/rivers/')));
  });

  it('has a language switch on every page, leading to the same page in the other language', () => {
    for (const p of pages.filter((q) => q.url !== '/404.html')) {
      const links = findAll(p.document, byAttr('data-language-switch')).flatMap((nav) => findAll(nav, byTag('a')));
      const other = p.url.startsWith('/de/') ? p.url.slice(3) : `/de${p.url}`;
      expect(
        links.map((a) => [attr(a, 'href'), attr(a, 'hreflang')]),
        p.url,
      ).toEqual([[other, p.url.startsWith('/de/') ? 'en' : 'de']]);
    }
  });

  it('speaks German in the chrome of a German page', () => {
    const p = page('/de/');
    expect(findAll(p.document, (el) => el.tagName === 'a' && attr(el, 'class') === 'skip-link').map(textOf)).toEqual([
      'Zum Inhalt springen',
    ]);
    expect(findAll(p.document, byTag('h2')).map(textOf)).toContain('Kapitel');
  });

  it('lists the alternates in the sitemap', () => {
    const xml = listFiles(site.outDir)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => fs.readFileSync(path.join(site.outDir, f), 'utf8'))
      .join('\n');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://example.com/de/chapters/rivers/"/>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.com/chapters/rivers/"/>');
  });
});

describe('the real report’s Russian edition', () => {
  const site = useSite('real');
  let pages: Page[] = [];
  const page = pageLookup(() => pages);
  beforeAll(() => {
    pages = readPages(site.outDir);
  });

  it('has /ru/chapters/legal-framework/ in Russian, linked both ways to the English', () => {
    const p = page('/ru/chapters/legal-framework/');
    expect(htmlLang(p)).toBe('ru');
    expect(findAll(p.document, byAttr('data-fallback-notice'))).toEqual([]);
    const links = alternatesOf(p);
    expect(links['ru']).toMatch(/\/ru\/chapters\/legal-framework\/$/);
    expect(links['en']).toMatch(/[^u]\/chapters\/legal-framework\/$/);
    expect(alternatesOf(page('/chapters/legal-framework/'))).toEqual(links);
  });
});
