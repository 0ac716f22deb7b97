/**
 * Static check of the ids that chapter text passes to the engine's MDX
 * components and citations, so a typo stops the build with the file and line
 * before anything renders.
 */
import type { CollectionName } from '../schemas/common.ts';
import type { ReportIssue } from './errors.ts';
import { figurePropIssues } from '../charts/spec.ts';
import { parseProps } from '../charts/usage.ts';
import { recordKinds, recordTargetsIn } from '../components/catalogue/record-targets.ts';
import { proseOf } from '../remark/pandoc.ts';
import { notFound, unknownIdMessage } from './messages.ts';
import { didYouMean } from './suggest.ts';

/** "did you mean" for a figure prop issue that lists what it expected ("… expected one of: "a", "b""). */
function withSuggestion(value: string, message: string): string {
  const list = /expected one of: (.*)$/.exec(message)?.[1];
  if (list === undefined) return message;
  const hint = didYouMean(
    value,
    [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ''),
  );
  return hint ? message.replace(/; expected one of: .*$/, `${hint} (expected one of: ${list})`) : message;
}

/** For each component, which props hold an id of which collection. */
export const componentRefs: Record<string, Record<string, CollectionName>> = {
  Value: { figure: 'keyFigures', region: 'regions', flow: 'tradeFlows' },
  EditorialNote: { id: 'editorialNotes' },
  RegionName: { id: 'regions' },
  KeyFigures: { ids: 'keyFigures' },
  Chart: { ids: 'keyFigures', total: 'keyFigures' },
};

/** The ids a prop holds: `p="id"` or `p={["a", "b"]}`. */
function propValues(attrs: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const a of attrs.matchAll(/([a-zA-Z]+)="([^"]*)"/g)) out.push([a[1] ?? '', a[2] ?? '']);
  for (const a of attrs.matchAll(/([a-zA-Z]+)=\{\[([^\]]*)\]\}/g)) {
    for (const v of (a[2] ?? '').matchAll(/["']([^"']+)["']/g)) out.push([a[1] ?? '', v[1] ?? '']);
  }
  return out;
}

/** Bracketed Pandoc-style citations: [@key], [@key, p. 3], [see @a; @b]. */
const citationGroup = /\[([^\[\]\n]*?@[a-z0-9][^\[\]\n]*)\]/g;
const citationKey = /(?:^|[\s;(])-?@([a-z0-9]+(?:-[a-z0-9]+)*)/g;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `unreadable`: collections whose data file could not be read; their ids are not checked (that file's error says it all). */
export function scanComponentUsage(
  file: string,
  text: string,
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  unreadable: ReadonlySet<CollectionName> = new Set(),
): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const tag = /<([A-Z][A-Za-z0-9]*)\b([^<>]*?)\/?>/g;
  for (const m of text.matchAll(tag)) {
    const [, name = '', attrs = ''] = m;
    // Figures: dataset, kind and every prop checked against src/charts/spec.ts.
    if (name === 'Chart' || name === 'Map') {
      const props = parseProps(attrs);
      for (const issue of figurePropIssues(name, props)) {
        // The misspelt word: the prop's name when the prop is unknown, else its value.
        const value = /^unknown prop/.test(issue.message) ? issue.prop : String(props[issue.prop] ?? '');
        issues.push({
          file,
          line: lineOf(text, m.index),
          entry: `<${name}>`,
          field: issue.prop,
          message: `prop "${issue.prop}": ${withSuggestion(value, issue.message)}`,
        });
      }
    }
    const props = componentRefs[name];
    if (!props) continue;
    for (const [prop, value] of propValues(attrs)) {
      const collection = props[prop];
      if (!collection || unreadable.has(collection)) continue;
      if (!ids.get(collection)?.has(value)) {
        issues.push({
          file,
          line: lineOf(text, m.index),
          entry: `<${name} ${prop}="${value}">`,
          field: prop,
          message: unknownIdMessage(collection, value, ids.get(collection) ?? []),
        });
      }
    }
  }
  // Links to catalogue records by id: [text](instrument:some-id).
  for (const t of recordTargetsIn(text)) {
    const { collection } = recordKinds[t.kind];
    if (unreadable.has(collection) || ids.get(collection)?.has(t.id)) continue;
    issues.push({
      file,
      line: lineOf(text, t.index),
      entry: `(${t.kind}:${t.id})`,
      field: 'link',
      message: `in a link to a record (${t.kind}:…): ${unknownIdMessage(collection, t.id, ids.get(collection) ?? [])}`,
    });
  }
  if (unreadable.has('references')) return issues;
  for (const g of text.matchAll(citationGroup)) {
    for (const k of (g[1] ?? '').matchAll(citationKey)) {
      const key = k[1] ?? '';
      // tbl-… and fig-… are cross-references to numbered tables and figures, checked by the remark plugin.
      if (/^(?:tbl|fig)-/.test(key)) continue;
      if (!ids.get('references')?.has(key)) {
        issues.push({
          file,
          line: lineOf(text, g.index),
          entry: `[${g[1]}]`,
          field: 'citation',
          message: `unknown reference key "@${key}": ${notFound('references', key, ids.get('references') ?? [])}`,
        });
      }
    }
  }
  return issues;
}

/** Numbered tables and figures carry an id="tbl-…" or id="fig-…" prop; text refers to them as @tbl-… / @fig-…. */
const crossRefTarget = /\bid="((?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)"/g;
const crossRefUse = /(?<![\w@.-])-?@((?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** Cross-references to tables and figures that no chapter defines, with file and line (the report numbers them across chapters). */
export function scanCrossReferences(chapters: ReadonlyArray<{ file: string; body: string }>): ReportIssue[] {
  const defined = new Set(chapters.flatMap((c) => [...c.body.matchAll(crossRefTarget)].map((m) => m[1] ?? '')));
  const issues: ReportIssue[] = [];
  for (const { file, body } of chapters) {
    for (const m of body.matchAll(crossRefUse)) {
      const id = m[1] ?? '';
      if (defined.has(id)) continue;
      const known = [...defined].sort().join(', ') || '(none defined)';
      const hint = didYouMean(id, defined);
      issues.push({
        file,
        line: lineOf(body, m.index),
        entry: `@${id}`,
        field: 'cross-reference',
        message: hint
          ? `unknown table or figure "@${id}"${hint}`
          : `unknown table or figure "@${id}"; expected the id of a table or figure placed in a chapter (id="${id}"): ${known}`,
      });
    }
  }
  return issues;
}

/**
 * Tables and figures whose id a second component takes again, with both
 * places: numbers and links need one id each. Ids inside code are examples,
 * not tables (as src/lib/numbering.ts counts them).
 */
export function scanNumberedIds(chapters: ReadonlyArray<{ file: string; body: string }>): ReportIssue[] {
  const first = new Map<string, string>();
  const issues: ReportIssue[] = [];
  for (const { file, body } of chapters) {
    const code = proseOf(body.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replace(/[^\n]/g, 'x')));
    for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b[^<>]*?\bid=["']((?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)["'][^<>]*>/g)) {
      if (code.charAt(m.index) !== 'x') continue;
      const id = m[2] ?? '';
      const where = `${file}:${lineOf(body, m.index)}`;
      const seen = first.get(id);
      if (seen === undefined) {
        first.set(id, where);
        continue;
      }
      issues.push({
        file,
        line: lineOf(body, m.index),
        entry: `<${m[1] ?? ''} id="${id}">`,
        field: 'id',
        message: `duplicate table or figure id "${id}": ${seen} already uses it; give each table and figure its own id`,
      });
    }
  }
  return issues;
}
