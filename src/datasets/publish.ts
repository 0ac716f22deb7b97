/**
 * Publishing declared datasets as a Frictionless Tabular Data Package: one
 * CSV per dataset (whatever its source format) and a datapackage.json that
 * describes them. Output is deterministic: resources sorted by name, fixed
 * key order, no dates.
 */
import type { Dataset } from './dataset.ts';
import type { Field, License, TableSchema } from './descriptor.ts';

/** What publishing needs of a bibliography entry. */
export interface ReferenceInfo {
  id: string;
  title: string;
  URL?: string | undefined;
}

export interface PackageContext {
  /** The package name (lower case, digits, "-", "_", "."). */
  name: string;
  title: string;
  /** The site licence, applied to datasets without their own. */
  licence: { name: string; url: string };
  references: ReadonlyMap<string, ReferenceInfo>;
  /** URL of a reference's bibliography entry, for references without a URL of their own. */
  referenceUrl: (id: string) => string;
}

/** Where a dataset's CSV is published, relative to datapackage.json. */
export const csvPath = (name: string): string => `datasets/${name}.csv`;

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The dataset as CSV (RFC 4180, "." as decimal mark, missing values empty, exact decimal text). */
export function datasetCsv(dataset: Dataset): string {
  const names = dataset.schema.fields.map((f) => f.name);
  const lines = [names.map(csvCell).join(',')];
  for (const row of dataset.rows) {
    lines.push(
      names
        .map((n) => {
          const v = row.values[n];
          return csvCell(v === null || v === undefined ? '' : (row.exact[n] ?? String(v)));
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A field as published: the parsing options of the source file (decimal mark, true values) no longer apply to the written CSV. */
function publishedField(f: Field): Record<string, unknown> {
  const out: Record<string, unknown> = { name: f.name, type: f.type };
  if (f.title !== undefined) out['title'] = f.title;
  if (f.description !== undefined) out['description'] = f.description;
  if (f.unit !== undefined) out['unit'] = f.unit;
  if (f.constraints !== undefined) out['constraints'] = f.constraints;
  return out;
}

function publishedSchema(schema: TableSchema): Record<string, unknown> {
  const out: Record<string, unknown> = { fields: schema.fields.map(publishedField), missingValues: [''] };
  if (schema.primaryKey !== undefined) out['primaryKey'] = schema.primaryKey;
  if (schema.foreignKeys !== undefined) out['foreignKeys'] = schema.foreignKeys;
  return out;
}

function licences(own: readonly License[], ctx: PackageContext): Record<string, string>[] {
  if (own.length === 0) return [{ title: ctx.licence.name, path: ctx.licence.url }];
  return own.map((l) => ({
    ...(l.name === undefined ? {} : { name: l.name }),
    ...(l.title === undefined ? {} : { title: l.title }),
    ...(l.path === undefined ? {} : { path: l.path }),
  }));
}

/** One resource of the package. */
export function resourceDescriptor(dataset: Dataset, ctx: PackageContext): Record<string, unknown> {
  const sources = dataset.sources.map((s) => {
    const ref = s.ref === undefined ? undefined : ctx.references.get(s.ref);
    const title = [s.title ?? ref?.title ?? s.ref ?? '', s.locator].filter(Boolean).join(', ');
    const path = s.path ?? ref?.URL ?? (s.ref === undefined ? undefined : ctx.referenceUrl(s.ref));
    return { title, ...(path === undefined ? {} : { path }) };
  });
  return {
    profile: 'tabular-data-resource',
    name: dataset.name,
    path: csvPath(dataset.name),
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: publishedSchema(dataset.schema),
    sources,
    licenses: licences(dataset.licenses, ctx),
  };
}

/** The report's datapackage.json, as an object (serialise with JSON.stringify). */
export function dataPackage(datasets: readonly Dataset[], ctx: PackageContext): Record<string, unknown> {
  const sorted = [...datasets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    profile: 'tabular-data-package',
    name: ctx.name,
    title: ctx.title,
    licenses: [{ title: ctx.licence.name, path: ctx.licence.url }],
    resources: sorted.map((d) => resourceDescriptor(d, ctx)),
  };
}

/** A package name from a title: lower case, words joined by "-". */
export function packageName(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'report'
  );
}
