/**
 * <Table>: rows of any table, with the columns an editor lists (fields, paths
 * through links, templates), optional exact totals, a share-of-total column
 * and row groups; numbered "Table N" from its id="tbl-…". Pure: the validator
 * checks every tag with it, and the page lays out what it returns.
 *   <Table dataset="trade-flows" filter="year = 2014" group="from.shortName"
 *          columns={["from.shortName", "to.shortName", "value"]} share="value" total … />
 */
import { z } from 'astro/zod';
import { exactShare, exactSum } from '../../grammar/aggregate.ts';
import type { GrammarComponent, GrammarContext } from '../../grammar/component.ts';
import { checkFormat, formatNumber } from '../../grammar/format.ts';
import { PropError } from '../../grammar/problem.ts';
import { accessor, selectRows, tableNamed, type Accessor } from '../../grammar/query.ts';
import type { TableRow } from '../../grammar/tables.ts';
import type { Source } from '../../lib/sources.ts';
import { uniqueSources } from '../../lib/sources.ts';
import { readProps } from './grammar-props.ts';
import { headingOf, wordsOf } from '../../grammar/words.ts';

const tableSchema = z.strictObject({
  dataset: z.string({ error: 'expected the name of a dataset, such as dataset="exports"' }),
  rows: z.array(z.string()).min(1, { error: 'expected at least one row key' }).optional(),
  filter: z.string().min(1).optional(),
  sort: z.string().min(1).optional(),
  /** The columns, in order: fields, paths ("region.shortName") or templates ("{from} → {to}"). */
  columns: z.array(z.string().min(1)).min(1, { error: 'expected at least one column, such as columns={["name", "value"]}' }),
  /** Column headings, one per column (then one for the share column); the field's title and unit without it. */
  headers: z.array(z.string()).optional(),
  /** A totals row: the exact sum of every number column. */
  total: z.boolean({ error: 'expected total (or total={true})' }).optional(),
  /** A column of each row's share of the total of this number field. */
  share: z.string().min(1).optional(),
  /** Rows grouped under the value of this column (one of `columns`), in order of first appearance. */
  group: z.string().min(1).optional(),
  format: z.string().min(1).optional(),
  id: z
    .string()
    .regex(/^tbl-[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id starting "tbl-", such as "tbl-exports": it numbers the table' })
    .optional(),
  /** An explicit label ("Table 1"), for a table without `id`. */
  label: z.string().min(1).optional(),
  caption: z.string().min(1, { error: 'expected a caption' }),
});
export type TableProps = z.input<typeof tableSchema>;

/** What the frame of every data table shows: the caption's id, label, caption and sources. */
export interface TableHead {
  id: string;
  label: string | undefined;
  caption: string;
  sources: Source[];
}

export interface TableCell {
  text: string;
  numeric: boolean;
  /** The row's heading cell (scope="row"). */
  header: boolean;
}

export interface TableModel extends TableHead {
  headings: Array<{ label: string; numeric: boolean }>;
  /** Set when rows are grouped: the group column's index, whose cell heads each group. */
  groupColumn: number | undefined;
  groups: Array<{ title: string; rows: TableCell[][] }>;
  /** The totals row: a label spanning the leading text columns, then the sums. */
  foot: { label: string; span: number; cells: TableCell[] } | undefined;
}

const isNumber = (a: Accessor): boolean => !a.template && ['number', 'integer'].includes(a.column.type);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The table a <Table>'s props describe; `label` is the automatic number when the table has an id. Throws a PropError. */
export function tableModel(props: Readonly<Record<string, unknown>>, ctx: GrammarContext, label?: string): TableModel {
  const p = readProps(tableSchema, props);
  if (p.format !== undefined) checkFormat(p.format);
  const table = tableNamed(ctx.tables, p.dataset);
  const columns = p.columns.map((c) => accessor(ctx.tables, table, c, 'columns'));
  const share = p.share === undefined ? undefined : accessor(ctx.tables, table, p.share, 'share');
  if (share && !isNumber(share)) throw new PropError('share', `"${p.share}" is a ${share.column.type} field; a share needs a number field`);
  const groupColumn = p.group === undefined ? undefined : p.columns.indexOf(p.group);
  if (groupColumn === -1)
    throw new PropError('group', `"${p.group}" is not one of the columns: ${p.columns.map((c) => `"${c}"`).join(', ')}`);
  const count = columns.length + (share ? 1 : 0);
  if (p.headers !== undefined && p.headers.length !== count)
    throw new PropError(
      'headers',
      `expected ${count} headings (one per column${share ? ', then the share column' : ''}), got ${p.headers.length}`,
    );
  const rows = selectRows(ctx.tables, table, p);
  const t = wordsOf(ctx);

  const number = (a: Accessor, r: TableRow): string => {
    const v = a.get(r);
    if (v === null) return '–';
    if (typeof v !== 'number' || !isNumber(a)) return String(v);
    return formatNumber(v, { format: p.format ?? a.column.numberFormat, exact: a.rowOf(r)?.exact[a.column.name], locale: ctx.locale });
  };
  const whole = share ? exactSum(share, rows, 'share') : undefined;
  const percent = (fraction: number | undefined): string =>
    fraction === undefined ? '–' : formatNumber(fraction / 100, { format: '.1%', locale: ctx.locale });
  const firstText = groupColumn === 0 ? 1 : 0;
  const cellsOf = (r: TableRow): TableCell[] => [
    ...columns.map((a, i) => ({ text: number(a, r), numeric: isNumber(a), header: i === firstText && !isNumber(a) })),
    ...(share && whole ? [{ text: percent(exactShare(exactSum(share, [r], 'share'), whole)), numeric: true, header: false }] : []),
  ];

  const groups: TableModel['groups'] = [];
  for (const r of rows) {
    const title = groupColumn === undefined ? '' : String(columns[groupColumn]?.get(r) ?? '–');
    const g = groups.find((x) => x.title === title) ?? (groups.push({ title, rows: [] }), groups.at(-1));
    g?.rows.push(cellsOf(r));
  }

  const headings = [
    ...columns.map((a, i) => ({
      label: p.headers?.[i] ?? (a.template === true ? a.title : headingOf(a.title, a.column, ctx.locale, t)),
      numeric: isNumber(a),
    })),
    ...(share ? [{ label: p.headers?.[columns.length] ?? t('grammar.shareOfTotal'), numeric: true }] : []),
  ];

  let foot: TableModel['foot'];
  if (p.total === true) {
    const span = Math.max(1, columns.findIndex(isNumber));
    if (columns.findIndex(isNumber) === -1) throw new PropError('total', 'the table has no number column to total');
    const sums = columns.slice(span).map((a): TableCell => {
      if (!isNumber(a)) return { text: '', numeric: false, header: false };
      const s = exactSum(a, rows, 'columns');
      return {
        text: formatNumber(s.value, {
          format: p.format ?? a.column.numberFormat,
          exact: s.exact,
          minDecimals: s.decimals,
          locale: ctx.locale,
        }),
        numeric: true,
        header: false,
      };
    });
    if (share && whole) sums.push({ text: percent(exactShare(whole, whole)), numeric: true, header: false });
    foot = { label: t('grammar.total'), span, cells: sums };
  }

  return {
    id: p.id ?? `table-${slug(p.label ?? `${p.dataset}-${p.caption}`).slice(0, 60)}`,
    label: p.label ?? label,
    caption: p.caption,
    sources: uniqueSources(rows.flatMap((r) => r.sources)),
    headings,
    groupColumn,
    groups,
    foot,
  };
}

export const tableGrammar: GrammarComponent = {
  check: (props, ctx) => {
    tableModel(props, ctx);
  },
};
