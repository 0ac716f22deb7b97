/**
 * Remark plugin: Pandoc citations in chapter text ([@key], [@key, p. 134],
 * [see @a; @b], [-@key]) become author-date citations whose items link to the
 * bibliography. It runs at compile time, so an unknown key stops the build
 * with the file and line. Each item becomes a <CitationLink refId="…"> element
 * (see src/components/mdx/CitationLink.astro), which builds the link with the
 * site's base path; the labels are computed here, from the references.
 */
import path from 'node:path';
import type { PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { citationLabels, parenthetical, type CiteLabel, type Reference } from '../lib/bibliography.ts';
import { cachedReport } from '../lib/report-cache.ts';
import { dataFiles, reportRoot } from '../report/paths.ts';

/** Name of the MDX component each cited item becomes. */
export const citationComponent = 'CitationLink';

export interface CitationItem {
  /** Words before the key: "see". */
  prefix: string;
  key: string;
  /** `[-@key]`: the author is named in the sentence, so only the year is shown. */
  suppressAuthor: boolean;
  /** Words after the key: "p. 134", "section 4.1". */
  locator: string;
}

/** A bracketed group that holds at least one `@key` right after the opening bracket, a space or `;`. */
const groupPattern = /\[((?:[^[\]]*?[\s;])?-?@[a-z0-9][^[\]]*)\]/g;
const itemPattern = /^(?:(.*?)\s+)?(-?)@([a-z0-9]+(?:-[a-z0-9]+)*)(.*)$/s;
/** An opening bracket followed by a key that no closing bracket ends in the same run of text. */
const unclosedPattern = /\[(?:[^\]]*?[\s;])?-?@[a-z0-9]/;

/** Parses the inside of `[…]`; undefined when it is not a citation (such as `[write to x@y.org]`). */
export function parseCitationGroup(inner: string): CitationItem[] | undefined {
  const items: CitationItem[] = [];
  for (const part of inner.split(';')) {
    const m = itemPattern.exec(part.replace(/\s+/g, ' ').trim());
    if (!m) return undefined;
    const [, prefix = '', dash = '', key = '', rest = ''] = m;
    items.push({ prefix: prefix.trim(), key, suppressAuthor: dash === '-', locator: rest.replace(/^\s*,/, '').trim() });
  }
  return items.length > 0 ? items : undefined;
}

/** The link text of one cited item: "Muzaparova, 2009, p. 134"; "2009" when the author is suppressed. */
export function itemText(item: CitationItem, label: CiteLabel): string {
  const head = item.suppressAuthor ? label.year : parenthetical(label);
  return item.locator === '' ? head : `${head}, ${item.locator}`;
}

export interface CitationOptions {
  /** The references to cite; read from the report at `root` when absent. */
  references?: readonly Reference[];
  /** Report root; defaults to REPORT_ROOT or the working directory. */
  root?: string;
}

const memo = new WeakMap<readonly Reference[], Map<string, CiteLabel>>();

/** Citation labels of the report at `root`, computed once per reading of its references. */
function labelsOf(root: string): Map<string, CiteLabel> {
  const refs = cachedReport(root).data.references;
  const labels = memo.get(refs) ?? citationLabels(refs);
  memo.set(refs, labels);
  return labels;
}

const text = (value: string): Text => ({ type: 'text', value });

function link(key: string, value: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: citationComponent, attributes: [{ type: 'mdxJsxAttribute', name: 'refId', value: key }], children: [text(value)] };
}

/** Replaces the citation groups in one text value; `where` names the file and line for errors. */
export function renderCitations(value: string, labels: ReadonlyMap<string, CiteLabel>, where: (offset: number) => string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  const plain = (s: string): void => {
    if (unclosedPattern.test(s)) {
      throw new Error(`${where(last)}: a citation here cannot be read; write it as plain text in one pair of brackets: [@key], [@key, p. 3], [see @a; -@b]`);
    }
    if (s !== '') out.push(text(s));
  };
  for (const m of value.matchAll(groupPattern)) {
    const items = parseCitationGroup(m[1] ?? '');
    if (!items) continue;
    plain(value.slice(last, m.index));
    out.push(text('('));
    items.forEach((item, i) => {
      const label = labels.get(item.key);
      if (!label) throw new Error(`${where(m.index)}: unknown reference key "@${item.key}" in citation ${m[0]}; expected the id of an entry in ${dataFiles.references}`);
      out.push(text(`${i > 0 ? '; ' : ''}${item.prefix === '' ? '' : `${item.prefix} `}`), link(item.key, itemText(item, label)));
    });
    out.push(text(')'));
    last = m.index + m[0].length;
  }
  plain(value.slice(last));
  return out.reduce<PhrasingContent[]>((merged, n) => {
    const prev = merged.at(-1);
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else if (n.type !== 'text' || n.value !== '') merged.push(n);
    return merged;
  }, []);
}

/** The plugin: `unified({ remarkPlugins: [remarkCitations] })`. */
export default function remarkCitations(options: CitationOptions = {}) {
  return (tree: Root, file: { path?: string | undefined }): void => {
    const labels = options.references ? citationLabels(options.references) : labelsOf(path.resolve(options.root ?? reportRoot()));
    const name = file.path === undefined ? '(MDX)' : path.relative(process.cwd(), file.path);
    visit(tree, 'text', (node, index, parent) => {
      if (parent === undefined || index === undefined || !node.value.includes('@')) return;
      if (parent.type === 'link' || parent.type === 'linkReference') return;
      const startLine = node.position?.start.line;
      const where = (offset: number): string => {
        const line = startLine === undefined ? undefined : startLine + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
        return `${name}${line === undefined ? '' : `:${line}`}`;
      };
      const replacement = renderCitations(node.value, labels, where);
      if (replacement.length === 1 && replacement[0] !== undefined && replacement[0].type === 'text' && replacement[0].value === node.value) return;
      // Text nodes only live in phrasing parents, so their siblings are phrasing content.
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
