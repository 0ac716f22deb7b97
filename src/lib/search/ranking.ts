/**
 * How Pagefind ranks, tuned against the relevance sets (content/search/
 * relevance.yaml for the report, tests/search/relevance.ts for the fixture):
 * the browser (client.ts) and the tests' Node runner pass the same options.
 * @see https://pagefind.app/docs/ranking/
 */

/**
 * Pagefind's ranking weights (1.x). Only `pageLength` departs from Pagefind's
 * defaults (0.75): record pages are short, and at 0.75 their length alone put
 * a dozen treaty records above the chapter or section a query is about ("border",
 * "national law", "population"). On the report's English set, 0 to 0.2 hit every
 * query, 0.3 all but one, 0.75 all but three; 0.2 keeps a little preference for
 * the page that is mostly about the words. Since region pages show a
 * "Population of the border regions" section, "population" needs 0.02 or less
 * (44 of 45 English queries at 0.2); the Russian set hits 40 of 40 from 0 to 0.2.
 */
export const ranking = {
  termFrequency: 1.0,
  pageLength: 0.2,
  termSaturation: 1.4,
  termSimilarity: 1.0,
} as const;

/** What ranks and shows results: the browser's and the tests' Node runner's alike. */
export const searchOptions = { excerptLength: 24, ranking } as const;

/** The URL parameter that carries the words to highlight on the page a result opens (highlight.ts). */
export const highlightParam = 'highlight';

/** The options the browser gives Pagefind (before its base URL): result links carry ?highlight=word. */
export const pagefindOptions = { ...searchOptions, highlightParam } as const;

/** A best score under this is only a faint, partial match (a word inside a longer one): "did you mean" is offered. */
export const faintScore = 0.5;
