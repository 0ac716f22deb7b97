/**
 * The search page's behaviour: builds the facets from the index, runs the
 * search on every change, and keeps the query and facets in the URL.
 */
import { pagefind, safeExcerpt, type Pagefind } from '../../lib/search/client.ts';
import { renderResult } from './render.ts';

/** Facets in the order they are shown, with their labels. */
const facets: Array<[string, string]> = [
  ['type', 'Type'],
  ['kind', 'Kind'],
  ['level', 'Level'],
  ['decade', 'Decade'],
  ['party', 'Party'],
  ['topic', 'Topic'],
  ['region', 'Region'],
];
const pageSize = 20;

function chosen(form: HTMLFormElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('.facets input[type=checkbox]:checked')) {
    (out[box.name] ??= []).push(box.value);
  }
  return out;
}

function buildFacets(form: HTMLFormElement, available: Record<string, Record<string, number>>, params: URLSearchParams): void {
  const box = form.querySelector<HTMLElement>('.facets');
  if (!box) return;
  for (const [key, label] of facets) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
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

async function run(api: Pagefind, form: HTMLFormElement): Promise<void> {
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

  const anyFilter = Object.keys(filters).length > 0;
  if (q === '' && !anyFilter && sort === '') {
    status.textContent = 'Type words to find, or pick filters.';
    list.replaceChildren();
    return;
  }
  const search = await api.debouncedSearch(
    q === '' ? null : q,
    { filters, ...(sort === 'asc' || sort === 'desc' ? { sort: { date: sort } } : {}) },
    250,
  );
  if (search === null) return; // superseded by a newer search
  const data = await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
  list.replaceChildren(...data.map((d) => renderResult(d, safeExcerpt, 'h2')));
  const n = search.results.length;
  status.textContent =
    n === 0
      ? 'No results. Remove a filter or try other words.'
      : `${n} result${n === 1 ? '' : 's'}${n > pageSize ? `, the first ${pageSize} shown` : ''}.`;
  const counts = (search as { filters?: Record<string, Record<string, number>> }).filters ?? {};
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
  let api: Pagefind;
  try {
    api = await pagefind(form.dataset['base'] ?? '/');
  } catch {
    const status = form.querySelector<HTMLElement>('.search-status');
    if (status) status.textContent = 'Search is not available: the site has no search index yet (it is made by "npm run build").';
    return;
  }
  buildFacets(form, await api.filters(), params);
  const go = (): void => void run(api, form);
  form.addEventListener('input', go);
  form.addEventListener('change', go);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go();
  });
  go();
  input?.focus();
}
