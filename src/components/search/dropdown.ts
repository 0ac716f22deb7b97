/**
 * The header's live results: the first few results under the box as the
 * reader types (synonyms included, find.ts), each a link with its excerpt and
 * its best sections, then a link to the full search page. When nothing is
 * found, a "did you mean" link runs the suggested search. Escape closes the
 * list and returns focus to the box.
 */
import { pagefind, safeExcerpt, synonymGroups } from '../../lib/search/client.ts';
import { find } from '../../lib/search/find.ts';
import { messagesFrom, type Say } from './messages.ts';
import type { SynonymGroups } from '../../lib/search/synonyms.ts';
import { renderResult, renderSuggestion } from './render.ts';

const shown = 5;

/** What the box says and the synonym groups: /search/header.json in the page's edition (written by src/pages/[...locale]/search/header.json.ts), fetched on first use. */
async function config(form: HTMLFormElement): Promise<{ say: Say; synonyms: SynonymGroups }> {
  try {
    const response = await fetch(form.dataset['config'] ?? '');
    const v = (await response.json()) as { messages?: Record<string, string>; synonyms?: unknown };
    return { say: messagesFrom(v.messages ?? {}), synonyms: synonymGroups(v.synonyms) };
  } catch {
    // Without it the box still searches; its words show as keys, which a test would catch.
    return { say: messagesFrom({}), synonyms: [] };
  }
}

export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('.site-search-results');
  const status = form.querySelector<HTMLElement>('.site-search-status');
  if (!panel) return;
  const setup = config(form);
  const tell = (text: string): void => {
    if (status) status.textContent = text;
  };
  const base = form.dataset['base'] ?? '/';
  const api = pagefind(base);
  api.catch(async () => tell((await setup).say('search.unavailable')));
  let current = 0;

  const close = (): void => {
    panel.hidden = true;
  };
  const pageFor = (q: string): string => `${form.action}?q=${encodeURIComponent(q)}`;

  const update = async (): Promise<void> => {
    const term = input.value.trim();
    const ticket = ++current;
    if (term === '') {
      panel.replaceChildren();
      close();
      return;
    }
    const { say, synonyms } = await setup;
    const pf = await api.catch(() => null);
    const found = pf === null ? null : await find(pf, term, synonyms, {}, 200, document.documentElement.lang).catch(() => null);
    if (pf === null || found === null || ticket !== current) return; // a newer keystroke superseded this search
    const data = await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
    const suggestion = found.faint ? await (await import('./did-you-mean.ts')).didYouMean(pf, base, term, synonyms) : undefined;
    if (ticket !== current) return;
    const parts: HTMLElement[] = [];
    if (suggestion !== undefined) {
      parts.push(
        renderSuggestion(suggestion, pageFor(suggestion), say, (q) => {
          input.value = q;
          input.focus();
          void update();
        }),
      );
    }
    if (data.length > 0) {
      const list = document.createElement('ol');
      for (const d of data) list.append(renderResult(d, safeExcerpt, 'h3', say, 2));
      parts.push(list);
    }
    const more = document.createElement('p');
    const link = document.createElement('a');
    link.href = pageFor(term);
    const n = found.results.length;
    link.textContent = n === 0 ? say('search.tryPage') : say('search.allResults', { count: n });
    more.append(link);
    parts.push(more);
    panel.replaceChildren(...parts);
    panel.hidden = false;
    const heard = n === 0 ? say('search.noResults', { query: term }) : say('search.tabToResults', { count: n });
    tell(suggestion === undefined ? heard : `${heard} ${say('search.didYouMean', { suggestion })}`);
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
