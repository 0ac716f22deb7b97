/**
 * The header's live results: the first few Pagefind results under the box as
 * the reader types, each a link with its excerpt, then a link to the full
 * search page. Escape closes the list and returns focus to the box.
 */
import { pagefind, safeExcerpt } from '../../lib/search/client.ts';
import { renderResult } from './render.ts';

const shown = 6;

export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('.site-search-results');
  const status = form.querySelector<HTMLElement>('.site-search-status');
  if (!panel) return;
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };
  const base = form.dataset['base'] ?? '/';
  const api = pagefind(base);
  api.catch(() => say('Search is not available: the site has no search index yet.'));
  let current = 0;

  const close = (): void => {
    panel.hidden = true;
  };

  const update = async (): Promise<void> => {
    const term = input.value.trim();
    const ticket = ++current;
    if (term === '') {
      panel.replaceChildren();
      close();
      return;
    }
    const search = await api.then((pf) => pf.debouncedSearch(term, {}, 200)).catch(() => null);
    if (search === null || ticket !== current) return; // a newer keystroke superseded this search
    const data = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    if (ticket !== current) return;
    const list = document.createElement('ol');
    for (const d of data) list.append(renderResult(d, safeExcerpt, 'h3'));
    const more = document.createElement('p');
    const link = document.createElement('a');
    link.href = `${form.action}?q=${encodeURIComponent(term)}`;
    link.textContent =
      search.results.length === 0 ? 'No results. Try the search page with filters' : `All ${search.results.length} results, with filters`;
    more.append(link);
    panel.replaceChildren(...(data.length > 0 ? [list] : []), more);
    panel.hidden = false;
    say(search.results.length === 0 ? 'No results' : `${search.results.length} results; press Tab to reach them`);
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      e.preventDefault();
      close();
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node) || !form.contains(e.relatedTarget)) close();
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      close();
      input.focus();
    }
  });
  if (input.value.trim() !== '') void update();
}
