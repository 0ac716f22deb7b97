/**
 * Reading a table the way a figure asks: which table (`dataset`), which rows
 * (`rows` by key, `filter`, `sort`), and what each channel shows: a column
 * (`value`), a column reached through a link (`region.name`: the forum's
 * region, then its name) or a template of several (`"{from.name} → {to.name}"`).
 * Every mistake is a PropError naming the prop and listing what exists.
 */
import { closest } from '../report/suggest.ts';
import { castValue, meets, parseFilter, type Condition } from './filter.ts';
import { PropError, quoted } from './problem.ts';
import type { Column, Table, TableRow, Value } from './tables.ts';

export type Tables = ReadonlyMap<string, Table>;

const didYouMean = (name: string, known: readonly string[]): string => {
  const near = closest(name, known);
  return near === undefined ? '' : ` Did you mean "${near}"?`;
};

/** The table a figure names. */
export function tableNamed(tables: Tables, name: unknown, prop = 'dataset'): Table {
  const names = [...tables.keys()];
  if (typeof name !== 'string') throw new PropError(prop, `missing; expected the name of a dataset: ${quoted(names)}`);
  const table = tables.get(name);
  if (!table) throw new PropError(prop, `unknown dataset "${name}"; the report has: ${quoted(names)}.${didYouMean(name, names)}`);
  return table;
}

/** A channel's reading of a row: the value, the column it comes from and a title for axes and headings. */
export interface Accessor {
  /** The value as readers see it: a translatable text in the table's locale. */
  get: (row: TableRow) => Value;
  /** The value as the data file writes it (the default language): what keys, joins, filters and sorting read. */
  raw: (row: TableRow) => Value;
  /** The row the last step of the path reads (for its unit, qualifier and exact text). */
  rowOf: (row: TableRow) => TableRow | undefined;
  column: Column;
  /** The column's title, or its name. */
  title: string;
  /** Set for a template: the text of several columns. */
  template?: boolean;
}

function columnOf(table: Table, name: string, prop: string, whole: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (column) return column;
  const names = table.columns.map((c) => c.name);
  const links = [...table.links.keys()];
  throw new PropError(
    prop,
    `dataset "${table.name}" has no field "${name}"${whole === name ? '' : ` (in "${whole}")`}; its fields: ${quoted(names)}${links.length > 0 ? `; links to follow with a dot: ${links.map((l) => `"${l}.…"`).join(', ')}` : ''}.${didYouMean(name, names)}`,
  );
}

/** Rows of a table by key value, built once per table. */
const indexes = new WeakMap<Table, Map<string, Map<string, TableRow>>>();
function rowBy(table: Table, column: string, value: Value): TableRow | undefined {
  let byColumn = indexes.get(table);
  if (!byColumn) indexes.set(table, (byColumn = new Map()));
  let index = byColumn.get(column);
  if (!index) {
    index = new Map(table.rows.map((r) => [String(r.values[column]), r]));
    byColumn.set(column, index);
  }
  return value === null ? undefined : index.get(String(value));
}

/** A column or a dotted path through links ("region.country"). */
export function pathAccessor(tables: Tables, table: Table, path: string, prop: string): Accessor {
  const steps = path.split('.');
  // Built-in tables flatten groups as "population.value": a whole path may be one column.
  if (table.columns.some((c) => c.name === path) || steps.length === 1) {
    const column = columnOf(table, path, prop, path);
    return {
      get: (r) => r.labels?.[path] ?? r.values[path] ?? null,
      raw: (r) => r.values[path] ?? null,
      rowOf: (r) => r,
      column,
      title: column.title ?? column.name,
    };
  }
  const [head = '', ...rest] = steps;
  const link = table.links.get(head);
  if (!link) {
    columnOf(table, head, prop, path);
    throw new PropError(prop, `"${head}" in "${path}" is not a link to another dataset, so "${rest.join('.')}" cannot be read through it`);
  }
  const target = tableNamed(tables, link.table, prop);
  const inner = pathAccessor(tables, target, rest.join('.'), prop);
  const next = (r: TableRow): TableRow | undefined => rowBy(target, link.column, r.values[head] ?? null);
  return {
    get: (r) => {
      const t = next(r);
      return t === undefined ? null : inner.get(t);
    },
    raw: (r) => {
      const t = next(r);
      return t === undefined ? null : inner.raw(t);
    },
    rowOf: (r) => {
      const t = next(r);
      return t === undefined ? undefined : inner.rowOf(t);
    },
    column: inner.column,
    title: inner.title,
  };
}

/** A channel: a path, or a template such as "{from.name} → {to.name}". */
export function accessor(tables: Tables, table: Table, spec: string, prop: string): Accessor {
  if (!spec.includes('{')) return pathAccessor(tables, table, spec, prop);
  const parts = spec.split(/(\{[^{}]*\})/).filter((p) => p !== '');
  const readers = parts.map((p) => (p.startsWith('{') && p.endsWith('}') ? pathAccessor(tables, table, p.slice(1, -1).trim(), prop) : p));
  const text = (r: TableRow, raw = false): string =>
    readers.map((x) => (typeof x === 'string' ? x : String((raw ? x.raw(r) : x.get(r)) ?? '—'))).join('');
  return {
    get: (r) => text(r),
    raw: (r) => text(r, true),
    rowOf: (r) => r,
    column: { name: spec, type: 'string' },
    title: spec.replace(/[{}]/g, ''),
    template: true,
  };
}

/** The conditions of a `filter` prop, their values read by each column's type. */
export function conditions(tables: Tables, table: Table, filter: string, prop = 'filter'): Array<Condition & { accessor: Accessor }> {
  return parseFilter(filter, prop).map((c) => {
    const read = pathAccessor(tables, table, c.path, prop);
    // A condition reads the data as written, so a filter means the same in every language.
    const a: Accessor = { ...read, get: read.raw };
    return { path: c.path, op: c.op, values: c.raw.map((v) => castValue(v, a.column, prop, c.path)), accessor: a };
  });
}

export interface RowQuery {
  /** Rows by primary-key value ("KZ-KUS", or "2014, NO" for a key of two fields), in this order. */
  rows?: readonly string[] | undefined;
  filter?: string | undefined;
  /** Paths to sort by, comma-separated; "-" before one sorts it largest first: "-value", "country, name". */
  sort?: string | undefined;
}

/** The rows a figure draws: picked by key, filtered, then sorted; an empty result is an error naming the prop that emptied it. */
export function selectRows(tables: Tables, table: Table, q: RowQuery): TableRow[] {
  let rows: TableRow[];
  if (q.rows !== undefined) {
    if (table.primaryKey.length === 0)
      throw new PropError('rows', `dataset "${table.name}" declares no primaryKey, so rows cannot be named; use filter`);
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    rows = q.rows.map((id) => {
      const row = byId.get(id);
      if (!row)
        throw new PropError(
          'rows',
          `dataset "${table.name}" has no row "${id}" (its key: ${table.primaryKey.join(', ')}).${didYouMean(id, [...byId.keys()])}`,
        );
      return row;
    });
  } else rows = [...table.rows];
  if (q.filter !== undefined) {
    const cs = conditions(tables, table, q.filter);
    rows = rows.filter((r) => cs.every((c) => meets(c.accessor.get(r), c)));
    if (rows.length === 0) throw new PropError('filter', `no row of dataset "${table.name}" meets "${q.filter}"`);
  }
  if (rows.length === 0) throw new PropError('dataset', `dataset "${table.name}" has no rows`);
  if (q.sort !== undefined) {
    const keys = q.sort
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => ({
        desc: s.startsWith('-'),
        a: pathAccessor(tables, table, s.replace(/^-/, ''), 'sort'),
      }));
    const order = (x: Value, y: Value): number =>
      x === null
        ? y === null
          ? 0
          : 1
        : y === null
          ? -1
          : typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x).localeCompare(String(y), table.locale ?? 'en', { numeric: true });
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((p, q2) => {
        for (const k of keys) {
          const x = k.a.get(p.r);
          const y = k.a.get(q2.r);
          const c = order(x, y);
          // Missing values go last either way.
          if (c !== 0) return k.desc && x !== null && y !== null ? -c : c;
        }
        return p.i - q2.i;
      })
      .map((x) => x.r);
  }
  return rows;
}
