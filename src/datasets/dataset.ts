/** A validated dataset: its descriptor and its typed rows. */
import type { License, Source, TableSchema } from './descriptor.ts';
import type { Value } from './cast.ts';
import type { Units } from './units.ts';

export interface Row {
  /** Line of the row in its file. */
  line: number;
  /** How errors name the row: its primary-key value(s), else "row N". */
  key: string;
  /** Typed values by field name; a missing value is null. */
  values: Record<string, Value>;
  /** Line of each field's value where it differs from the row's (a YAML entry spans lines). */
  fieldLines: Record<string, number>;
  /** Exact decimal text of each number, integer and year value (missing ones absent). */
  exact: Record<string, string>;
  /** The texts of translatable fields in other languages, by locale code then field ("label@ru" columns). */
  translations: Record<string, Record<string, string>>;
}

export interface Dataset {
  /** The resource name, unique in the report, such as "exports". */
  name: string;
  title: string;
  description?: string | undefined;
  /** The data file, relative to the report root ("data/exports.csv"). */
  file: string;
  /** The descriptor file, relative to the report root ("data/exports.resource.yaml"). */
  descriptorFile: string;
  format: 'csv' | 'yaml';
  schema: TableSchema;
  sources: Source[];
  /** The fields holding each row's own source, when rows come from different places. */
  rowSource?: { ref: string; locator?: string | undefined } | undefined;
  /** The resource's own licences; empty when the site licence applies. */
  licenses: License[];
  /** `title@<code>`, `description@<code>` by locale. */
  translations: Record<string, Record<string, string>>;
  /** The units in other languages (src/datasets/units.ts). */
  units?: Units | undefined;
  rows: Row[];
}

/** The field names of the primary key, in order. */
export function primaryKey(schema: TableSchema): string[] {
  const pk = schema.primaryKey;
  return pk === undefined ? [] : typeof pk === 'string' ? [pk] : pk;
}
