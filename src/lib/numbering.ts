/**
 * Numbered tables and figures, and the cross-references that name them.
 *
 * A table or figure takes a number when a chapter places a component with an
 * `id` prop starting `tbl-` or `fig-` (`<PopulationTable id="tbl-population" …/>`,
 * `<Chart id="fig-exports" …/>`). Numbers follow the page order: chapters in
 * reading order, components in the order they appear in each chapter. Tables
 * and figures are counted apart ("Table 1", "Figure 1").
 *
 * For component authors (figures, maps, charts), the whole API is:
 *   - `numbered(id)`: { label: "Figure 3", number: 3, kind, chapterId, anchor } or
 *     an error naming the id; call it in the component to print the label;
 *   - put `id={id}` on the element the label captions, so `#fig-…` links land on it;
 *   - cross-references `@fig-…` / `[@fig-…]` in the text then read "Figure 3"
 *     and link there (src/remark/citations.ts, src/components/cite/CrossRef.astro).
 */
import type { ChapterFile } from '../report/load.ts';
import { cachedReport } from './report-cache.ts';
import { crossRefKinds, proseOf, type CrossRefKind } from '../remark/pandoc.ts';

export interface Numbered {
  /** The id as written: "tbl-population". */
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

const kindLabel: Record<CrossRefKind, string> = { table: 'Table', figure: 'Figure' };

/** `id="tbl-…"` / `id="fig-…"` props of the components a chapter places, in order, with their lines. */
export function scanNumbered(body: string): Array<{ id: string; line: number }> {
  const out: Array<{ id: string; line: number }> = [];
  const code = proseOf(body.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replace(/[^\n]/g, 'x'))); // keeps tags, blanks code
  for (const m of body.matchAll(/<[A-Z][A-Za-z0-9]*\b[^<>]*?\bid=["']((?:tbl|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)["'][^<>]*>/g)) {
    if (code.charAt(m.index) !== 'x') continue; // inside code: an example, not a table
    out.push({ id: m[1] ?? '', line: body.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Numbers every table and figure of `chapters` (in reading order); throws on a duplicate id. */
export function numberChapters(chapters: readonly ChapterFile[]): Map<string, Numbered> {
  const map = new Map<string, Numbered>();
  const counts: Record<CrossRefKind, number> = { table: 0, figure: 0 };
  for (const chapter of chapters) {
    for (const { id, line } of scanNumbered(chapter.body)) {
      const prefix = id.slice(0, 3) as keyof typeof crossRefKinds;
      const kind = crossRefKinds[prefix];
      const where = `${chapter.file}:${line}`;
      const seen = map.get(id);
      if (seen) throw new Error(`${where}: the id "${id}" is already used at ${seen.where}; every table and figure needs its own id`);
      const number = ++counts[kind];
      map.set(id, { id, kind, number, label: `${kindLabel[kind]} ${number}`, chapterId: chapter.id, where });
    }
  }
  return map;
}

const memo = new WeakMap<readonly ChapterFile[], Map<string, Numbered>>();

/** The numbering of the report at `root` (REPORT_ROOT by default), computed once per reading of it. */
export function reportNumbering(root?: string): Map<string, Numbered> {
  const chapters = cachedReport(root).chapters;
  let map = memo.get(chapters);
  if (!map) memo.set(chapters, (map = numberChapters(chapters)));
  return map;
}

/** The number of a table or figure placed in the report; throws, naming the id, if no chapter places it. */
export function numbered(id: string, root?: string): Numbered {
  const found = reportNumbering(root).get(id);
  if (!found)
    throw new Error(`no table or figure has the id "${id}"; give the component id="${id}" in a chapter (ids start with tbl- or fig-)`);
  return found;
}
