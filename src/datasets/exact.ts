/**
 * Exact decimal arithmetic for totals and shares (decimal.js): a dataset's
 * numbers are summed from their decimal text, so 0.1 + 0.2 is 0.3 and a total
 * never carries a binary-float error.
 */
import type { Dataset, Row } from './dataset.ts';
import { Exact } from './decimal.ts';

export { Exact };

function numberField(dataset: Dataset, field: string): void {
  const f = dataset.schema.fields.find((x) => x.name === field);
  if (f === undefined)
    throw new Error(
      `dataset "${dataset.name}" has no field "${field}"; its fields: ${dataset.schema.fields.map((x) => x.name).join(', ')}`,
    );
  if (!['number', 'integer', 'year'].includes(f.type))
    throw new Error(`field "${field}" of dataset "${dataset.name}" is a ${f.type}, not a number`);
}

/** The exact value of a row's number field, or undefined when it is missing. */
export function exactValue(row: Row, field: string): Exact | undefined {
  const text = row.exact[field];
  return text === undefined ? undefined : new Exact(text);
}

/** The exact sum of a number field over the rows (all, or those passing `where`); missing values are skipped. */
export function sum(dataset: Dataset, field: string, where: (row: Row) => boolean = () => true): Exact {
  numberField(dataset, field);
  return dataset.rows.filter(where).reduce((total, row) => total.plus(exactValue(row, field) ?? 0), new Exact(0));
}

/** `part / whole`, exact to 50 digits; undefined when the whole is zero. */
export function share(part: Exact, whole: Exact): Exact | undefined {
  return whole.isZero() ? undefined : part.dividedBy(whole);
}

/** The smallest and largest value of a number field (missing values skipped), exact. */
export function extent(dataset: Dataset, field: string): { min: Exact; max: Exact } | undefined {
  numberField(dataset, field);
  const values = dataset.rows.map((r) => exactValue(r, field)).filter((v): v is Exact => v !== undefined);
  if (values.length === 0) return undefined;
  return { min: Exact.min(...values), max: Exact.max(...values) };
}
