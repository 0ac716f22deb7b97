/**
 * A thin, typed wrapper around Pagefind's browser API, shared by the header
 * search box and the search page. Pagefind's script is imported only when a
 * reader starts a search, so reading pages load none of it.
 * @see https://pagefind.app/docs/api/
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
  unfilteredResultCount: number;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: SearchOptions): Promise<PagefindSearch | null>;
  debouncedSearch(term: string | null, o?: SearchOptions, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind from `<base>pagefind/pagefind.js`; loaded once, on first use. */
export function pagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    const api = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
    await api.options({ baseUrl: root, excerptLength: 24 });
    await api.init();
    return api;
  })();
  return loading;
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
