/**
 * Marks the searched words on a page opened from a search result: result
 * links carry ?highlight=word (ranking.ts), and Pagefind's own highlight script
 * marks them inside the indexed text. Loaded only on such a page, after it has
 * rendered; Pagefind's inline style is off (the CSP allows none): the marks are
 * styled by HeaderSearch.astro.
 * @see https://pagefind.app/docs/highlighting/
 */
import { highlightParam } from '../../lib/search/ranking.ts';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

export async function highlight(base: string): Promise<void> {
  const root = base.endsWith('/') ? base : `${base}/`;
  try {
    const mod = (await import(/* @vite-ignore */ `${root}pagefind/pagefind-highlight.js`)) as { default: Highlighter };
    new mod.default({ highlightParam, addStyles: false });
  } catch {
    // No index in this build (or in dev before the first build): the page reads as it is.
  }
  // The marks change no layout, but bring the section the result pointed to back into view.
  if (location.hash.length > 1) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
