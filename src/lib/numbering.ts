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
 *     an error naming the id; print `labelIn(numbered(id), t)` ("Рисунок 3" on a
 *     Russian page): `label` is the default words, for messages;
 *   - put `id={id}` on the element the label captions, so `#fig-…` links land on it;
 *   - cross-references `@fig-…` / `[@fig-…]` in the text then read "Figure 3"
 *     and link there (src/remark/citations.ts, src/components/cite/CrossRef.astro).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChapterFile } from '../report/load.ts';
import {
  labelIn,
  numberChapters,
  numberReport,
  scanChapter,
  type FigureUsage,
  type NumberedTag,
  type Numbered,
  type Numbering,
} from '../report/scan.ts';
import { cachedReport } from './report-cache.ts';

export { labelIn, numberChapters, type Numbered };

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

/** The text of `chapter` translated into `code` (content/<code>/chapters/<id>.mdx), or undefined when it has none. */
function translatedText(root: string, chapter: ChapterFile, code: string): string | undefined {
  const full = path.join(root, chapter.file.replace(/^content\//, `content/${code}/`));
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
}

const localeMemo = new WeakMap<readonly ChapterFile[], Map<string, FigureUsage[]>>();

/**
 * Every figure as the edition of `code` draws it: the props its translated
 * chapter writes (caption, titles, legend in that language), the default
 * language's where a chapter, or a figure, is not translated. Numbers and the
 * list of figures stay the default edition's: a download exists once per figure.
 */
export function localeFigureUsages(code: string, root?: string): FigureUsage[] {
  const report = cachedReport(root);
  let byCode = localeMemo.get(report.chapters);
  if (!byCode) localeMemo.set(report.chapters, (byCode = new Map()));
  const hit = byCode.get(code);
  if (hit) return hit;
  const translated = new Map<string, NonNullable<NumberedTag['figure']>>();
  for (const chapter of report.chapters) {
    const text = translatedText(report.root, chapter, code);
    if (text === undefined) continue;
    for (const n of scanChapter(text).numbered) if (n.figure && !translated.has(n.id)) translated.set(n.id, n.figure);
  }
  const usages = reportFigureUsages(root).map((u) => {
    const t = translated.get(u.id);
    return t === undefined || t.component !== u.component ? u : { ...u, props: t.props };
  });
  byCode.set(code, usages);
  return usages;
}
