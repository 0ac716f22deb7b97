/**
 * <Value>: one number (or text) of the report's prose, read from a table so
 * the text cannot drift from the data. A query: a dataset, a row (`row`, or
 * `filter`), a field, and optionally an aggregate over the rows selected:
 *   <Value dataset="trade-flows" row="2014, KZ-KUS, RU-CHE" field="value" />
 *   <Value dataset="regions" filter="border = true" aggregate="count" />
 * Qualifier ("about") and unit come from the row (the field's qualifierField
 * and unitField) or the field's `unit`; the number format from `format` or the
 * field's numberFormat. Pure: the validator checks every tag with it.
 */
import { z } from 'astro/zod';
import { aggregate, aggregates, type Computed } from '../../grammar/aggregate.ts';
import type { GrammarComponent, GrammarContext } from '../../grammar/component.ts';
import { checkFormat, formatNumber, qualifierWords, withUnit } from '../../grammar/format.ts';
import { PropError } from '../../grammar/problem.ts';
import { accessor, conditions, selectRows, tableNamed, type Accessor } from '../../grammar/query.ts';
import { meets } from '../../grammar/filter.ts';
import type { Table, TableRow } from '../../grammar/tables.ts';
import type { Source } from '../../lib/sources.ts';
import { uniqueSources } from '../../lib/sources.ts';
import { columnUnit, countWord, wordsOf } from '../../grammar/words.ts';
import { readProps } from './grammar-props.ts';

const valueSchema = z.strictObject({
  dataset: z.string({ error: 'expected the name of a dataset, such as dataset="exports"' }),
  /** One row by its key ("KZ-KUS", or "2014, KZ-KUS, RU-CHE" for a key of several fields). */
  row: z.string().min(1, { error: 'expected a row key' }).optional(),
  /** Several rows by key, for an aggregate. */
  rows: z.array(z.string()).min(1, { error: 'expected at least one row key' }).optional(),
  filter: z.string().min(1).optional(),
  /** The field to print: a field, or a path through a link ("region.name"). */
  field: z.string().min(1).optional(),
  aggregate: z.enum(aggregates, { error: `expected one of: ${aggregates.join(', ')}` }).optional(),
  /** For a share: the rows of the whole (a filter); the whole table without it. */
  of: z.string().min(1).optional(),
  format: z.string().min(1).optional(),
  /** unit={false}: the number alone, when the sentence names the unit itself. */
  unit: z.boolean({ error: 'expected unit={false}' }).optional(),
  /** The language of a text value ("ru"), for screen readers and fonts. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "ru"' })
    .optional(),
});
export type ValueProps = z.input<typeof valueSchema>;

/** A number (or text) worded for prose, in parts so a headline card can style them apart. */
export interface ValueParts {
  qualifier: string | undefined;
  number: string;
  unit: string | undefined;
  /** Whether a space separates number and unit ("7,500 km", but "20%"). */
  spaced: boolean;
  /** The whole phrase: "about 7,500 km". */
  text: string;
}

export interface ResolvedValue extends ValueParts {
  /** Machine-readable value for <data value>; undefined for a text. */
  value: string | undefined;
  /** What the datum is, for the title: the row's label ("Length of the common border"), or "7 of 24 rows of regions". */
  what: string;
  sources: Source[];
  lang: string | undefined;
}

const isNumeric = (a: Accessor): boolean => ['number', 'integer', 'year'].includes(a.column.type);

function parts(number: string, unit: string | null | undefined, qualifier: string | undefined): ValueParts {
  const u = unit === null || unit === undefined || unit === '' ? undefined : unit;
  const joined = withUnit(number, u);
  const spaced = u !== undefined && joined !== `${number}${u}`;
  return { qualifier, number, unit: u, spaced, text: [qualifier, joined].filter((p) => p !== undefined).join(' ') };
}

/** The unit a row's number carries as the data writes it: its own (unitField), else the field's. */
function unitOf(a: Accessor, row: TableRow): string | undefined {
  const c = a.column;
  if (c.unitField !== undefined) {
    const u = a.rowOf(row)?.values[c.unitField];
    return u === null || u === undefined ? undefined : String(u);
  }
  return c.unit;
}

/** One unit for the rows of an aggregate; mixed units cannot be summed. */
function commonUnit(a: Accessor, rows: readonly TableRow[]): string | undefined {
  const units = new Set(rows.map((r) => unitOf(a, r) ?? ''));
  if (units.size > 1)
    throw new PropError(
      'field',
      `the rows selected have different units (${[...units].map((u) => `"${u}"`).join(', ')}); an aggregate needs one unit`,
    );
  return [...units][0] || undefined;
}

function selection(ctx: GrammarContext, table: Table, p: z.output<typeof valueSchema>): TableRow[] {
  if (p.row !== undefined && (p.rows !== undefined || p.filter !== undefined))
    throw new PropError('row', 'names one row: use it without rows or filter');
  try {
    return selectRows(ctx.tables, table, { rows: p.row === undefined ? p.rows : [p.row], filter: p.filter });
  } catch (e) {
    // The row was named with `row`: say so, not "rows".
    if (e instanceof PropError && e.prop === 'rows' && p.row !== undefined) throw new PropError('row', e.message);
    throw e;
  }
}

function printed(
  n: number,
  style: { format?: string | undefined; exact?: string | undefined; minDecimals?: number },
  ctx: GrammarContext,
): string {
  return formatNumber(n, { ...style, locale: ctx.locale, t: wordsOf(ctx) });
}

/** Resolves a <Value>'s props against the tables; throws a PropError naming the prop at fault. */
export function resolveValue(props: Readonly<Record<string, unknown>>, ctx: GrammarContext): ResolvedValue {
  const p = readProps(valueSchema, props);
  if (p.format !== undefined) checkFormat(p.format);
  const t = wordsOf(ctx);
  const table = tableNamed(ctx.tables, p.dataset);
  const rows = selection(ctx, table, p);
  const a = p.field === undefined ? undefined : accessor(ctx.tables, table, p.field, 'field');
  const sources = uniqueSources(rows.flatMap((r) => (a?.rowOf(r) ?? r).sources));
  const base = { sources, lang: p.lang };
  if (p.of !== undefined && p.aggregate !== 'share') throw new PropError('of', 'goes with aggregate="share": the rows of the whole');

  if (p.aggregate === undefined) {
    if (!a)
      throw new PropError('field', `missing; expected the field to print, one of: ${table.columns.map((c) => `"${c.name}"`).join(', ')}`);
    const [row, ...more] = rows;
    if (row === undefined || more.length > 0)
      throw new PropError(
        p.filter === undefined ? 'rows' : 'filter',
        `selects ${rows.length} rows of "${table.name}"; a value without aggregate reads one row (name it with row="…"), or add aggregate="sum", "count", …`,
      );
    const v = a.get(row);
    if (v === null) throw new PropError('field', `row "${row.id}" of "${table.name}" has no value for "${a.column.name}"`);
    const what = rowLabel(table, row, a);
    if (typeof v !== 'number' || !isNumeric(a)) return { ...parts(String(v), undefined, undefined), ...base, value: undefined, what };
    const target = a.rowOf(row);
    const q = a.column.qualifierField === undefined ? undefined : target?.values[a.column.qualifierField];
    const number = printed(v, { format: p.format ?? a.column.numberFormat, exact: target?.exact[a.column.name] }, ctx);
    const counted = a.column.type === 'integer';
    const qualifier = qualifierWords(q === null || q === undefined ? undefined : String(q), counted, t);
    const unit = p.unit === false ? undefined : columnUnit(a.column, unitOf(a, row), ctx.locale, v, qualifier !== undefined);
    return {
      ...parts(number, unit, qualifier),
      ...base,
      value: String(v),
      what,
    };
  }

  if (p.aggregate === 'count') {
    const n = rows.length;
    const number = p.format === undefined ? (countWord(n, t) ?? printed(n, {}, ctx)) : printed(n, { format: p.format }, ctx);
    return {
      ...parts(number, undefined, undefined),
      ...base,
      value: String(n),
      what: t('grammar.rowsOf', { count: n, all: table.rows.length, table: table.title }),
    };
  }
  if (!a)
    throw new PropError(
      'field',
      `missing; a ${p.aggregate} needs the number field to read, one of: ${table.columns
        .filter((c) => ['number', 'integer'].includes(c.type))
        .map((c) => `"${c.name}"`)
        .join(', ')}`,
    );
  if (p.aggregate === 'share') {
    const whole = p.of === undefined ? table.rows : wholeRows(ctx, table, p.of);
    const c: Computed = aggregate('share', a, rows, whole, 'aggregate');
    const number = printed(c.value / 100, { format: p.format ?? '.1%' }, ctx);
    return {
      ...parts(number, undefined, undefined),
      ...base,
      sources: uniqueSources(whole.flatMap((r) => r.sources)),
      value: String(Math.round(c.value * 1000) / 1000),
      what: t('grammar.shareOf', { table: table.title, field: a.title }),
    };
  }
  const c = aggregate(p.aggregate, a, rows, rows, 'aggregate');
  const number = printed(c.value, { format: p.format ?? a.column.numberFormat, exact: c.exact, minDecimals: c.decimals }, ctx);
  const unit = p.unit === false ? undefined : columnUnit(a.column, commonUnit(a, rows), ctx.locale, c.value);
  return {
    ...parts(number, unit, undefined),
    ...base,
    value: c.exact,
    what: t('grammar.aggregateOf', {
      table: table.title,
      aggregate: t(`grammar.aggregate.${p.aggregate}`),
      field: a.title,
      count: rows.length,
    }),
  };
}

/** How a title names a row: its first text field outside the key and the links ("Length of the shared river"), else the table, its key and the field. */
function rowLabel(table: Table, row: TableRow, a: Accessor): string {
  const c = table.columns.find((x) => x.type === 'string' && !table.primaryKey.includes(x.name) && !table.links.has(x.name));
  const v = c === undefined ? null : (row.labels?.[c.name] ?? row.values[c.name]);
  return typeof v === 'string' && v !== '' ? v : `${table.title}: ${row.id}, ${a.title}`;
}

/** The rows of the whole of a share: the table's rows meeting `of`. */
function wholeRows(ctx: GrammarContext, table: Table, of: string): TableRow[] {
  const cs = conditions(ctx.tables, table, of, 'of');
  const rows = table.rows.filter((r) => cs.every((c) => meets(c.accessor.get(r), c)));
  if (rows.length === 0) throw new PropError('of', `no row of dataset "${table.name}" meets "${of}"`);
  return rows;
}

export const valueGrammar: GrammarComponent = {
  check: (props, ctx) => {
    resolveValue(props, ctx);
  },
};
