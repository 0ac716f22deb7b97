/**
 * citation-js with its CSL plugin (citeproc-js underneath): the one place the
 * project formats citations and bibliography entries. The styles are CSL
 * files: APA (built into @citation-js/plugin-csl) and GOST R 7.0.100-2018
 * (src/csl/gost-r-7.0.100-2018.ts). BibTeX and RIS come from citation-js's
 * own output plugins.
 * @see https://citation.js.org/
 */
import { Cite, plugins, type CiteItem, type CslJsonItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { gostStyle, gostStyleId } from './gost-r-7.0.100-2018.ts';
import { ruLocale, ruLocaleId } from './locale-ru.ts';

export type { CiteItem, CslJsonItem };

import type { CitationStyle } from './styles.ts';

export { citationStyles, type CitationStyle } from './styles.ts';

const csl = plugins.config.get('@csl');
if (!csl.styles.has(gostStyleId)) csl.styles.add(gostStyleId, gostStyle);
if (!csl.locales.has(ruLocaleId)) csl.locales.add(ruLocaleId, ruLocale);

type Engine = ReturnType<typeof csl.engine>;

/** The engine last prepared for each style and locale, with the items it holds registered. */
const prepared = new Map<string, { items: readonly CslJsonItem[]; format: string; engine: Engine; retrieveItem: unknown }>();

/**
 * A citeproc engine over `items` in `style`, every item registered, so that
 * "2015a"/"2015b" are decided over the whole list. citation-js keeps one
 * engine per style and locale and clears its registrations whenever it hands
 * it out, so registering costs O(items) per call: the engine is kept here and
 * handed out again as long as the items (the same array) and format are the
 * same, which makes a citation cost O(1) instead of O(references).
 *
 * citation-js's engine is shared by everything in the process that formats
 * with this style: another copy of this module (the dev server loads one for
 * the config's remark plugin and one per page environment), or a plain
 * `Cite#format('bibliography')`. Whoever takes it swaps its item lookup and
 * clears its items, so a kept engine is handed out again only while its item
 * lookup is still the one set when it was prepared; otherwise it is prepared
 * afresh. (Without this check the dev server served one page and failed the
 * next with "Cannot read properties of undefined (reading 'language')".)
 */
function engineFor(items: readonly CslJsonItem[], style: CitationStyle, locale: string, format: 'html' | 'text'): Engine {
  const key = `${style}|${locale}`;
  const hit = prepared.get(key);
  if (hit && hit.items === items && hit.format === format && hit.engine.sys.retrieveItem === hit.retrieveItem) return hit.engine;
  const engine = csl.engine(items, style, locale, format);
  engine.updateItems(items.map((i) => i.id));
  prepared.set(key, { items, format, engine, retrieveItem: engine.sys.retrieveItem });
  return engine;
}

/** Bibliography entries in the style's order, each as citeproc's HTML (escaped; <i>, <b>, <span>, <sup>). */
export function cslBibliography(
  items: readonly CslJsonItem[],
  style: CitationStyle,
  locale = 'en-US',
): Array<{ id: string; html: string }> {
  const engine = engineFor(items, style, locale, 'html');
  const result = engine.makeBibliography();
  if (result === false) throw new Error(`the CSL style "${style}" has no bibliography`);
  const [meta, entries] = result;
  return meta.entry_ids.map((ids, i) => ({ id: ids[0] ?? '', html: (entries[i] ?? '').trim() }));
}

/** One citation cluster, as citeproc's HTML: "(Muzaparova, 2009, p. 134; see Chernobay, 2015)". */
export function cslCitation(items: readonly CslJsonItem[], cites: readonly CiteItem[], style: CitationStyle, locale = 'en-US'): string {
  return engineFor(items, style, locale, 'html').makeCitationCluster(cites);
}

/** Fields whose values BibTeX takes verbatim, or that are no text: left as they are. */
const verbatim = new Set(['id', 'type', 'URL', 'DOI', 'ISBN', 'ISSN', 'language']);
const latexSpecial: Readonly<Record<string, string>> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
/** LaTeX's special characters in a text ("A & B" → "A \\& B"): the export writes UTF-8 and escapes nothing itself. */
const latex = (text: string): string => text.replace(/[\\&%$#_{}~^]/g, (c) => latexSpecial[c] ?? `\\${c}`);
const escapeDeep = (value: unknown): unknown =>
  typeof value === 'string'
    ? latex(value)
    : Array.isArray(value)
      ? value.map(escapeDeep)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v)]))
        : value;

/**
 * One BibTeX record, in UTF-8: citation-js's ASCII mode writes accents as LaTeX commands but drops
 * every letter it has no command for (all of Cyrillic), so the text is escaped here instead. The
 * URL in `howpublished` goes in \\url{}, and the item's language is kept as `language` (which
 * plain BibTeX's mapping drops; babelbib and biblatex read it).
 */
function bibtexRecord(item: CslJsonItem): string {
  const escaped = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, verbatim.has(k) ? v : escapeDeep(v)])) as CslJsonItem;
  const config = plugins.config.get('@bibtex').format;
  const { asciiOnly, useIdAsLabel } = config;
  // The item's id is the key ("nursultanova-2016"): citation-js's own key drops non-Latin names too.
  Object.assign(config, { asciiOnly: false, useIdAsLabel: true });
  try {
    const record = new Cite(escaped)
      .format('bibtex')
      .trim()
      .replace(/^(\thowpublished = \{)(.*)(\},?)$/m, '$1\\url{$2}$3');
    const language = item['language'];
    return typeof language === 'string' ? record.replace(/\n\}$/, `\n\tlanguage = {${language}},\n}`) : record;
  } finally {
    Object.assign(config, { asciiOnly, useIdAsLabel });
  }
}

/** BibTeX (`bibtex`) or RIS (`ris`) records of `items`. */
export function exportRecords(items: readonly CslJsonItem[], format: 'bibtex' | 'ris'): string {
  if (format === 'bibtex') return items.map(bibtexRecord).join('\n\n');
  return new Cite([...items]).format(format).trim();
}
