/**
 * Casting one cell to its Table Schema type. Numbers keep their exact decimal
 * text beside the JavaScript number: sums and shares are computed from the
 * text (see exact.ts), charts may use the number.
 */
import type { Field } from './descriptor.ts';
import { Exact } from './decimal.ts';
import type { RawCell } from './table.ts';

/** A typed cell: text (string, date "YYYY-MM-DD", yearmonth "YYYY-MM"), number (number, integer, year), boolean, or null when missing. */
export type Value = string | number | boolean | null;

export type Cast = { ok: true; value: Value; exact?: string } | { ok: false; expected: string };

const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** "the text '12,5 t'", "true", "nothing": what the cell holds, for an error message. */
export function describeCell(cell: RawCell): string {
  if (cell === null) return 'nothing';
  if (typeof cell === 'boolean') return String(cell);
  return `the text '${cell}'`;
}

/** Canonical decimal text of a number written with "." as decimal point: no exponent, no needless zeros. */
export function canonicalDecimal(text: string): string {
  return new Exact(text).toFixed();
}

function castNumber(field: Field, text: string, integer: boolean): Cast {
  let t = text.trim();
  if (field.groupChar !== undefined) t = t.split(field.groupChar).join('');
  if (field.decimalChar !== undefined && field.decimalChar !== '.') t = t.replace(field.decimalChar, '.');
  if (field.bareNumber === false) t = t.replace(/^[^\d+.-]+|[^\d.]+$/gu, '');
  const expected = integer ? 'a whole number' : 'a number';
  const how =
    field.decimalChar !== undefined && field.decimalChar !== '.'
      ? ` written with "${field.decimalChar}" as decimal mark`
      : ' written with "." as decimal mark';
  if (!decimal.test(t)) return { ok: false, expected: `${expected}${integer ? '' : how}` };
  const exact = canonicalDecimal(t);
  if (integer && exact.includes('.')) return { ok: false, expected };
  const value = Number(exact);
  if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) return { ok: false, expected: `${expected} within range` };
  return { ok: true, value, exact };
}

function validDate(y: number, m: number, d: number): boolean {
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return m >= 1 && m <= 12 && d >= 1 && d <= (days[m - 1] ?? 0);
}

/** Casts a non-missing cell to the field's type. */
export function castCell(field: Field, cell: Exclude<RawCell, null>): Cast {
  const text = typeof cell === 'string' ? cell : undefined;
  switch (field.type) {
    case 'string':
      return typeof cell === 'string' ? { ok: true, value: cell } : { ok: false, expected: 'a text (put it in quotes)' };
    case 'number':
    case 'integer':
      return text === undefined
        ? { ok: false, expected: field.type === 'integer' ? 'a whole number' : 'a number' }
        : castNumber(field, text, field.type === 'integer');
    case 'year': {
      const m = text === undefined ? null : /^\s*(-?\d{4})\s*$/.exec(text);
      return m?.[1] === undefined
        ? { ok: false, expected: 'a year such as 2015' }
        : { ok: true, value: Number(m[1]), exact: String(Number(m[1])) };
    }
    case 'yearmonth': {
      const m = text === undefined ? null : /^(\d{4})-(\d{2})$/.exec(text.trim());
      return m === null || !validDate(Number(m[1]), Number(m[2]), 1)
        ? { ok: false, expected: 'a year and month such as 2015-06' }
        : { ok: true, value: text?.trim() ?? '' };
    }
    case 'date': {
      const m = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
      return m === null || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))
        ? { ok: false, expected: 'a date such as 2015-06-28 (YYYY-MM-DD)' }
        : { ok: true, value: text?.trim() ?? '' };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const yes = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
      const no = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
      if (yes.includes(cell)) return { ok: true, value: true };
      if (no.includes(cell)) return { ok: true, value: false };
      return { ok: false, expected: `true or false (${[...yes, ...no].map((v) => `"${v}"`).join(', ')})` };
    }
  }
}
