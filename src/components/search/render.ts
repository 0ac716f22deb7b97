/**
 * One search result as DOM: a heading link, the record type, the excerpt with
 * its highlights, then the page's best-matching sections (title, excerpt, a
 * link to the heading's anchor, carrying ?highlight= so the words are marked
 * on arrival).
 */
import { bestSections, sectionsShown, type ResultData } from '../../lib/search/find.ts';
import type { Say } from './messages.ts';

function excerptOf(html: string, excerpt: (s: string) => string): HTMLParagraphElement {
  const p = document.createElement('p');
  // `excerpt` (safeExcerpt) leaves only Pagefind's <mark> tags as markup.
  p.innerHTML = excerpt(html);
  return p;
}

/** `sections`: how many of the page's best sections to show under it (fewer in the header's narrow panel). */
export function renderResult(
  d: ResultData,
  excerpt: (s: string) => string,
  heading: 'h2' | 'h3',
  say: Say,
  sections = sectionsShown,
): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement(heading);
  h.className = 'result-title';
  const a = document.createElement('a');
  a.href = d.url;
  const title = d.meta['title'] ?? d.url;
  a.textContent = title;
  h.append(a);
  const type = d.filters['type']?.[0];
  if (type !== undefined) {
    const t = document.createElement('span');
    t.className = 'result-type';
    t.textContent = ` ${type}`;
    h.append(t);
  }
  li.append(h, excerptOf(d.excerpt, excerpt));
  const best = bestSections(d.sub_results, sections);
  if (best.length > 0) {
    const list = document.createElement('ul');
    list.className = 'result-sections';
    list.setAttribute('aria-label', say('search.sections', { title }));
    for (const s of best) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.className = 'result-section';
      link.textContent = s.title;
      item.append(link, excerptOf(s.excerpt, excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** "Did you mean <a>suggestion</a>?": the link leads to the search page with that query; `pick` runs it in place. */
export function renderSuggestion(suggestion: string, href: string, say: Say, pick: (q: string) => void): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-suggestion';
  const a = document.createElement('a');
  a.href = href;
  a.textContent = suggestion;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    pick(suggestion);
  });
  const text = say('search.didYouMean', { suggestion: '\u0000' });
  const [before = '', after = ''] = text.split('\u0000');
  p.append(before, a, after);
  return p;
}
