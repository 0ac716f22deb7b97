/** One search result as DOM: a heading link, the record type, the excerpt with its highlights. */
import type { PagefindResultData } from '../../lib/search/client.ts';

export function renderResult(d: PagefindResultData, excerpt: (s: string) => string, heading: 'h2' | 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement(heading);
  h.className = 'result-title';
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta['title'] ?? d.url;
  h.append(a);
  const type = d.filters['type']?.[0];
  if (type !== undefined) {
    const t = document.createElement('span');
    t.className = 'result-type';
    t.textContent = ` ${type}`;
    h.append(t);
  }
  const p = document.createElement('p');
  // safeExcerpt leaves only Pagefind's <mark> tags as markup.
  p.innerHTML = excerpt(d.excerpt);
  li.append(h, p);
  return li;
}
