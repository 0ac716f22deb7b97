/**
 * The facet values the engine writes (a page's type, a record's decade) are
 * in the page's language, from the messages: the search page lists them as
 * the pages give them.
 */
import { describe, expect, it } from 'vitest';
import { engineCatalogues } from '../../src/i18n/catalogues.ts';
import { translator } from '../../src/i18n/messages.ts';
import { decadeFacet, facetAttribute, pageTypes, typeFacet } from '../../src/lib/search/facets.ts';

const t = (code: string) => translator(code, engineCatalogues[code] ?? {});

describe('facet values in the page language', () => {
  it('the type of a page: English in the English edition, Russian in the Russian one', () => {
    expect(typeFacet(t('en'), 'instrument')).toBe('Instrument');
    expect(typeFacet(t('ru'), 'instrument')).toBe('Документ');
    expect(typeFacet(t('ru'), 'chapter')).toBe('Глава');
  });

  it('every page type has a value in every engine language, and no two types share one', () => {
    for (const code of Object.keys(engineCatalogues)) {
      const values = pageTypes.map((p) => typeFacet(t(code), p));
      expect(new Set(values).size, code).toBe(pageTypes.length);
    }
  });

  it('the decade of a full or partial date, its year not written as a quantity', () => {
    expect(decadeFacet(t('en'), '1992-05-25')).toBe('1990s');
    expect(decadeFacet(t('ru'), '1992-05-25')).toBe('1990-е');
    expect(decadeFacet(t('ru'), '2010')).toBe('2010-е');
  });

  it('the attribute Pagefind reads', () => {
    expect(facetAttribute('type', 'Документ')).toBe('type:Документ');
  });
});
