/**
 * The `filter` prop: conditions on a table's columns, joined by "and", as
 * editors write them in MDX: `filter="year = 2014 and country = KZ"`,
 * `filter="value >= 1000"`, `filter="status in [draft, not-adopted]"`.
 * Operators follow Vega-Lite's field predicates (equal, lt, lte, gt, gte,
 * oneOf); values are read by the column's type.
 */
import { PropError } from './problem.ts';
import type { Column, Value } from './tables.ts';

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in';

export interface Condition {
  /** A column, or a path through links ("region.country"). */
  path: string;
  op: Operator;
  values: Value[];
}

const clause = /^\s*([A-Za-z_][\w.]*)\s*(not in|in|!=|<=|>=|=|<|>)\s*(.+?)\s*$/;

const unquote = (s: string): string => s.replace(/^"(.*)"$|^'(.*)'$/, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');

/** Parses the conditions; values stay text until `castCondition` reads them by type. */
export function parseFilter(text: string, prop = 'filter'): Array<{ path: string; op: Operator; raw: string[] }> {
  return text.split(/\s+and\s+/).map((part) => {
    const m = clause.exec(part);
    if (!m)
      throw new PropError(
        prop,
        `cannot read the condition "${part.trim()}"; expected <field> <operator> <value>, such as "year = 2014", "value > 0" or "kind in [treaty, law]", joined by "and"`,
      );
    const [, path = '', op = '=', value = ''] = m;
    const list = /^\[(.*)\]$/.exec(value);
    if ((op === 'in' || op === 'not in') !== (list !== null))
      throw new PropError(
        prop,
        `in "${part.trim()}": "${op}" ${op.endsWith('in') ? 'takes a list such as [a, b]' : 'takes one value, not a list'}`,
      );
    const raw = list
      ? (list[1] ?? '')
          .split(',')
          .map((v) => unquote(v.trim()))
          .filter((v) => v !== '')
      : [unquote(value)];
    return { path, op: op as Operator, raw };
  });
}

/** One value of a condition, read as the column's type. */
export function castValue(raw: string, column: Column, prop: string, path: string): Value {
  switch (column.type) {
    case 'number':
    case 'integer':
    case 'year': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || (column.type !== 'number' && !Number.isInteger(n)))
        throw new PropError(prop, `"${path}" is a ${column.type === 'number' ? 'number' : 'whole-number'} column; "${raw}" is not one`);
      return n;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new PropError(prop, `"${path}" is true or false; "${raw}" is neither`);
      return raw === 'true';
    default:
      return raw;
  }
}

const compare = (a: Value, b: Value): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true });

/** Whether a value meets a condition; a missing value meets only "!=" and "not in". */
export function meets(value: Value, c: Condition): boolean {
  if (value === null) return c.op === '!=' || c.op === 'not in';
  const [first = null] = c.values;
  switch (c.op) {
    case '=':
      return compare(value, first) === 0;
    case '!=':
      return compare(value, first) !== 0;
    case '<':
      return compare(value, first) < 0;
    case '<=':
      return compare(value, first) <= 0;
    case '>':
      return compare(value, first) > 0;
    case '>=':
      return compare(value, first) >= 0;
    case 'in':
      return c.values.some((v) => compare(value, v) === 0);
    case 'not in':
      return c.values.every((v) => compare(value, v) !== 0);
  }
}
