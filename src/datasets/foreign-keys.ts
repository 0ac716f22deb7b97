/**
 * Foreign keys between datasets, and from a dataset into one of the report's
 * built-in record collections (regions, instruments, …, keyed by `id`): the
 * schema's own declarations are checked first (fields and target exist, with
 * "did you mean"), then every row's value must exist in the target.
 */
import type { ReportIssue } from '../report/errors.ts';
import type { Value } from './cast.ts';
import type { Dataset } from './dataset.ts';
import { nameList, type TableSchema } from './descriptor.ts';
import { didYouMean, listNames } from './suggest.ts';

/**
 * The ids (and file) of each built-in record collection a dataset may point into, by collection name; the
 * caller passes them in. `ids` is undefined for a collection whose file could not be read (already reported).
 */
export type BuiltInIds = ReadonlyMap<string, { file: string; ids: ReadonlySet<string> | undefined }>;

/** The one key field of a built-in collection. */
const builtInKey = 'id';

export interface SchemaSite {
  name: string;
  schema: TableSchema;
  locate: (where: readonly PropertyKey[]) => { file: string; line?: number | undefined };
}

/** Checks primaryKey and foreignKeys declarations against the fields and the declared datasets. */
export function checkKeyDeclarations(
  site: SchemaSite,
  schemasByName: ReadonlyMap<string, TableSchema>,
  issues: ReportIssue[],
  /** Datasets whose descriptor is invalid (already reported): a key into them is not checked. */
  invalid: ReadonlySet<string> = new Set(),
  builtIn: BuiltInIds = new Map(),
): boolean {
  const before = issues.length;
  const own = site.schema.fields.map((f) => f.name);
  const entry = `datasets[${site.name}]`;
  const unknownField = (name: string, known: readonly string[], where: readonly PropertyKey[], whose: string): void => {
    issues.push({
      ...site.locate(where),
      entry,
      field: where.map(String).join('.'),
      message: `unknown field "${name}" in ${whose}.${didYouMean(name, known)} Expected one of: ${known.join(', ')}`,
    });
  };
  const pk = site.schema.primaryKey;
  nameList(pk).forEach((n, j) => {
    if (!own.includes(n)) unknownField(n, own, typeof pk === 'string' ? ['primaryKey'] : ['primaryKey', j], `the schema of "${site.name}"`);
  });
  (site.schema.foreignKeys ?? []).forEach((fk, i) => {
    const here = nameList(fk.fields);
    here.forEach((n, j) => {
      if (!own.includes(n))
        unknownField(
          n,
          own,
          typeof fk.fields === 'string' ? ['foreignKeys', i, 'fields'] : ['foreignKeys', i, 'fields', j],
          `the schema of "${site.name}"`,
        );
    });
    // Table Schema: an empty resource name points into the same resource.
    const targetName = fk.reference.resource === '' ? site.name : fk.reference.resource;
    const target = schemasByName.get(targetName);
    if (target === undefined && (invalid.has(targetName) || (builtIn.has(targetName) && builtIn.get(targetName)?.ids === undefined)))
      return;
    if (target === undefined && !builtIn.has(targetName)) {
      const known = [...schemasByName.keys()].sort();
      const collections = [...builtIn.keys()].sort();
      issues.push({
        ...site.locate(['foreignKeys', i, 'reference', 'resource']),
        entry,
        field: `foreignKeys.${i}.reference.resource`,
        message: `unknown dataset "${targetName}".${didYouMean(targetName, [...known, ...collections])} Expected one of the declared datasets: ${listNames(known) || '(none)'}${collections.length > 0 ? `, or a record collection: ${listNames(collections)}` : ''}`,
      });
      return;
    }
    const theirs = target === undefined ? [builtInKey] : target.fields.map((f) => f.name);
    const refs = nameList(fk.reference.fields);
    refs.forEach((n, j) => {
      if (!theirs.includes(n))
        unknownField(
          n,
          theirs,
          typeof fk.reference.fields === 'string'
            ? ['foreignKeys', i, 'reference', 'fields']
            : ['foreignKeys', i, 'reference', 'fields', j],
          target === undefined
            ? `the record collection "${targetName}" (its entries are keyed by "${builtInKey}")`
            : `dataset "${targetName}"`,
        );
    });
    if (refs.length !== here.length) {
      issues.push({
        ...site.locate(['foreignKeys', i]),
        entry,
        field: `foreignKeys.${i}`,
        message: `expected as many reference fields as fields (${here.length}), got ${refs.length}`,
      });
    }
  });
  return issues.length === before;
}

const keyOf = (vals: readonly Value[]): string => JSON.stringify(vals.map((v) => (v === null ? null : String(v))));

/** The keys a foreign key may name: a dataset's rows, or a built-in collection's ids. */
function targetKeys(
  name: string,
  there: readonly string[],
  byName: ReadonlyMap<string, Dataset>,
  builtIn: BuiltInIds,
): { name: string; file: string; present: Set<string> } | undefined {
  const target = byName.get(name);
  if (target !== undefined)
    return {
      name: `dataset "${target.name}"`,
      file: target.file,
      present: new Set(target.rows.map((r) => keyOf(there.map((f) => r.values[f] ?? null)))),
    };
  const collection = builtIn.get(name);
  if (collection?.ids === undefined) return undefined;
  return { name: `the record collection "${name}"`, file: collection.file, present: new Set([...collection.ids].map((id) => keyOf([id]))) };
}

/** Every row's foreign-key values must exist in the target dataset or collection (rows with a missing value are skipped, as Table Schema says). */
export function checkForeignKeys(
  dataset: Dataset,
  byName: ReadonlyMap<string, Dataset>,
  issues: ReportIssue[],
  builtIn: BuiltInIds = new Map(),
): void {
  for (const fk of dataset.schema.foreignKeys ?? []) {
    const here = nameList(fk.fields);
    const there = nameList(fk.reference.fields);
    const target = targetKeys(fk.reference.resource === '' ? dataset.name : fk.reference.resource, there, byName, builtIn);
    if (target === undefined) continue; // the target is invalid and already reported
    const present = target.present;
    for (const row of dataset.rows) {
      const vals = here.map((f) => row.values[f] ?? null);
      if (vals.some((v) => v === null) || present.has(keyOf(vals))) continue;
      const shown = vals.map((v) => `"${String(v)}"`).join(', ');
      const sample = [...present]
        .slice(0, 12)
        .map((k) => (JSON.parse(k) as string[]).join(', '))
        .join('; ');
      issues.push({
        file: dataset.file,
        line: row.fieldLines[here[0] ?? ''] ?? row.line,
        entry: row.key,
        field: here.join(', '),
        message: `${shown} is not a ${there.join(', ')} of ${target.name} (${target.file}); expected one of: ${sample}${present.size > 12 ? '; …' : ''}`,
      });
    }
  }
}
