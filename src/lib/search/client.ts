/**
 * A thin, typed wrapper around Pagefind's browser API, shared by the header
 * search box and the search page. Pagefind's script is imported only when a
 * reader starts a search, so reading pages load none of it; the "did you
 * mean" vocabulary only when a search finds nothing.
 * @see https://pagefind.app/docs/api/
 */
import type { ResultData, SearchApi, SearchOptions } from './find.ts';
import { pagefindOptions } from './ranking.ts';
import type { SynonymGroups } from './synonyms.ts';
import { vocabularyFolder } from './vocabulary-path.ts';

export type PagefindResultData = ResultData;
export type { SearchOptions };

export interface Pagefind extends SearchApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

const rootOf = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

let loading: Promise<Pagefind> | undefined;

/** Pagefind from `<base>pagefind/pagefind.js`, with the site's ranking (ranking.ts); loaded once, on first use. */
export function pagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const root = rootOf(base);
    const api = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
    await api.options({ ...pagefindOptions, baseUrl: root });
    await api.init();
    return api;
  })();
  return loading;
}

const vocabularies = new Map<string, Promise<string[]>>();

/** The words of the page's language (vocabulary.ts), fetched once, when a search first finds nothing; none if the file is missing. */
export function vocabulary(base: string, lang: string): Promise<string[]> {
  const code = (lang.split('-')[0] ?? 'unknown').toLowerCase() || 'unknown';
  let words = vocabularies.get(code);
  if (words === undefined) {
    words = fetch(`${rootOf(base)}pagefind/${vocabularyFolder}/${code}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<{ words?: unknown }>) : { words: [] }))
      .then((v) => (Array.isArray(v.words) ? v.words.filter((w): w is string => typeof w === 'string') : []))
      .catch(() => []);
    vocabularies.set(code, words);
  }
  return words;
}

/** Synonym groups from parsed JSON: the lists of words, anything else dropped. */
export function synonymGroups(v: unknown): SynonymGroups {
  return Array.isArray(v) ? v.filter((g): g is string[] => Array.isArray(g) && g.every((t) => typeof t === 'string')) : [];
}

/** The synonym groups the page carries (data-synonyms, from site.yaml `search.synonyms`). */
export function synonymsOf(el: HTMLElement): SynonymGroups {
  try {
    return synonymGroups(JSON.parse(el.dataset['synonyms'] ?? '[]'));
  } catch {
    return [];
  }
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * An excerpt safe to insert as HTML: everything escaped, then Pagefind's
 * <mark> highlights (and only those) restored.
 */
export function safeExcerpt(excerpt: string): string {
  return (
    excerpt
      // Undo any escaping already done, so nothing is escaped twice.
      .replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '')
      .replace(/[&<>"']/g, (c) => escapes[c] ?? c)
      .replace(/&lt;mark&gt;/g, '<mark>')
      .replace(/&lt;\/mark&gt;/g, '</mark>')
  );
}
