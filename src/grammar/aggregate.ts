/**
 * Aggregates over the rows a figure selected, exact: sums and shares are
 * computed in decimal.js from each number's source text, so a total never
 * carries a binary-float error and prints with the precision of its parts.
 */
import { Exact } from '../datasets/exact.ts';
import { decimalsOf } from './format.ts';
import { PropError } from './problem.ts';
import type { Accessor } from './query.ts';
import type { TableRow } from './tables.ts';

export const aggregates = ['sum', 'share', 'count', 'min', 'max'] as const;
export type Aggregate = (typeof aggregates)[number];

/** A computed number with the decimals its exact text needs. */
export interface Computed {
  value: number;
  /** Exact decimal text ("870200.5"). */
  exact: string;
  /** The most decimals among the parts, for printing a total like its parts. */
  decimals: number;
}

const numeric = (a: Accessor, prop: string): void => {
  if (!['number', 'integer', 'year'].includes(a.column.type))
    throw new PropError(prop, `"${a.column.name}" is a ${a.column.type} field; a sum, share, minimum or maximum needs a number field`);
};

/** The exact value a row holds for an accessor's column, or undefined when missing. */
export function exactOf(a: Accessor, row: TableRow): Exact | undefined {
  const target = a.rowOf(row);
  const text = target?.exact[a.column.name];
  if (text !== undefined) return new Exact(text);
  const v = a.get(row);
  return typeof v === 'number' ? new Exact(v) : undefined;
}

const computed = (e: Exact, decimals: number): Computed => ({ value: e.toNumber(), exact: e.toFixed(), decimals });

function maxDecimals(a: Accessor, rows: readonly TableRow[]): number {
  return Math.max(0, ...rows.map((r) => decimalsOf(a.rowOf(r)?.exact[a.column.name])));
}

/** The exact sum of a number channel over rows (missing values skipped). */
export function exactSum(a: Accessor, rows: readonly TableRow[], prop = 'field'): Computed {
  numeric(a, prop);
  const total = rows.reduce((t, r) => t.plus(exactOf(a, r) ?? 0), new Exact(0));
  return computed(total, maxDecimals(a, rows));
}

/** `part / whole` as a percentage; undefined when the whole is zero. */
export function exactShare(part: Computed, whole: Computed): number | undefined {
  const w = new Exact(whole.exact);
  return w.isZero() ? undefined : new Exact(part.exact).dividedBy(w).times(100).toNumber();
}

/** An aggregate of a channel over rows. `share` is the sum of `rows` as a percentage of the sum of `of`. */
export function aggregate(
  kind: Aggregate,
  a: Accessor | undefined,
  rows: readonly TableRow[],
  of: readonly TableRow[] = rows,
  prop = 'aggregate',
): Computed {
  if (kind === 'count') return computed(new Exact(rows.length), 0);
  if (!a) throw new PropError('field', `missing; a ${kind} needs the number field to ${kind === 'share' ? 'compare' : 'read'}`);
  numeric(a, prop);
  if (kind === 'sum') return exactSum(a, rows, prop);
  if (kind === 'share') {
    const s = exactShare(exactSum(a, rows, prop), exactSum(a, of, prop));
    if (s === undefined) throw new PropError(prop, 'the whole is zero, so a share has no meaning');
    return { value: s, exact: String(s), decimals: 1 };
  }
  const values = rows.map((r) => exactOf(a, r)).filter((v): v is Exact => v !== undefined);
  if (values.length === 0) throw new PropError(prop, `no row has a value for "${a.column.name}"`);
  const pick = kind === 'min' ? Exact.min(...values) : Exact.max(...values);
  return computed(pick, maxDecimals(a, rows));
}
