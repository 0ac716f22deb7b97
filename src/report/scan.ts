/**
 * The one reading of a chapter's MDX text: the components it places with
 * their props, the numbered tables and figures, the cross-references, the
 * links to records and the citations, each with its line. Validation
 * (src/report/load.ts), numbering (tables and figures, src/lib/numbering.ts),
 * the figure components and their downloads all read this scan.
 *
 * It depends only on schemas and small helpers (the maps' figure spec, Pandoc
 * syntax, record links, messages); never on the report loader, which depends on it.
 */
import type { CollectionName } from '../schemas/common.ts';
import type { ReportIssue } from './errors.ts';
import { recordKinds, recordTargetsIn, type RecordKind } from '../components/catalogue/record-targets.ts';
import { crossRefKinds, findCitations, isCrossRef, proseOf, type CrossRefKind } from '../remark/pandoc.ts';
import { notFound, unknownIdMessage } from './messages.ts';
import { didYouMean } from './suggest.ts';

/** What the scan needs of a chapter: its id, its file (relative to the report root, for messages) and its MDX body. */
/** The components that draw a numbered figure. */
type FigureComponent = 'Chart' | 'Map';

export interface ChapterText {
  id: string;
  file: string;
  body: string;
}

/** Props as written: `p="text"`, `p={2015}`, `p={["a", "b"]}`, `p={true}`, bare `p`. */
export function parseProps(attrs: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const prop = /([A-Za-z]+)(?:=(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\}))?/g;
  for (const m of attrs.matchAll(prop)) {
    const [, key = '', dq, sq, expr] = m;
    if (dq !== undefined || sq !== undefined) out[key] = dq ?? sq;
    else if (expr === undefined) out[key] = true;
    else {
      const e = expr.trim();
      if (e.startsWith('[')) out[key] = [...e.matchAll(/["']([^"']*)["']/g)].map((v) => v[1] ?? '');
      else if (/^-?\d+(?:\.\d+)?$/.test(e)) out[key] = Number(e);
      else if (e === 'true' || e === 'false') out[key] = e === 'true';
      else if (/^["'].*["']$/.test(e)) out[key] = e.slice(1, -1);
      else out[key] = e;
    }
  }
  return out;
}

/** One component tag of a chapter (`<Name …>` or `<Name … />`). */
export interface ComponentTag {
  name: string;
  /** The attribute text as written. */
  attrs: string;
  props: Record<string, unknown>;
  /** Offset of the tag in the text, and its 1-based line. */
  index: number;
  line: number;
  /** Inside code (a fenced block or inline code): an example, not a component the page places. */
  inCode: boolean;
}

/** A table or figure the chapter places, in order: every `<Chart>`/`<Map>`, and every component with an `id="tbl-…"`/`id="fig-…"`. */
export interface NumberedTag {
  id: string;
  /** The component that places it. */
  component: string;
  kind: CrossRefKind;
  line: number;
  /** Set for a `<Chart>` or `<Map>`: the figure the engine draws, with its props as written. */
  figure?: { component: FigureComponent; props: Readonly<Record<string, unknown>> };
}

export interface ChapterScan {
  tags: ComponentTag[];
  numbered: NumberedTag[];
  /** `@tbl-…` / `@fig-…` uses. */
  crossRefs: Array<{ id: string; line: number }>;
  /** Citations, bracketed `[see @a, p. 3; @b]` or bare `@a`: the group's text and the keys (cross-references left out). */
  citations: Array<{ group: string; keys: string[]; line: number }>;
  /** Links to records by id: `[text](instrument:some-id)`. */
  recordLinks: Array<{ kind: RecordKind; id: string; line: number }>;
}

/** A tag; a quoted prop may hold "<" or ">" (`filter="year >= 2020"`). */
const tagPattern = /<([A-Z][A-Za-z0-9]*)\b((?:[^<>"']|"[^"]*"|'[^']*')*?)\/?>/g;
const numberedId = /^(?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idAttr = /\bid=["']((?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)["']/;
/** Text refers to numbered tables and figures as @tbl-… / @fig-…. */
const crossRefUse = /(?<![\w@.-])-?@((?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** Line numbers of offsets in `text`, computed once. */
function lineIndex(text: string): (index: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function scanUncached(body: string): ChapterScan {
  const lineOf = lineIndex(body);
  // Tags kept as runs of "x", code blanked: a tag whose first character is still "x" is outside code.
  const code = proseOf(body.replace(/<[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*')*>/g, (tag) => tag.replace(/[^\n]/g, 'x')));
  const tags: ComponentTag[] = [];
  const numbered: NumberedTag[] = [];
  for (const m of body.matchAll(tagPattern)) {
    const [, name = '', attrs = ''] = m;
    const tag: ComponentTag = {
      name,
      attrs,
      props: parseProps(attrs),
      index: m.index,
      line: lineOf(m.index),
      inCode: code.charAt(m.index) !== 'x',
    };
    tags.push(tag);
    if (tag.inCode) continue;
    if (name === 'Chart' || name === 'Map') {
      const props = tag.props;
      // A figure is numbered by its `id` (required: the validator reports one that is missing); the stand-in never reaches a page.
      const id = typeof props['id'] === 'string' ? props['id'] : `${name.toLowerCase()}-at-line-${tag.line}`;
      numbered.push({ id, component: name, kind: 'figure', line: tag.line, figure: { component: name, props } });
      continue;
    }
    const id = idAttr.exec(attrs)?.[1];
    if (id !== undefined)
      numbered.push({ id, component: name, kind: crossRefKinds[id.slice(0, 3) as keyof typeof crossRefKinds], line: tag.line });
  }
  const crossRefs = [...body.matchAll(crossRefUse)].map((m) => ({ id: m[1] ?? '', line: lineOf(m.index) }));
  // The remark plugin's own reading of the syntax (src/remark/pandoc.ts), over the prose only.
  const citations = findCitations(proseOf(body))
    .map((c) => ({
      group: c.narrative ? c.source.slice(1) : c.source.slice(1, -1),
      keys: c.items.map((i) => i.key).filter((key) => !isCrossRef(key)),
      line: lineOf(c.index),
    }))
    .filter((c) => c.keys.length > 0);
  const recordLinks = [...recordTargetsIn(body)].map((t) => ({ kind: t.kind, id: t.id, line: lineOf(t.index) }));
  return { tags, numbered, crossRefs, citations, recordLinks };
}

/** Scans of recent chapter texts: validation, numbering and the pages read the same text, and scan it once. */
const scans = new Map<string, ChapterScan>();

/** The scan of one chapter's MDX text (memoized by text). */
export function scanChapter(body: string): ChapterScan {
  let scan = scans.get(body);
  if (!scan) {
    if (scans.size >= 4096) scans.clear();
    scans.set(body, (scan = scanUncached(body)));
  }
  return scan;
}

// ---------------------------------------------------------------------------
// Numbering: tables and figures in reading order.

export interface Numbered {
  /** The id as written: "tbl-population", "fig-exports-map". */
  id: string;
  kind: CrossRefKind;
  number: number;
  /** "Table 1", "Figure 3". */
  label: string;
  /** Chapter whose page shows it. */
  chapterId: string;
  /** File and line that place it, for messages. */
  where: string;
}

/** A `<Chart>` or `<Map>` a chapter places, with its number. */
export interface FigureUsage {
  component: FigureComponent;
  /** Props as written (src/report/scan.ts parseProps); each component checks its own. */
  props: Readonly<Record<string, unknown>>;
  id: string;
  /** 1-based, in reading order across the report (the figure's entry in the numbering). */
  number: number;
  chapter: string;
  /** The chapter's MDX file, relative to the report root. */
  file: string;
}

export interface Numbering {
  /** By id: the first component that takes each id. */
  byId: Map<string, Numbered>;
  /** Every drawn figure, in reading order. */
  figures: FigureUsage[];
  /** A tbl-/fig- id a second component takes again, with both places. */
  duplicates: ReportIssue[];
}

/** The default words of `label`, for the validator's messages; a page prints `labelIn` instead. */
const kindLabel: Record<CrossRefKind, string> = { table: 'Table', figure: 'Figure' };

/** "Table 1", "Рисунок 3": a numbered table or figure's label in the words of a page's language (`t`, the messages `figure.table`/`figure.figure`). */
export function labelIn(n: Pick<Numbered, 'kind' | 'number'>, t: (key: string) => string): string {
  return `${t(n.kind === 'table' ? 'figure.table' : 'figure.figure')} ${String(n.number)}`;
}

/**
 * Numbers every table and figure of `chapters` (in reading order). Tables and
 * figures are counted apart ("Table 1", "Figure 1"); every `<Chart>` and
 * `<Map>` is a figure, numbered by its `id` prop.
 */
export function numberReport(chapters: readonly ChapterText[]): Numbering {
  const byId = new Map<string, Numbered>();
  const figures: FigureUsage[] = [];
  const duplicates: ReportIssue[] = [];
  const counts: Record<CrossRefKind, number> = { table: 0, figure: 0 };
  for (const chapter of chapters) {
    for (const n of scanChapter(chapter.body).numbered) {
      const number = ++counts[n.kind];
      const where = `${chapter.file}:${n.line}`;
      if (n.figure) figures.push({ ...n.figure, id: n.id, number, chapter: chapter.id, file: chapter.file });
      const seen = byId.get(n.id);
      if (seen === undefined) {
        byId.set(n.id, { id: n.id, kind: n.kind, number, label: `${kindLabel[n.kind]} ${number}`, chapterId: chapter.id, where });
      } else if (numberedId.test(n.id)) {
        duplicates.push({
          file: chapter.file,
          line: n.line,
          entry: `<${n.component} id="${n.id}">`,
          field: 'id',
          message: `duplicate table or figure id "${n.id}": ${seen.where} already uses it; give each table and figure its own id`,
        });
      }
    }
  }
  return { byId, figures, duplicates };
}

/** Numbers every table and figure of `chapters` (in reading order); throws on a duplicate id. */
export function numberChapters(chapters: readonly ChapterText[]): Map<string, Numbered> {
  const { byId, duplicates } = numberReport(chapters);
  const first = duplicates[0];
  if (first) {
    const id = /"([^"]+)"/.exec(first.message)?.[1] ?? '';
    throw new Error(
      `${first.file}:${first.line}: the id "${id}" is already used at ${byId.get(id)?.where ?? '?'}; every table and figure needs its own id`,
    );
  }
  return byId;
}

/** Every figure of the report, numbered in reading order. */
export function figureUsages(report: { chapters: readonly ChapterText[] }): FigureUsage[] {
  return numberReport(report.chapters).figures;
}

// ---------------------------------------------------------------------------
// Validation of what the text names: ids, figure props, citations, cross-references.

/** For each component, which props hold an id of which collection. */
export const componentRefs: Record<string, Record<string, CollectionName>> = {
  EditorialNote: { id: 'editorialNotes' },
};

/** The ids a prop holds (`p="id"` or `p={["a", "b"]}`): single ids first, then lists, as the messages have always listed them. */
function propValues(props: Readonly<Record<string, unknown>>): Array<[string, string]> {
  const entries = Object.entries(props);
  return [
    ...entries.flatMap(([k, v]): Array<[string, string]> => (typeof v === 'string' ? [[k, v]] : [])),
    ...entries.flatMap(([k, v]): Array<[string, string]> =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '').map((x) => [k, x]) : [],
    ),
  ];
}

/** Issues of one chapter. `unreadable`: collections whose data file could not be read; their ids are not checked (that file's error says it all). */
export function scanComponentUsage(
  file: string,
  text: string,
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  unreadable: ReadonlySet<CollectionName> = new Set(),
): ReportIssue[] {
  const scan = scanChapter(text);
  const issues: ReportIssue[] = [];
  for (const { name, props, line } of scan.tags) {
    // <Chart> and <Map> are grammar components, checked against the tables by src/grammar/check.ts.
    const refs = componentRefs[name];
    if (!refs) continue;
    for (const [prop, value] of propValues(props)) {
      const collection = refs[prop];
      if (!collection || unreadable.has(collection)) continue;
      if (!ids.get(collection)?.has(value)) {
        issues.push({
          file,
          line,
          entry: `<${name} ${prop}="${value}">`,
          field: prop,
          message: unknownIdMessage(collection, value, ids.get(collection) ?? []),
        });
      }
    }
  }
  for (const t of scan.recordLinks) {
    const { collection } = recordKinds[t.kind];
    if (unreadable.has(collection) || ids.get(collection)?.has(t.id)) continue;
    issues.push({
      file,
      line: t.line,
      entry: `(${t.kind}:${t.id})`,
      field: 'link',
      message: `in a link to a record (${t.kind}:…): ${unknownIdMessage(collection, t.id, ids.get(collection) ?? [])}`,
    });
  }
  if (unreadable.has('references')) return issues;
  for (const c of scan.citations) {
    for (const key of c.keys) {
      if (ids.get('references')?.has(key)) continue;
      issues.push({
        file,
        line: c.line,
        entry: `[${c.group}]`,
        field: 'citation',
        message: `unknown reference key "@${key}": ${notFound('references', key, ids.get('references') ?? [])}`,
      });
    }
  }
  return issues;
}

/** Cross-references to tables and figures that no chapter places, with file and line (the report numbers them across chapters). */
export function scanCrossReferences(chapters: ReadonlyArray<{ file: string; body: string }>): ReportIssue[] {
  const defined = new Set(
    chapters.flatMap((c) =>
      scanChapter(c.body)
        .numbered.map((n) => n.id)
        .filter((id) => numberedId.test(id)),
    ),
  );
  const issues: ReportIssue[] = [];
  for (const { file, body } of chapters) {
    for (const { id, line } of scanChapter(body).crossRefs) {
      if (defined.has(id)) continue;
      const known = [...defined].sort().join(', ') || '(none defined)';
      const hint = didYouMean(id, defined);
      issues.push({
        file,
        line,
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

/** Tables and figures whose id a second component takes again, with both places: numbers and links need one id each. */
export function scanNumberedIds(chapters: ReadonlyArray<{ file: string; body: string }>): ReportIssue[] {
  return numberReport(chapters.map((c) => ({ id: '', ...c }))).duplicates;
}
