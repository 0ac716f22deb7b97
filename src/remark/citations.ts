/**
 * Remark plugin: Pandoc citations and cross-references in chapter text.
 *
 * - `[@key]`, `[@key, p. 134]`, `[see @a; @b]`, `[-@key]` become citations in
 *   the report's CSL style, each item a <CitationLink> (link to the
 *   bibliography entry, preview of the entry, id `cite-<key>-<n>`);
 * - `@key` in a sentence becomes a narrative citation: "Muzaparova (2009)";
 * - `@tbl-…` / `[@fig-…]` become <CrossRef> links that read "Table 1".
 *
 * It runs at compile time, so an unknown key or id stops the build with the
 * file and line. The link targets are built by the components, which know the
 * site's base path; the texts are computed here.
 */
import path from 'node:path';
import type { PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import {
  citationBrackets,
  citationLabels,
  citeItem,
  defaultStyle,
  type CitationStyle,
  type Reference,
  type Segment,
} from '../lib/bibliography.ts';
import { citationAnchor } from '../lib/citation-index.ts';
import { styleOf } from '../csl/styles.ts';
import { siteLocales } from '../i18n/locales.ts';
import type { Catalogue } from '../i18n/messages.ts';
import { numberChapters, reportNumbering, type Numbered } from '../lib/numbering.ts';
import { cachedReport } from '../lib/report-cache.ts';
import { dataFiles, reportRoot } from '../report/paths.ts';
import { findCitations, isCrossRef, unclosedPattern, type CitationItem } from './pandoc.ts';

export { parseCitationGroup, type CitationItem } from './pandoc.ts';

/** Name of the MDX component each cited item becomes. */
export const citationComponent = 'CitationLink';
/** Name of the MDX component each cross-reference becomes. */
export const crossRefComponent = 'CrossRef';

/** What rendering needs: the references, their style, the numbered tables and figures. */
export interface CitationContext {
  references: readonly Reference[];
  style: CitationStyle;
  numbering: ReadonlyMap<string, Numbered>;
  /** The edition's language (its CSL terms); the default language when absent. */
  lang?: string;
  /** What a cross-reference reads in the edition's language: "Рисунок 3"; the numbering's own label ("Figure 3") when absent. */
  crossRefLabel?: (target: Numbered) => string;
}

export interface CitationOptions {
  /** The references to cite; read from the report at `root` when absent. */
  references?: readonly Reference[];
  /** The CSL style; the edition's (its locale's `citationStyle`, else the report's, else APA) when absent. */
  style?: CitationStyle;
  /** Numbered tables and figures; the report's when absent. */
  numbering?: ReadonlyMap<string, Numbered>;
  /** Report root; defaults to REPORT_ROOT or the working directory. */
  root?: string;
}

const text = (value: string): Text => ({ type: 'text', value });

/** Text runs as phrasing content: italic runs become emphasis. */
const phrasing = (segments: readonly Segment[]): PhrasingContent[] =>
  segments.map((s) => (s.em === true ? { type: 'emphasis', children: [text(s.text)] } : text(s.text)));

function element(name: string, attrs: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
    children,
  };
}

/** Counts each key's citations in one file, for the `cite-<key>-<n>` ids. */
export type Counter = (key: string) => number;
export function counter(): Counter {
  const counts = new Map<string, number>();
  return (key) => {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n;
  };
}

function crossRef(item: CitationItem, ctx: CitationContext, where: string, source: string): PhrasingContent[] {
  const target = ctx.numbering.get(item.key);
  if (!target)
    throw new Error(
      `${where}: unknown table or figure "@${item.key}" in cross-reference ${source}; expected the id of a table or figure placed in a chapter (id="${item.key}")`,
    );
  const out: PhrasingContent[] = [];
  if (item.prefix !== '') out.push(text(`${item.prefix} `));
  out.push(element(crossRefComponent, { target: item.key }, [text(ctx.crossRefLabel?.(target) ?? target.label)]));
  if (item.locator !== '') out.push(text(`, ${item.locator}`));
  return out;
}

/** Replaces the citations and cross-references in one text value; `where` names the file and line for errors. */
export function renderCitations(
  value: string,
  ctx: CitationContext,
  where: (offset: number) => string,
  count: Counter = counter(),
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const known = new Set(ctx.references.map((r) => r.id));
  const labels = citationLabels(ctx.references, ctx.style, ctx.lang);
  const [open, close] = citationBrackets(ctx.references, ctx.style, ctx.lang);
  const citations = findCitations(value);
  // A bracket left open around a key: the bare-key rule would read it as a narrative citation, so look before reading.
  const outside = citations
    .filter((c) => !c.narrative)
    .reduce((s, c) => s.slice(0, c.index) + ' '.repeat(c.source.length) + s.slice(c.index + c.source.length), value);
  const unclosed = unclosedPattern.exec(outside);
  if (unclosed)
    throw new Error(
      `${where(unclosed.index)}: a citation here cannot be read; write it as plain text in one pair of brackets: [@key], [@key, p. 3], [see @a; -@b]`,
    );
  let last = 0;
  const plain = (s: string): void => {
    if (s !== '') out.push(text(s));
  };
  const link = (key: string, children: PhrasingContent[]): MdxJsxTextElement =>
    element(citationComponent, { refId: key, anchor: citationAnchor(key, count(key)) }, children);

  for (const found of citations) {
    plain(value.slice(last, found.index));
    last = found.index + found.source.length;
    const at = where(found.index);
    const refs = found.items.filter((i) => !isCrossRef(i.key));
    if (refs.length > 0 && refs.length < found.items.length) {
      throw new Error(`${at}: ${found.source} mixes references and tables or figures; cite them in separate brackets`);
    }
    for (const item of refs) {
      if (!known.has(item.key))
        throw new Error(
          `${at}: unknown reference key "@${item.key}" in citation ${found.source}; expected the id of an entry in ${dataFiles.references}`,
        );
    }
    if (refs.length === 0) {
      found.items.forEach((item, i) => {
        if (i > 0) out.push(text(i === found.items.length - 1 ? ' and ' : ', '));
        out.push(...crossRef(item, ctx, at, found.source));
      });
      continue;
    }
    if (found.narrative) {
      const key = refs[0]?.key ?? '';
      const label = labels.get(key);
      out.push(link(key, [text(label === undefined ? key : `${label.name} ${open}${label.year}${close}`)]));
      continue;
    }
    out.push(text(open));
    refs.forEach((item, i) => {
      // The prefix ("see") stays outside the link: the link names the work.
      out.push(text(`${i > 0 ? '; ' : ''}${item.prefix === '' ? '' : `${item.prefix} `}`));
      out.push(
        link(
          item.key,
          phrasing(
            citeItem(ctx.references, { key: item.key, locator: item.locator, suppressAuthor: item.suppressAuthor }, ctx.style, ctx.lang),
          ),
        ),
      );
    });
    out.push(text(close));
  }
  plain(value.slice(last));
  return out.reduce<PhrasingContent[]>((merged, n) => {
    const prev = merged.at(-1);
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else if (n.type !== 'text' || n.value !== '') merged.push(n);
    return merged;
  }, []);
}

/** "Table", "Рисунок": the word a numbered table or figure is called by in a locale's messages. */
function kindWord(catalogue: Readonly<Catalogue>, kind: Numbered['kind']): string {
  const m = catalogue[kind === 'table' ? 'figure.table' : 'figure.figure'];
  return typeof m === 'string' ? m : (m?.other ?? kind);
}

/** The locale code of a translated chapter's file ("content/ru/chapters/x.mdx" → "ru"); undefined for the default edition's. */
export function editionOf(relativePath: string): string | undefined {
  return /^content\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\/chapters\//.exec(relativePath.split(path.sep).join('/'))?.[1];
}

/** The plugin: `unified({ remarkPlugins: [remarkCitations] })`. */
export default function remarkCitations(options: CitationOptions = {}) {
  return (tree: Root, file: { path?: string | undefined }): void => {
    const root = path.resolve(options.root ?? reportRoot());
    const report = options.references && options.style && options.numbering ? undefined : cachedReport(root);
    // A translated chapter (content/<code>/chapters/…) is cited in its edition's style and words.
    const lang = file.path === undefined ? undefined : editionOf(path.relative(root, file.path));
    const catalogue = lang === undefined ? undefined : report?.catalogues.get(lang);
    const ctx: CitationContext = {
      references: options.references ?? report?.data.references ?? [],
      style: options.style ?? (report === undefined ? defaultStyle : styleOf(report.site, lang ?? siteLocales(report.site)[0]?.code ?? '')),
      numbering: options.numbering ?? (report ? reportNumbering(root) : numberChapters([])),
      ...(lang === undefined ? {} : { lang }),
      ...(catalogue === undefined ? {} : { crossRefLabel: (t: Numbered) => `${kindWord(catalogue, t.kind)} ${t.number}` }),
    };
    const name = file.path === undefined ? '(MDX)' : path.relative(process.cwd(), file.path);
    const count = counter();
    visit(tree, 'text', (node, index, parent) => {
      if (parent === undefined || index === undefined || !node.value.includes('@')) return;
      if (parent.type === 'link' || parent.type === 'linkReference') return;
      const startLine = node.position?.start.line;
      const where = (offset: number): string => {
        const line = startLine === undefined ? undefined : startLine + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
        return `${name}${line === undefined ? '' : `:${line}`}`;
      };
      const replacement = renderCitations(node.value, ctx, where, count);
      if (replacement.length === 1 && replacement[0] !== undefined && replacement[0].type === 'text' && replacement[0].value === node.value)
        return;
      // Text nodes only live in phrasing parents, so their siblings are phrasing content.
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
