/**
 * Text alternatives generated from the encoding alone: how many bars or
 * points, the extremes with their labels, the total and the share of the
 * largest. Nothing here knows what the numbers measure; the caption says that.
 */
import type { Accessor } from '../../grammar/query.ts';
import type { TableRow } from '../../grammar/tables.ts';
import { formatValue, type Encoding } from './encode.ts';

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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

/** The sentence a log scale adds to a description. */
export const logNote = ' The scale is logarithmic: each gridline is ten times the one before, so the small values stay readable.';

/** Lines, areas and dots: for each series, its span, first and last value, and its highest point. */
export function describeSeries(
  enc: Encoding,
  y: Accessor,
  series: ReadonlyArray<{ name: string; rows: readonly TableRow[] }>,
  xText: (r: TableRow) => string,
): string {
  const each = series.slice(0, 6).map(({ name, rows }) => {
    const first = rows[0];
    const last = rows.at(-1);
    const ends = extremes(y, rows);
    if (!first || !last || !ends) return '';
    const who = name === '' ? '' : `${name}: `;
    return `${who}${formatValue(enc, y, first)} in ${xText(first)}, ${formatValue(enc, y, last)} in ${xText(last)}; highest ${formatValue(enc, y, ends.max)} in ${xText(ends.max)}, lowest ${formatValue(enc, y, ends.min)} in ${xText(ends.min)}.`;
  });
  const head = `${plural(enc.rows.length, 'point', 'points')}${series.length > 1 ? ` in ${plural(series.length, 'series', 'series')}` : ''}.`;
  const more = series.length > 6 ? ` ${series.length - 6} more series are in the table.` : '';
  return [head, ...each.filter((s) => s !== '')].join(' ') + more + (enc.props.scale === 'log' ? logNote : '');
}
