/**
 * One search as the reader means it: the query and its synonym alternatives
 * (synonyms.ts) searched with Pagefind, the results merged by their best
 * score. Shared by the header dropdown, the search page and the tests, so the
 * relevance set measures what readers get.
 */
import { alternatives, type SynonymGroups } from './synonyms.ts';
import { withRefolded } from './inflection.ts';
import { faintScore } from './ranking.ts';
import { wordPattern } from './suggest.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words matched in this section, with Pagefind's score of each. */
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}

export interface Hit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchOptions {
  filters?: Record<string, string[] | string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's API a search needs (the browser's and the Node tests' alike). */
export interface SearchApi {
  search(term: string | null, o?: SearchOptions): Promise<{ results: Hit[]; filters?: Record<string, Record<string, number>> } | null>;
  debouncedSearch?(
    term: string | null,
    o?: SearchOptions,
    ms?: number,
  ): Promise<{ results: Hit[]; filters?: Record<string, Record<string, number>> } | null>;
}

export interface Found {
  results: Hit[];
  /** Facet counts of the alternative that found the most. */
  filters: Record<string, Record<string, number>>;
  /** The queries searched: as typed, then its synonym alternatives (not their refolded forms, inflection.ts). */
  queries: string[];
  /** Nothing found, or only faint matches (a word inside a longer one, or a typo match to an unrelated word): time to offer "did you mean". */
  faint: boolean;
}

/**
 * Searches `term` and its synonym alternatives, each also in the forms the
 * stemmer of the page's language `lang` needs (inflection.ts); null when a
 * newer search superseded this one (with `debounceMs`). A date order (`sort`)
 * applies to the query as typed only: merged results could not keep it.
 */
export async function find(
  api: SearchApi,
  term: string | null,
  synonyms: SynonymGroups,
  options: SearchOptions = {},
  debounceMs?: number,
  lang = '',
): Promise<Found | null> {
  const said = term === null || options.sort !== undefined ? [term] : alternatives(term, synonyms);
  // The refolded forms are searched but not shown as "also searched": they are the reader's words.
  const queries =
    said.length === 1 && said[0] === null
      ? said
      : withRefolded(
          said.filter((q) => q !== null),
          lang,
        );
  const first =
    debounceMs !== undefined && api.debouncedSearch
      ? await api.debouncedSearch(queries[0] ?? null, options, debounceMs)
      : await api.search(queries[0] ?? null, options);
  if (first === null) return null;
  const rest = await Promise.all(queries.slice(1).map((q) => api.search(q, options)));
  const all = [first, ...rest].filter((s) => s !== null);
  const best = new Map<string, { hit: Hit; order: number }>();
  let order = 0;
  for (const s of all) {
    for (const hit of s.results) {
      const seen = best.get(hit.id);
      if (seen === undefined || hit.score > seen.hit.score) best.set(hit.id, { hit, order: seen?.order ?? order });
      order += 1;
    }
  }
  const merged = [...best.values()];
  // A single search keeps Pagefind's own order (it may be a date order); merged searches go by score.
  if (all.length > 1) merged.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
  else merged.sort((a, b) => a.order - b.order);
  const results = merged.map((m) => m.hit);
  const widest = all.reduce((a, b) => (b.results.length > a.results.length ? b : a), first);
  const top = results[0];
  return {
    results,
    filters: widest.filters ?? {},
    queries: said.filter((q): q is string => q !== null),
    faint: term !== null && (top === undefined || top.score < faintScore || !answers((await top.data()).excerpt, queries)),
  };
}

/** Letters two words must share at their start for one to answer the other: a stem, or a typo late in the word. */
const sharedStart = 3;

/**
 * Whether an excerpt's highlighted words answer the words searched: each
 * highlight is a searched word, or shares its first letters with one (a
 * stemmed or typo-tolerant match: "договора" for "договор", "Bashkortostan"
 * for "Bashkortstan"). Pagefind's typo tolerance sometimes matches a long
 * misspelt word to an unrelated short one ("Kostanai" to the initial "K."),
 * with a high score: that is a faint match too. No highlight: nothing to judge.
 */
export function answers(excerpt: string, queries: readonly (string | null)[]): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(wordPattern)].map((w) => w[0].toLowerCase()),
  );
  if (marked.length === 0) return true;
  const searched = queries.flatMap((q) => [...(q ?? '').matchAll(wordPattern)].map((w) => w[0].toLowerCase()));
  const common = (a: string, b: string): number => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
    return i;
  };
  return marked.some((m) => searched.some((w) => m === w || common(m, w) >= sharedStart));
}

/** How many sections are shown under a page result. */
export const sectionsShown = 3;

/** A section scoring under this share of the page's best section is left out: it matched little (often a common word). */
const weakSection = 0.4;

/**
 * The sections of a page result worth showing: those with a heading anchor
 * (the page's top is the result itself), best match first (Pagefind lists
 * them in page order), at most `n`, none much weaker than the best.
 */
export function bestSections(sections: readonly SubResult[] | undefined, n = sectionsShown): SubResult[] {
  const score = (s: SubResult): number => (s.weighted_locations ?? []).reduce((a, l) => a + l.balanced_score, 0);
  const ranked = (sections ?? [])
    .map((s, i) => ({ s, i, score: score(s) }))
    .filter(({ s }) => s.url.includes('#'))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = ranked[0]?.score ?? 0;
  return ranked
    .filter((r) => r.score >= best * weakSection)
    .slice(0, n)
    .map(({ s }) => s);
}
