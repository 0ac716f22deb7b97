/**
 * The pages checked at every window size are chosen by shape (tests/helpers/browser-pages.ts):
 * pages that differ only in their text share one shape; a page with another component, or
 * another page template, has its own.
 */
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { onePerShape, pageShape, pagesAt, viewports } from '../helpers/browser-pages.ts';

const page = (url: string, body: string) => ({ url, document: parse(`<!doctype html><title>t</title><body>${body}</body>`) });

const record = (name: string) =>
  `<main class="wrap catalogue" data-astro-cid-abc><h1>${name}</h1><dl class="facts"><dt>Country</dt><dd>${name}</dd></dl></main>`;

describe('page shapes', () => {
  it('are the same for pages that differ only in their text', () => {
    expect(pageShape(page('/r/a/', record('Omsk')))).toBe(pageShape(page('/r/b/', record('Orenburg Oblast'))));
  });

  it('differ when a page has another component, another class or another style scope', () => {
    const base = pageShape(page('/r/a/', record('Omsk')));
    expect(pageShape(page('/r/a/', `${record('Omsk')}<div class="table-scroll"><table></table></div>`))).not.toBe(base);
    expect(pageShape(page('/r/a/', record('Omsk').replace('catalogue', 'chapter')))).not.toBe(base);
    expect(pageShape(page('/r/a/', record('Omsk').replace('data-astro-cid-abc', 'data-astro-cid-xyz')))).not.toBe(base);
  });

  it('give one page of each shape, the first by URL, and every page at the sizes that check every page', () => {
    const pages = [page('/r/b/', record('B')), page('/r/a/', record('A')), page('/x/', '<main><figure></figure></main>')];
    expect(onePerShape(pages).map((p) => p.url)).toEqual(['/r/a/', '/x/']);
    for (const v of viewports) expect(pagesAt(v, pages).length).toBe(v.everyPage ? 3 : 2);
    expect(viewports.filter((v) => v.everyPage).length).toBeGreaterThanOrEqual(2);
  });

  it('give one page of each shape in each language (<html lang>)', () => {
    const inLang = (url: string, lang: string) => ({
      url,
      document: parse(`<!doctype html><html lang="${lang}"><title>t</title><body>${record(url)}</body></html>`),
    });
    const pages = [inLang('/r/a/', 'en'), inLang('/r/b/', 'en'), inLang('/ru/r/a/', 'ru'), inLang('/ru/r/b/', 'ru')];
    expect(onePerShape(pages).map((p) => p.url)).toEqual(['/r/a/', '/ru/r/a/']);
  });
});
