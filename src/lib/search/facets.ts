/**
 * The facet values the engine itself writes on indexed pages (a page's type,
 * a record's decade), in the page's language: the search page lists the
 * values as the pages give them, so a Russian page must give Russian ones
 * ("Документ", "1990-е"). Chapter and record pages call these; the words are
 * the messages search.type.* and search.decade.
 */
import type { Translate } from '../../i18n/messages.ts';

/** The kinds of indexed page, each the value of the "type" facet through its message search.type.<kind>. */
export const pageTypes = ['chapter', 'instrument', 'forum', 'institution', 'region'] as const;
export type PageType = (typeof pageTypes)[number];

/** The "type" facet's value of a page: "Instrument" in English, "Документ" in Russian. */
export const typeFacet = (t: Translate, type: PageType): string => t(`search.type.${type}`);

/** The "decade" facet's value of a date ("1992-05-25", "1995"): "1990s" in English, "1990-е" in Russian. */
export function decadeFacet(t: Translate, date: string): string {
  const year = Number.parseInt(date.slice(0, 4), 10);
  // A string, not a number: the year is not formatted as a quantity ("1 990").
  return t('search.decade', { decade: String(Math.floor(year / 10) * 10) });
}

/** `data-pagefind-filter` of a facet value: "type:Документ". */
export const facetAttribute = (facet: string, value: string): string => `${facet}:${value}`;
