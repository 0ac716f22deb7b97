/**
 * Citations and bibliography entries of CSL-JSON-shaped references, formatted
 * by citation-js in a CSL style (APA unless the report chooses another; see
 * src/csl/engine.ts). This module turns the validated references into CSL
 * items and citeproc's HTML into text runs, so that components render
 * escaped text and never raw HTML.
 */
import type { ReportData } from '../report/load.ts';
import { cslBibliography, cslCitation, type CitationStyle, type CiteItem, type CslJsonItem } from '../csl/engine.ts';
import { cslLocale } from '../csl/styles.ts';

export type Reference = ReportData['references'][number];
export type { CitationStyle };
type Person = Reference['author'][number];

/** The style used when a report names none. */
export const defaultStyle: CitationStyle = 'apa';

/** What an in-text citation shows for a reference: name part and year part, as plain text. */
export interface CiteLabel {
  /** "Muzaparova", "Nursultanova et al.", a literal author, or a short title. */
  name: string;
  /** "2009", "n.d.", with a letter when one name has several works that year ("2015a", "n.d.-b"). */
  year: string;
}

/** A run of formatted text: plain, italic, or a link. Rendered by a component, so output stays escaped. */
export interface Segment {
  text: string;
  em?: boolean;
  href?: string;
}

/** One cited item of a Pandoc citation: `[see @key, p. 3]`, `[-@key]`. */
export interface CitedItem {
  key: string;
  /** Words before the key: "see". */
  prefix?: string;
  /** Words after the key: "p. 134", "section 4.1". */
  locator?: string;
  /** The author is named in the sentence: only the year is shown. */
  suppressAuthor?: boolean;
}

/** A partial date ("2016", "2016-08-15") as CSL date-parts. */
function dateParts(date: string): { 'date-parts': number[][] } {
  return { 'date-parts': [date.split('-').map(Number)] };
}

const cslName = (p: Person): Record<string, string> =>
  'literal' in p ? { literal: p.literal } : p.given === undefined ? { family: p.family } : { family: p.family, given: p.given };

/**
 * A reference as a CSL-JSON item. The data already use CSL-JSON field names;
 * dates become date-parts and the editorial `note` stays out of the citation.
 */
export function toCsl(ref: Reference): CslJsonItem {
  const { issued, accessed, author, editor, note: _note, ...rest } = ref;
  const item: CslJsonItem = { ...rest };
  // Works without author are cited by title: a long one by its first words.
  if (author.length === 0 && shortTitle(ref.title) !== ref.title) item['title-short'] = shortTitle(ref.title);
  if (author.length > 0) item['author'] = author.map(cslName);
  if (editor.length > 0) item['editor'] = editor.map(cslName);
  if (issued !== undefined) item['issued'] = dateParts(issued);
  if (accessed !== undefined) item['accessed'] = dateParts(accessed);
  return item;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return entities[e.toLowerCase()] ?? m;
  });

/** citeproc's HTML (<i>, <b>, <span>, <div>, entities) as text runs; URLs in the text become links. */
export function htmlToSegments(html: string): Segment[] {
  const out: Segment[] = [];
  let italic = 0;
  const push = (text: string): void => {
    if (text === '') return;
    for (const part of text.split(/(https?:\/\/[^\s<>"]*[^\s<>".,;:)\]])/)) {
      if (part === '') continue;
      const seg: Segment = /^https?:\/\//.test(part) ? { text: part, href: part } : { text: part };
      if (italic > 0) seg.em = true;
      const prev = out.at(-1);
      if (prev && prev.href === undefined && seg.href === undefined && prev.em === seg.em) prev.text += seg.text;
      else out.push(seg);
    }
  };
  const tags = /<(\/?)([a-z]+)([^>]*)>/gi;
  let last = 0;
  const stack: boolean[] = [];
  for (const m of html.matchAll(tags)) {
    push(decode(html.slice(last, m.index)));
    last = m.index + m[0].length;
    const [, close = '', name = '', attrs = ''] = m;
    const isItalic = name.toLowerCase() === 'i' || name.toLowerCase() === 'em' || /font-style:\s*italic/.test(attrs);
    if (close === '') {
      stack.push(isItalic);
      if (isItalic) italic++;
    } else if (stack.pop() === true) italic--;
  }
  push(decode(html.slice(last)));
  return out;
}

/** The plain text of runs, for tests, previews and `title` attributes. */
export const segmentsText = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

interface Formatted {
  items: CslJsonItem[];
  entries: Array<{ id: string; segments: Segment[] }>;
  labels: Map<string, CiteLabel>;
}

const memo = new WeakMap<readonly Reference[], Map<string, Formatted>>();

/** The language of the edition formats are made for: its CSL terms ("дата обращения") and sort order. */
const defaultLang = 'en';

/** Strips the citation layout's own brackets: "(Muzaparova, 2009)" → "Muzaparova, 2009". */
function unwrap(html: string): string {
  const t = html.trim();
  const pairs: Record<string, string> = { '(': ')', '[': ']' };
  const first = t.charAt(0);
  return pairs[first] !== undefined && t.endsWith(pairs[first]) ? t.slice(1, -1) : t;
}

/**
 * Name and year of a citation. Some styles print a work without author
 * (a treaty, a law) as one piece even with the author suppressed; the year is
 * then what follows the last comma.
 */
function splitLabel(full: string, year: string): CiteLabel {
  const tidy = (name: string): string => name.replace(/,([”"’]?)\s*$/, '$1').trim();
  if (year !== full && full.endsWith(year)) return { name: tidy(full.slice(0, -year.length)), year };
  const m = /^(.*),([”"’]?)\s+([^,]*)$/s.exec(full);
  return m ? { name: `${m[1] ?? ''}${m[2] ?? ''}`, year: m[3] ?? '' } : { name: full, year: '' };
}

/** The first words of a long title, as the short title works without author are cited by. */
export function shortTitle(title: string): string {
  const main = (title.split(/[:.?!](?:\s|$)/)[0] ?? title).trim();
  const words = main.split(/\s+/);
  return words.length <= 6 ? main : `${words.slice(0, 4).join(' ')}…`;
}

/** Everything formatted once per reading of the references, per style and per edition's language. */
function formatted(refs: readonly Reference[], style: CitationStyle, lang: string): Formatted {
  let byStyle = memo.get(refs);
  if (!byStyle) memo.set(refs, (byStyle = new Map()));
  const key = `${style}|${lang}`;
  const hit = byStyle.get(key);
  if (hit) return hit;
  const locale = cslLocale(lang);
  const items = refs.map(toCsl);
  // APA's CSL writes "Retrieved <URL>" for an undated web page without an access date: drop the dangling word.
  const entries = cslBibliography(items, style, locale).map((e) => ({
    id: e.id,
    segments: htmlToSegments(e.html.replace(/Retrieved (?=https?:)/, '')),
  }));
  const labels = new Map<string, CiteLabel>();
  for (const ref of refs) {
    const year = segmentsText(htmlToSegments(unwrap(cslCitation(items, [{ id: ref.id, 'suppress-author': true }], style, locale))));
    const full = segmentsText(htmlToSegments(unwrap(cslCitation(items, [{ id: ref.id }], style, locale))));
    labels.set(ref.id, splitLabel(full, year));
  }
  const result = { items, entries, labels };
  byStyle.set(key, result);
  return result;
}

/** Citation labels of every reference, as the style writes them ("Nursultanova et al.", "2015a"). */
export function citationLabels(
  refs: readonly Reference[],
  style: CitationStyle = defaultStyle,
  lang = defaultLang,
): Map<string, CiteLabel> {
  return formatted(refs, style, lang).labels;
}

/** "Valley Statistics Office (2024)": a reference named inside a sentence. */
export const narrative = (l: CiteLabel): string => `${l.name} (${l.year})`;
/** "Example, 2025": a reference named inside parentheses. */
export const parenthetical = (l: CiteLabel): string => `${l.name}, ${l.year}`;

/** References in the style's bibliography order. */
export function sortReferences(refs: readonly Reference[], style: CitationStyle = defaultStyle, lang = defaultLang): Reference[] {
  const byId = new Map(refs.map((r) => [r.id, r]));
  return formatted(refs, style, lang).entries.flatMap((e) => byId.get(e.id) ?? []);
}

/** The whole bibliography in the style's order, each entry with its id (the anchor citations link to). */
export function bibliography(
  refs: readonly Reference[],
  style: CitationStyle = defaultStyle,
  lang = defaultLang,
): Array<{ id: string; segments: Segment[] }> {
  return formatted(refs, style, lang).entries;
}

/** One entry of the bibliography as text runs. */
export function formatReference(
  refs: readonly Reference[],
  id: string,
  style: CitationStyle = defaultStyle,
  lang = defaultLang,
): Segment[] {
  const entry = formatted(refs, style, lang).entries.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown reference key "${id}"`);
  return entry.segments;
}

/** One cited item as the text inside a citation's brackets: "see Muzaparova, 2009, p. 134"; "2009" with the author suppressed. */
export function citeItem(refs: readonly Reference[], item: CitedItem, style: CitationStyle = defaultStyle, lang = defaultLang): Segment[] {
  const { items } = formatted(refs, style, lang);
  if (!items.some((i) => i.id === item.key)) throw new Error(`unknown reference key "@${item.key}"`);
  const cite: CiteItem = { id: item.key };
  if (item.suppressAuthor === true) cite['suppress-author'] = true;
  if (item.prefix !== undefined && item.prefix !== '') cite.prefix = `${item.prefix} `;
  if (item.locator !== undefined && item.locator !== '') cite.suffix = `, ${item.locator}`;
  return htmlToSegments(unwrap(cslCitation(items, [cite], style, cslLocale(lang))));
}

/** The brackets the style's citations open and close with: "(" and ")" for APA, "[" and "]" for GOST. */
export function citationBrackets(refs: readonly Reference[], style: CitationStyle = defaultStyle, lang = defaultLang): [string, string] {
  const { items } = formatted(refs, style, lang);
  const first = items[0];
  if (!first) return ['(', ')'];
  const html = cslCitation(items, [{ id: first.id }], style, cslLocale(lang)).trim();
  const open = html.charAt(0);
  return open === '[' ? ['[', ']'] : open === '(' ? ['(', ')'] : ['', ''];
}
