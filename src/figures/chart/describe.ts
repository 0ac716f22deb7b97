/**
 * Text alternatives generated from the encoding alone: how many bars or
 * points, the extremes with their labels, the total and the share of the
 * largest. Nothing here knows what the numbers measure; the caption says that.
 */
import type { Accessor } from '../../grammar/query.ts';
import type { TableRow } from '../../grammar/tables.ts';
import { chartWords, formatValue, logNote, type Encoding } from './encode.ts';

/** The rows with the largest and the smallest value of `a`. */
export function extremes(a: Accessor, rows: readonly TableRow[]): { max: TableRow; min: TableRow } | undefined {
  let max: TableRow | undefined;
  let min: TableRow | undefined;
  const num = (r: TableRow | undefined): number => {
    const v = r === undefined ? null : a.get(r);
    return typeof v === 'number' ? v : Number.NaN;
  };
  for (const r of rows) {
    const v = num(r);
    if (Number.isNaN(v)) continue;
    if (max === undefined || v > num(max)) max = r;
    if (min === undefined || v < num(min)) min = r;
  }
  return max && min ? { max, min } : undefined;
}

/** Lines, areas and dots: for each series, its span, first and last value, and its highest point. */
export function describeSeries(
  enc: Encoding,
  y: Accessor,
  series: ReadonlyArray<{ name: string; rows: readonly TableRow[] }>,
  xText: (r: TableRow) => string,
): string {
  const t = chartWords(enc);
  const each = series.slice(0, 6).map(({ name, rows }) => {
    const first = rows[0];
    const last = rows.at(-1);
    const ends = extremes(y, rows);
    if (!first || !last || !ends) return '';
    const who = name === '' ? '' : `${name}: `;
    return t('grammar.seriesLine', {
      who,
      first: formatValue(enc, y, first),
      firstAt: xText(first),
      last: formatValue(enc, y, last),
      lastAt: xText(last),
      max: formatValue(enc, y, ends.max),
      maxAt: xText(ends.max),
      min: formatValue(enc, y, ends.min),
      minAt: xText(ends.min),
    });
  });
  const points = t('grammar.points', { count: enc.rows.length });
  const head =
    series.length > 1
      ? t('grammar.seriesHeadMany', { points, series: t('grammar.series', { count: series.length }) })
      : t('grammar.seriesHead', { points });
  const more = series.length > 6 ? ` ${t('grammar.moreSeries', { count: series.length - 6 })}` : '';
  return [head, ...each.filter((s) => s !== '')].join(' ') + more + logNote(enc);
}
