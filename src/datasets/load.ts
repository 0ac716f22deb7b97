/**
 * `loadDatasets`: reads every dataset declared in a report's data/ folder,
 * validates descriptors, rows and foreign keys, and returns the datasets with
 * every problem found. It never throws on bad input: the caller joins the
 * issues to the report's single error list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ReportError, type ReportIssue } from '../report/errors.ts';
import type { Dataset, Row } from './dataset.ts';
import type { TableSchema } from './descriptor.ts';
import { checkForeignKeys, checkKeyDeclarations, type BuiltInIds } from './foreign-keys.ts';
import { dataDir } from '../report/paths.ts';
import { descriptorName, findDescriptors, readDescriptor, type DescriptorFile } from './read-descriptor.ts';
import { validateRows } from './rows.ts';
import { didYouMean } from './suggest.ts';
import { readCsv, readYamlTable } from './table.ts';

export interface DatasetsResult {
  /** Valid datasets, sorted by name. */
  datasets: Dataset[];
  issues: ReportIssue[];
}

/** Checks each source's `ref` against the report's references. */
function checkSources(d: DescriptorFile, referenceIds: ReadonlySet<string>, issues: ReportIssue[]): void {
  d.descriptor.sources.forEach((s, i) => {
    if (s.ref === undefined || referenceIds.has(s.ref)) return;
    issues.push({
      file: d.file,
      entry: `datasets[${d.descriptor.name}]`,
      field: `sources.${i}.ref`,
      message: `unknown reference "${s.ref}"; expected the id of an entry in data/references.yaml.${didYouMean(s.ref, referenceIds)}`,
    });
  });
}

/** Checks a `rowSource` declaration against the fields, then each row's reference. */
function checkRowSources(
  d: DescriptorFile,
  rows: readonly Row[],
  file: string,
  referenceIds: ReadonlySet<string>,
  issues: ReportIssue[],
): boolean {
  const declared = d.descriptor.rowSource;
  if (declared === undefined) return true;
  const names = d.descriptor.schema.fields.map((f) => f.name);
  let ok = true;
  for (const key of ['ref', 'locator'] as const) {
    const field = declared[key];
    if (field === undefined || names.includes(field)) continue;
    ok = false;
    issues.push({
      file: d.file,
      line: d.lineOf(['rowSource', key]),
      entry: `datasets[${d.descriptor.name}]`,
      field: `rowSource.${key}`,
      message: `unknown field "${field}"; expected one of the schema's fields: ${names.join(', ')}.${didYouMean(field, names)}`,
    });
  }
  if (!ok) return false;
  for (const row of rows) {
    const ref = row.values[declared.ref];
    if (ref === null || ref === undefined || referenceIds.has(String(ref))) continue;
    issues.push({
      file,
      line: row.fieldLines[declared.ref] ?? row.line,
      entry: row.key,
      field: declared.ref,
      message: `unknown reference "${String(ref)}"; expected the id of an entry in data/references.yaml.${didYouMean(String(ref), referenceIds)}`,
    });
  }
  return true;
}

/** Every unit the dataset prints (a field's `unit`, each value of a unit column) needs its words in each other locale (`units`). */
function checkUnits(d: DescriptorFile, rows: readonly Row[], file: string, locales: readonly string[], issues: ReportIssue[]): void {
  const { units, name } = d.descriptor;
  const expected = (unit: string, code: string): string =>
    `missing the "${code}" words of the unit "${unit}"; expected \`units: { "${unit}": { ${code}: … } }\` in ${d.file} (a text, or plural forms)`;
  d.descriptor.schema.fields.forEach((f, i) => {
    for (const code of locales) {
      if (f.unit !== undefined && units?.[f.unit]?.[code] === undefined)
        issues.push({
          ...d.locate(['fields', i, 'unit']),
          entry: `datasets[${name}] field "${f.name}"`,
          field: 'unit',
          message: expected(f.unit, code),
        });
      if (f.unitField === undefined) continue;
      for (const row of rows) {
        const unit = row.values[f.unitField];
        if (unit === null || unit === undefined || units?.[String(unit)]?.[code] !== undefined) continue;
        issues.push({
          file,
          line: row.fieldLines[f.unitField] ?? row.line,
          entry: row.key,
          field: f.unitField,
          message: expected(String(unit), code),
        });
      }
    }
  });
}

/**
 * Every declared dataset of the report at `root`, validated. `referenceIds`
 * are the ids of data/references.yaml, which sources' `ref` must name;
 * `builtIn` the record collections (regions, …) a foreign key may point into;
 * `locales` the site's other languages, which every translatable text needs.
 */
export function loadDatasets(
  root: string,
  referenceIds: ReadonlySet<string>,
  builtIn: BuiltInIds = new Map(),
  locales: readonly string[] = [],
): DatasetsResult {
  const issues: ReportIssue[] = [];
  const files = findDescriptors(root);
  const descriptors = files.map((file) => readDescriptor(root, file, issues, locales)).filter((d): d is DescriptorFile => d !== undefined);
  const valid = new Set(descriptors.map((d) => d.descriptor.name));
  const invalid = new Set(files.map(descriptorName).filter((n) => !valid.has(n)));
  const schemas = new Map<string, TableSchema>(descriptors.map((d) => [d.descriptor.name, d.descriptor.schema]));
  const datasets: Dataset[] = [];
  for (const d of descriptors) {
    const { descriptor } = d;
    checkSources(d, referenceIds, issues);
    if (!checkKeyDeclarations({ name: descriptor.name, schema: descriptor.schema, locate: d.locate }, schemas, issues, invalid, builtIn))
      continue;
    const file = `${dataDir}/${descriptor.path}`;
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      issues.push({ file: d.file, entry: `datasets[${descriptor.name}]`, field: 'path', message: `data file "${file}" not found` });
      continue;
    }
    const format = descriptor.path.endsWith('.csv') ? 'csv' : 'yaml';
    const table = format === 'csv' ? readCsv(text, file, issues) : readYamlTable(text, file, issues);
    if (table === undefined) continue;
    const rows = validateRows({ name: descriptor.name, file, format, schema: descriptor.schema, locate: d.locate, locales }, table, issues);
    checkRowSources(d, rows, file, referenceIds, issues);
    checkUnits(d, rows, file, locales, issues);
    datasets.push({
      name: descriptor.name,
      title: descriptor.title,
      description: descriptor.description,
      file,
      descriptorFile: d.file,
      format,
      schema: descriptor.schema,
      sources: descriptor.sources,
      rowSource: descriptor.rowSource,
      licenses: descriptor.licenses ?? [],
      translations: descriptor.translations ?? {},
      units: descriptor.units,
      rows,
    });
  }
  const byName = new Map(datasets.map((ds) => [ds.name, ds]));
  for (const ds of datasets) checkForeignKeys(ds, byName, issues, builtIn);
  datasets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { datasets, issues };
}

/** Like loadDatasets, but throws one ReportError listing every problem. */
export function loadDatasetsOrThrow(
  root: string,
  referenceIds: ReadonlySet<string>,
  builtIn: BuiltInIds = new Map(),
  locales: readonly string[] = [],
): Dataset[] {
  const { datasets, issues } = loadDatasets(root, referenceIds, builtIn, locales);
  if (issues.length > 0) throw new ReportError(issues);
  return datasets;
}
