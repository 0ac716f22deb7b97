/**
 * Numbered tables and figures, and the cross-references that name them.
 *
 * A table or figure takes a number when a chapter places a component with an
 * `id` prop starting `tbl-` or `fig-` (`<PopulationTable id="tbl-population" …/>`,
 * `<Chart id="fig-exports" …/>`), and every `<Chart>` and `<Map>` is a figure.
 * Numbers follow the page order: chapters in reading order, components in the
 * order they appear in each chapter. Tables and figures are counted apart
 * ("Table 1", "Figure 1"). The numbering itself is made from the one scan of
 * the chapters (src/report/scan.ts); this module gives it for the report being
 * built, once per reading of it. The figure components, the figure downloads
 * and the cross-references all read it.
 *
 * For component authors (figures, maps, charts), the whole API is:
 *   - `numbered(id)`: { label: "Figure 3", number: 3, kind, chapterId, anchor } or
 *     an error naming the id; call it in the component to print the label;
 *   - put `id={id}` on the element the label captions, so `#fig-…` links land on it;
 *   - cross-references `@fig-…` / `[@fig-…]` in the text then read "Figure 3"
 *     and link there (src/remark/citations.ts, src/components/cite/CrossRef.astro).
 */
import type { ChapterFile } from '../report/load.ts';
import { numberChapters, numberReport, type FigureUsage, type Numbered, type Numbering } from '../report/scan.ts';
import { cachedReport } from './report-cache.ts';

export { numberChapters, type Numbered };

const memo = new WeakMap<readonly ChapterFile[], Numbering>();

function reportNumberingOf(root?: string): Numbering {
  const chapters = cachedReport(root).chapters;
  let numbering = memo.get(chapters);
  if (!numbering) {
    numbering = numberReport(chapters);
    if (numbering.duplicates.length > 0) numberChapters(chapters); // throws, naming both places
    memo.set(chapters, numbering);
  }
  return numbering;
}

/** The numbering of the report at `root` (REPORT_ROOT by default), computed once per reading of it. */
export function reportNumbering(root?: string): Map<string, Numbered> {
  return reportNumberingOf(root).byId;
}

/** Every figure the report's chapters draw, with its number, in reading order. */
export function reportFigureUsages(root?: string): FigureUsage[] {
  return reportNumberingOf(root).figures;
}

/** The number of a table or figure placed in the report; throws, naming the id, if no chapter places it. */
export function numbered(id: string, root?: string): Numbered {
  const found = reportNumbering(root).get(id);
  if (!found)
    throw new Error(`no table or figure has the id "${id}"; give the component id="${id}" in a chapter (ids start with tbl- or fig-)`);
  return found;
}
