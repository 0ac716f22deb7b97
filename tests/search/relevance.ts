/**
 * The engine's own relevance set, on the second-report fixture: queries and
 * the pages or sections each must bring into the first three results, run as
 * the reader's search runs (synonyms, then "did you mean"). The real report's
 * set is its own content (content/search/relevance.yaml, tests/build/
 * search-relevance.test.ts): a content change must not break an engine test.
 */
import type { RelevanceQuery } from '../../src/lib/search/relevance.ts';
import type { SynonymGroups } from '../../src/lib/search/synonyms.ts';

/** What site.yaml `search.synonyms` would hold for the fixture. */
export const fixtureSynonyms: SynonymGroups = [
  ['NV', 'North Valley'],
  ['SV', 'South Valley'],
];

export const fixtureRelevance: RelevanceQuery[] = [
  // Records
  { query: 'accord', expect: ['/treaties/river-accord-2020/'] },
  { query: 'River Council', expect: ['/institutions/river-council/'] },
  { query: 'North Valley', expect: ['/regions/xa-nor/'] },
  { query: 'East Valley', expect: ['/regions/xa-eas/'] },
  { query: 'Nordtal', expect: ['/regions/xa-nor/'] },
  // Sections of chapters
  { query: 'exports', expect: ['/chapters/trade/#exports'] },
  { query: 'population', expect: ['/chapters/rivers/#population'] },
  { query: 'geography', expect: ['/chapters/rivers/#geography'] },
  // Synonyms
  { query: 'NV', expect: ['/regions/xa-nor/'] },
  { query: 'SV', expect: ['/regions/xb-sou/'] },
  // Misspellings: "did you mean"
  { query: 'Geogrphy', suggest: 'Geography', expect: ['/chapters/rivers/#geography'] },
];

/**
 * The fixture's German edition, searched in its own index: Pagefind stems the
 * page's language, so inflected words ("Flusses", "Täler") find their page,
 * and the page's section ids keep their letters ("#bevölkerung").
 */
export const fixtureRelevanceDe: RelevanceQuery[] = [
  { query: 'Flusses', expect: ['/de/chapters/rivers/'] },
  { query: 'Bevölkerung', expect: ['/de/chapters/rivers/#bevölkerung'] },
  { query: 'Geographie', expect: ['/de/chapters/rivers/#geographie'] },
];
