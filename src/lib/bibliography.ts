/**
 * Author-date citations and APA-like bibliography entries from CSL-JSON-shaped
 * references. All citation formatting lives here so a citation processor
 * (citation-js) can replace it in one place.
 */
import type { ReportData } from '../report/load.ts';
import { formatPartialDate } from './format.ts';

export type Reference = ReportData['references'][number];
type Person = Reference['author'][number];

/** What an in-text citation shows for a reference: name part and year part. */
export interface CiteLabel {
  /** "Muzaparova", "Nursultanova et al.", a literal author, or a short title in quotes. */
  name: string;
  /** "2009", "n.d.", with a letter when one name has several works that year ("2015a", "n.d.-b"). */
  year: string;
}

/** A run of bibliography text: plain, italic, or a link. Rendered by a component, so output stays escaped. */
export interface Segment {
  text: string;
  em?: boolean;
  href?: string;
}

const familyOf = (p: Person): string => ('literal' in p ? p.literal : p.family);

/** The first words of a title, for works without an author (APA cites them by title). */
export function shortTitle(title: string): string {
  const main = (title.split(/[:.?!](?:\s|$)/)[0] ?? title).trim();
  const words = main.split(/\s+/);
  return words.length <= 6 ? main : `${words.slice(0, 4).join(' ')}…`;
}

/** Double quotes inside a quoted title become single: “Draft law ‘On cross-border cooperation’”. */
const nestQuotes = (s: string): string => s.replace(/[“"]/g, '‘').replace(/”/g, '’').replace(/‘(?=[\s.,;:!?]|$)/g, '’');

function citationName(ref: Reference): string {
  const [first, second] = ref.author;
  if (first === undefined) return `“${nestQuotes(shortTitle(ref.title))}”`;
  if (second === undefined) return familyOf(first);
  if (ref.author.length === 2) return `${familyOf(first)} & ${familyOf(second)}`;
  return `${familyOf(first)} et al.`;
}

const yearOf = (ref: Reference): string => (ref.issued === undefined ? 'n.d.' : ref.issued.slice(0, 4));

/** The bibliography's sort key: first author (or title), ignoring a leading article. */
function sortKey(ref: Reference): string {
  const first = ref.author[0];
  return (first === undefined ? ref.title : familyOf(first)).replace(/^(?:the|an?)\s+/i, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** References in bibliography order: by first author or title, then year, then title. */
export function sortReferences(refs: readonly Reference[]): Reference[] {
  return [...refs].sort((a, b) => collator.compare(sortKey(a), sortKey(b)) || collator.compare(yearOf(a), yearOf(b)) || collator.compare(a.title, b.title));
}

/** Citation labels of every reference, with "2015a"/"2015b" where one name has several works in a year. */
export function citationLabels(refs: readonly Reference[]): Map<string, CiteLabel> {
  const labels = new Map<string, CiteLabel>();
  const seen = new Map<string, Reference[]>();
  for (const ref of sortReferences(refs)) {
    const key = `${citationName(ref)}\u0000${yearOf(ref)}`;
    seen.set(key, [...(seen.get(key) ?? []), ref]);
  }
  for (const group of seen.values()) {
    group.forEach((ref, i) => {
      const year = yearOf(ref);
      const letter = group.length > 1 ? String.fromCharCode(97 + i) : '';
      labels.set(ref.id, { name: citationName(ref), year: letter === '' ? year : year === 'n.d.' ? `n.d.-${letter}` : `${year}${letter}` });
    });
  }
  return labels;
}

/** "Valley Statistics Office (2024)": a reference named inside a sentence. */
export const narrative = (l: CiteLabel): string => `${l.name} (${l.year})`;
/** "Example, 2025": a reference named inside parentheses. */
export const parenthetical = (l: CiteLabel): string => `${l.name}, ${l.year}`;

/** Initials of given names: "Lazat Nurbayevna" → "L. N.", "B.K." → "B. K.", "Jean-Paul" → "J.-P.". */
export function initials(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((name) => name.split('-').map((part) => `${part.charAt(0).toUpperCase()}.`).join('-'))
    .join(' ');
}

const invertedName = (p: Person): string => ('literal' in p ? p.literal : p.given === undefined ? p.family : `${p.family}, ${initials(p.given)}`);
const directName = (p: Person): string => ('literal' in p ? p.literal : p.given === undefined ? p.family : `${initials(p.given)} ${p.family}`);

/** "A, B, & C" as APA joins names; two names take a comma too when inverted. */
function joinNames(names: readonly string[], inverted: boolean): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2 && !inverted) return `${names[0]} & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** Ends a part with a full stop unless it already ends a sentence. */
const sentence = (s: string): string => (/[.?!]$/.test(s) ? s : `${s}.`);
const pages = (p: string): string => p.replace(/(\d)\s*-+\s*(\d)/g, '$1–$2');
const standalone = new Set<Reference['type']>(['book', 'report', 'thesis', 'webpage', 'legal_document', 'legislation', 'treaty']);

/** One bibliography entry as text runs: authors, (year), title, container, publisher, URL with retrieval date. */
export function formatReference(ref: Reference, label: CiteLabel): Segment[] {
  const out: Segment[] = [];
  const add = (text: string, extra: Omit<Segment, 'text'> = {}): void => {
    if (out.length > 0) out.push({ text: ' ' });
    out.push({ text, ...extra });
  };
  const year = `(${label.year}).`;
  const title = (): void => {
    const t = ref.genre === undefined ? ref.title : `${ref.title} [${ref.genre}]`;
    if (standalone.has(ref.type)) {
      add(t, { em: true });
      if (!/[.?!]$/.test(t)) out.push({ text: '.' });
    } else add(sentence(t));
  };
  const eds = ref.editor.length > 1 ? '(Eds.)' : '(Ed.)';

  if (ref.author.length > 0) add(sentence(joinNames(ref.author.map(invertedName), true)));
  else if (ref.editor.length > 0 && ref.type !== 'chapter') add(`${joinNames(ref.editor.map(invertedName), true)} ${eds}.`);
  if (out.length > 0) {
    add(year);
    title();
  } else {
    title();
    add(year);
  }

  const container = ref['container-title'];
  if (ref.type === 'chapter' && container !== undefined) {
    if (ref.editor.length > 0) add(`In ${joinNames(ref.editor.map(directName), false)} ${eds},`);
    else add('In');
    add(container, { em: true });
    out.push({ text: ref.page === undefined ? '.' : ` (pp. ${pages(ref.page)}).` });
  } else if (ref.type === 'article-journal' && container !== undefined) {
    add(container, { em: true });
    if (ref.volume !== undefined) out.push({ text: ', ' }, { text: ref.volume, em: true });
    else if (ref.issue !== undefined) out.push({ text: ', ' });
    out.push({ text: `${ref.issue === undefined ? '' : `(${ref.issue})`}${ref.page === undefined ? '' : `, ${pages(ref.page)}`}.` });
  } else {
    if (container !== undefined) add(sentence(container));
    if (ref.page !== undefined) add(`pp. ${pages(ref.page)}.`);
  }

  const place = ref['publisher-place'];
  if (ref.publisher !== undefined) add(sentence(place === undefined ? ref.publisher : `${place}: ${ref.publisher}`));
  else if (place !== undefined) add(sentence(place));
  if (ref.note !== undefined) add(sentence(ref.note));
  if (ref.URL !== undefined) {
    if (ref.accessed !== undefined) add(`Retrieved ${formatPartialDate(ref.accessed)}, from`);
    add(ref.URL, { href: ref.URL });
  }
  return out;
}

/** The plain text of an entry, for tests and `title` attributes. */
export const segmentsText = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

/** The whole bibliography, sorted, each entry with its id (the anchor citations link to). */
export function bibliography(refs: readonly Reference[]): Array<{ id: string; segments: Segment[] }> {
  const labels = citationLabels(refs);
  return sortReferences(refs).map((ref) => {
    const label = labels.get(ref.id);
    if (!label) throw new Error(`bibliography: no citation label for "${ref.id}"`);
    return { id: ref.id, segments: formatReference(ref, label) };
  });
}
