/** `npm run bench` over every edition: pages told by edition, reading pages and templates chosen in each. */
import { describe, expect, it } from 'vitest';
import { choosePages, editionOf, isChapter, isReading } from '../../src/cli/bench-pages.ts';

const pages = [
  '/',
  '/chapters/a/',
  '/chapters/b/',
  '/regions/',
  '/regions/x/',
  '/regions/y/',
  '/ru/',
  '/ru/chapters/a/',
  '/ru/regions/',
  '/ru/regions/x/',
  '/ru/regions/y/',
  '/rus/',
];

describe('bench pages by edition', () => {
  it('tells a page of another edition by its code, and only a whole path segment', () => {
    expect(editionOf('/ru/chapters/a/', ['ru'])).toEqual(['ru', '/chapters/a/']);
    expect(editionOf('/ru/', ['ru'])).toEqual(['ru', '/']);
    expect(editionOf('/rus/', ['ru'])).toEqual([undefined, '/rus/']);
    expect(editionOf('/ru/chapters/a/')).toEqual([undefined, '/ru/chapters/a/']);
  });

  it('counts home pages and chapters of every edition as reading pages', () => {
    expect(pages.filter((p) => isReading(p, ['ru']))).toEqual(['/', '/chapters/a/', '/chapters/b/', '/ru/', '/ru/chapters/a/']);
    expect(pages.filter((p) => isChapter(p, ['ru']))).toEqual(['/chapters/a/', '/chapters/b/', '/ru/chapters/a/']);
  });

  it('chooses every reading page and one page of each other kind in each edition', () => {
    expect(choosePages(pages, 'templates', ['ru'])).toEqual([
      '/',
      '/chapters/a/',
      '/chapters/b/',
      '/regions/',
      '/regions/x/',
      '/ru/',
      '/ru/chapters/a/',
      '/ru/regions/',
      '/ru/regions/x/',
      '/rus/',
    ]);
  });
});
