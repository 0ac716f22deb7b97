/**
 * The search page's behaviour: builds the facets from the index, runs the
 * search (synonyms included, find.ts) on every change, offers "did you mean"
 * when nothing is found, and keeps the query and facets in the URL.
 */
import { pagefind, safeExcerpt, synonymsOf, type Pagefind } from '../../lib/search/client.ts';
import { find } from '../../lib/search/find.ts';
import type { SynonymGroups } from '../../lib/search/synonyms.ts';
import { messagesOf, type Say } from './messages.ts';
import { renderResult, renderSuggestion } from './render.ts';

/** Facets in the order they are shown; each is labelled by the message search.facet.<name>. */
const facets = ['type', 'kind', 'level', 'decade', 'party', 'topic', 'region'] as const;
const pageSize = 20;

function chosen(form: HTMLFormElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('.facets input[type=checkbox]:checked')) {
    (out[box.name] ??= []).push(box.value);
  }
  return out;
}

function buildFacets(form: HTMLFormElement, available: Record<string, Record<string, number>>, params: URLSearchParams, say: Say): void {
  const box = form.querySelector<HTMLElement>('.facets');
  if (!box) return;
  for (const key of facets) {
    const label = say(`search.facet.${key}`);
    // Values as the pages give them, in the page's language ("Документ", "1990-е"), in that language's order.
    const values = Object.keys(available[key] ?? {}).sort((a, b) =>
      a.localeCompare(b, document.documentElement.lang || 'en', { numeric: true }),
    );
    if (values.length === 0) continue;
    const details = document.createElement('details');
    const picked = params.getAll(key);
    details.open = picked.length > 0 || key === 'type' || key === 'kind';
    const summary = document.createElement('summary');
    summary.textContent = label;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    legend.textContent = label;
    fieldset.append(legend);
    for (const value of values) {
      const row = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.checked = picked.includes(value);
      const count = document.createElement('span');
      count.className = 'count';
      count.dataset['facet'] = `${key}\u0000${value}`;
      row.append(input, ` ${value} `, count);
      fieldset.append(row);
    }
    details.append(summary, fieldset);
    box.append(details);
  }
}

let current = 0;

async function run(api: Pagefind, form: HTMLFormElement, say: Say, synonyms: SynonymGroups): Promise<void> {
  const ticket = ++current;
  const q = form.querySelector<HTMLInputElement>('#search-q')?.value.trim() ?? '';
  const sort = form.querySelector<HTMLSelectElement>('#search-sort')?.value ?? '';
  const filters = chosen(form);
  const status = form.querySelector<HTMLElement>('.search-status');
  const list = form.querySelector<HTMLElement>('.results');
  if (!status || !list) return;

  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (sort !== '') params.set('sort', sort);
  for (const [k, vs] of Object.entries(filters)) for (const v of vs) params.append(k, v);
  history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);

  const suggestionBox = form.querySelector<HTMLElement>('.search-suggestions');
  suggestionBox?.replaceChildren();
  const anyFilter = Object.keys(filters).length > 0;
  if (q === '' && !anyFilter && sort === '') {
    status.textContent = say('search.prompt');
    list.replaceChildren();
    return;
  }
  const search = await find(
    api,
    q === '' ? null : q,
    synonyms,
    { filters, ...(sort === 'asc' || sort === 'desc' ? { sort: { date: sort } } : {}) },
    250,
    document.documentElement.lang,
  );
  if (search === null || ticket !== current) return; // superseded by a newer search
  const data = await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
  const suggestion = search.faint
    ? await (await import('./did-you-mean.ts')).didYouMean(api, form.dataset['base'] ?? '/', q, synonyms)
    : undefined;
  if (ticket !== current) return;
  list.replaceChildren(...data.map((d) => renderResult(d, safeExcerpt, 'h2', say)));
  const n = search.results.length;
  status.textContent =
    n === 0
      ? say('search.nothing')
      : n > pageSize
        ? say('search.countShown', { count: n, shown: pageSize })
        : say('search.count', { count: n });
  if (suggestionBox) {
    const extra: HTMLElement[] = [];
    if (suggestion !== undefined) {
      extra.push(
        renderSuggestion(suggestion, `${location.pathname}?q=${encodeURIComponent(suggestion)}`, say, (picked) => {
          const input = form.querySelector<HTMLInputElement>('#search-q');
          if (input) input.value = picked;
          input?.focus();
          void run(api, form, say, synonyms);
        }),
      );
    }
    if (search.queries.length > 1) {
      const also = document.createElement('p');
      also.className = 'search-also';
      also.textContent = say('search.alsoSearched', {
        queries: search.queries
          .slice(1)
          .map((x) => say('search.quoted', { query: x }))
          .join(', '),
      });
      extra.push(also);
    }
    suggestionBox.replaceChildren(...extra);
  }
  const counts = search.filters;
  for (const span of form.querySelectorAll<HTMLElement>('.facets .count')) {
    const [key = '', value = ''] = (span.dataset['facet'] ?? '').split('\u0000');
    const c = counts[key]?.[value];
    span.textContent = c === undefined ? '' : `(${c})`;
  }
}

export async function start(form: HTMLFormElement): Promise<void> {
  form.hidden = false;
  document.querySelector('.no-js-note')?.setAttribute('hidden', '');
  const params = new URLSearchParams(location.search);
  const input = form.querySelector<HTMLInputElement>('#search-q');
  const sort = form.querySelector<HTMLSelectElement>('#search-sort');
  if (input) input.value = params.get('q') ?? '';
  if (sort) sort.value = params.get('sort') ?? '';
  const say = messagesOf(form);
  const synonyms = synonymsOf(form);
  let api: Pagefind;
  try {
    api = await pagefind(form.dataset['base'] ?? '/');
  } catch {
    const status = form.querySelector<HTMLElement>('.search-status');
    if (status) status.textContent = say('search.unavailablePage');
    return;
  }
  buildFacets(form, await api.filters(), params, say);
  const go = (): void => void run(api, form, say, synonyms);
  form.addEventListener('input', go);
  form.addEventListener('change', go);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go();
  });
  go();
  input?.focus();
}
