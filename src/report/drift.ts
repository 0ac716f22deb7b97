/**
 * Numbers must not drift between languages. Two checks over the chapters'
 * prose (src/report/prose-numbers.ts): a translated chapter writes the same
 * numbers as its source chapter, no more and no fewer; and no chapter, in any
 * language, writes by hand a number a dataset holds as a measured value (it
 * comes through <Value>, so every edition shows the data's own number).
 */
import { primaryKey, type Dataset } from '../datasets/dataset.ts';
import { nameList } from '../datasets/descriptor.ts';
import type { ReportIssue } from './errors.ts';
import { proseNumbers, type ProseNumber } from './prose-numbers.ts';

export interface ChapterProse {
  /** File relative to the report root ("content/ru/chapters/x.mdx"). */
  file: string;
  /** The whole MDX text, frontmatter included (lines are the file's). */
  text: string;
  /** The language it is written in. */
  locale: string;
}

/** Pairs of positions of the longest common subsequence of two value lists. */
function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const row = len[i] ?? [];
      row[j] = a[i] === b[j] ? (len[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(len[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if ((len[i + 1]?.[j] ?? 0) >= (len[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Numbers one list has more often than the other: the occurrences left unmatched, first ones first. */
function surplus(mine: readonly ProseNumber[], theirs: readonly ProseNumber[], matched: ReadonlySet<number>): number[] {
  const count = new Map<string, number>();
  for (const n of theirs) count.set(n.value, (count.get(n.value) ?? 0) + 1);
  for (const n of mine) count.set(n.value, (count.get(n.value) ?? 0) - 1);
  const out: number[] = [];
  mine.forEach((n, i) => {
    const over = -(count.get(n.value) ?? 0);
    if (over > 0 && !matched.has(i)) {
      out.push(i);
      count.set(n.value, (count.get(n.value) ?? 0) + 1);
    }
  });
  return out;
}

/** The line of the other text's number matched nearest before position `i` (the place a number belongs). */
function nearLine(i: number, pairs: ReadonlyArray<[number, number]>, other: readonly ProseNumber[], side: 0 | 1): number {
  let line = 1;
  for (const p of pairs) if (p[side] <= i) line = other[p[side === 0 ? 1 : 0]]?.line ?? line;
  return line;
}

/** A translation that writes more or fewer numbers than its source chapter, number by number. */
export function translationDrift(source: ChapterProse, translation: ChapterProse): ReportIssue[] {
  const a = proseNumbers(source.text, source.locale);
  const b = proseNumbers(translation.text, translation.locale);
  const pairs = commonSubsequence(
    a.map((n) => n.value),
    b.map((n) => n.value),
  );
  const issues: ReportIssue[] = [];
  const advice =
    'numbers must not drift between languages: write the same numbers as the source chapter (a measured value through <Value>)';
  for (const i of surplus(a, b, new Set(pairs.map((p) => p[0])))) {
    const n = a[i];
    if (!n) continue;
    issues.push({
      file: translation.file,
      line: nearLine(i, pairs, b, 0),
      entry: `number ${n.value}`,
      field: 'prose',
      message: `the source chapter writes ${n.text} at ${source.file}:${n.line}, and this translation does not write it (expected near this line); ${advice}`,
    });
  }
  for (const j of surplus(b, a, new Set(pairs.map((p) => p[1])))) {
    const n = b[j];
    if (!n) continue;
    issues.push({
      file: translation.file,
      line: n.line,
      entry: `number ${n.value}`,
      field: 'prose',
      message: `writes ${n.text}, which the source chapter does not write (its place in the source: ${source.file}:${nearLine(j, pairs, a, 1)}); ${advice}`,
    });
  }
  return issues.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
}

/** Where a dataset holds a measured value. */
interface Measure {
  dataset: string;
  file: string;
  line: number;
  row: string;
  field: string;
}

/**
 * The measured values of the datasets, by number: number and integer fields
 * that are neither keys (primary or foreign) nor of a date or year type,
 * whose value is 100 or more, or 10 or more with a fraction. Smaller numbers
 * (ranks, counts, shares under 100) are left out: prose writes such numbers
 * for days, sections and ordinals far more often than it quotes them.
 */
export function measuredValues(datasets: readonly Dataset[]): Map<number, Measure> {
  const out = new Map<number, Measure>();
  for (const d of datasets) {
    const keys = new Set([...primaryKey(d.schema), ...(d.schema.foreignKeys ?? []).flatMap((fk) => nameList(fk.fields))]);
    const fields = d.schema.fields.filter((f) => (f.type === 'number' || f.type === 'integer') && !keys.has(f.name));
    for (const row of d.rows)
      for (const f of fields) {
        const v = row.values[f.name];
        if (typeof v !== 'number' || !counts(v) || out.has(v)) continue;
        out.set(v, { dataset: d.name, file: d.file, line: row.fieldLines[f.name] ?? row.line, row: row.key, field: f.name });
      }
  }
  return out;
}

const counts = (v: number): boolean => Math.abs(v) >= 100 || (!Number.isInteger(v) && Math.abs(v) >= 10);
/** A year as prose writes it: four digits, no grouping, 1000–2999. */
const yearLike = /^[12]\d{3}$/;

/** Numbers a chapter writes by hand that a dataset holds as a measured value. */
export function quotedMeasures(chapter: ChapterProse, measured: ReadonlyMap<number, Measure>): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const n of proseNumbers(chapter.text, chapter.locale)) {
    if ((yearLike.test(n.value) && n.text === n.value) || !/^\d+(?:\.\d+)?$/.test(n.value)) continue;
    // "21 billion" is 21e9 (rounded to the digits written: 7.5 thousand is 7500).
    const scaled = n.scale === undefined ? undefined : Number((Number(n.value) * n.scale).toPrecision(15));
    const m = measured.get(Number(n.value)) ?? (scaled === undefined ? undefined : measured.get(scaled));
    if (!m) continue;
    issues.push({
      file: chapter.file,
      line: n.line,
      entry: `number ${n.value}`,
      field: 'prose',
      message: `writes ${n.text}${n.scale === undefined ? '' : ` (×${n.scale})`} by hand, a value the dataset "${m.dataset}" holds (${m.file}:${m.line}, row ${m.row}, field ${m.field}); place it with <Value dataset="${m.dataset}" … field="${m.field}" /> so every language shows the data's own number`,
    });
  }
  return issues;
}

/** Both checks over a report's chapters (`sources`, in the default language) and their translations (with the source's file name). */
export function driftIssues(
  sources: readonly ChapterProse[],
  translations: ReadonlyArray<ChapterProse & { source: string }>,
  datasets: readonly Dataset[],
): ReportIssue[] {
  const measured = measuredValues(datasets);
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const issues = [...sources, ...translations].flatMap((c) => quotedMeasures(c, measured));
  for (const t of translations) {
    const source = byFile.get(t.source);
    if (source) issues.push(...translationDrift(source, t));
  }
  return issues;
}
