/**
 * What the figure grammar reads: every table of the report under one shape.
 * A declared dataset (data/<name>.resource.yaml) is a table; so is each
 * built-in record collection (instruments, forums, …), whose scalar fields
 * become columns (a nested group such as `population` gives
 * `population.year`, `population.value`) and whose cross-references become
 * links, so a figure can follow `region.name` from a forum to its region.
 */
import { z } from 'astro/zod';
import type { Dataset, Units } from '../datasets/index.ts';
import type { FieldType } from '../datasets/descriptor.ts';
import { dataSchemas, type DataCollectionName } from '../schemas/data.ts';
import type { CollectionName } from '../schemas/common.ts';
import { dataFiles } from '../report/paths.ts';
import type { Source } from '../lib/sources.ts';
import type { Catalogue } from '../i18n/messages.ts';
import { localized } from '../i18n/fields.ts';

export type Value = string | number | boolean | null;

export interface Column {
  name: string;
  type: FieldType;
  title?: string | undefined;
  description?: string | undefined;
  /** The unit of every value ("thousand US dollars"). */
  unit?: string | undefined;
  /** A column holding each row's unit, for tables of mixed quantities. */
  unitField?: string | undefined;
  /** A column holding each row's qualifier: exactly, about, over or under. */
  qualifierField?: string | undefined;
  /** How the numbers are written by default: a d3-format specifier, "compact" or "ordinal". */
  numberFormat?: string | undefined;
  /** The units' words in other languages (the dataset's `units`): `unit` and unit-column values stay as written, for keys. */
  units?: Units | undefined;
  /** Whether its texts are translated (the table's rows carry `labels` for it in other locales). */
  translatable?: boolean | undefined;
}

export interface TableRow {
  /** How messages name the row: its key ("exports[2019, NO]"). */
  key: string;
  /** Its primary-key value(s) joined by ", " ("KZ-KUS"). */
  id: string;
  line: number;
  values: Record<string, Value>;
  /** Exact decimal text of numbers, for sums that carry no float error. */
  exact: Record<string, string>;
  /** Where the row's data comes from. */
  sources: Source[];
  /** Built-in records: the sources of a nested group's own columns ("population.value" → its population's source). */
  fieldSources?: Record<string, Source[]>;
  /**
   * The texts of translatable columns in the table's locale, as readers see
   * them; `values` keep the default language's, so keys, joins and filters
   * read the same in every edition.
   */
  labels?: Record<string, Value>;
}

export interface Table {
  name: string;
  title: string;
  /** The language of its titles and labels; the default language's tables leave it out. */
  locale?: string | undefined;
  /** The file editors change, relative to the report root. */
  file: string;
  columns: Column[];
  rows: TableRow[];
  primaryKey: string[];
  /** Column → the table (and its key column) it points into. */
  links: ReadonlyMap<string, { table: string; column: string }>;
}

const builtIn: readonly DataCollectionName[] = ['regions', 'parties', 'instruments', 'forums', 'institutions'];

/** The record collections each field of a built-in record points into, read from the schemas themselves. */
function referenceFields(): Map<DataCollectionName, Map<string, CollectionName>> {
  const marks = new Map<z.ZodType, CollectionName>();
  const schemas = dataSchemas((collection) => {
    const s = z.string();
    marks.set(s, collection);
    return s;
  });
  const inner = (t: z.ZodType): z.ZodType => {
    const def = (t as { _zod: { def: { innerType?: z.ZodType } } })._zod.def;
    return def.innerType === undefined ? t : inner(def.innerType);
  };
  const out = new Map<DataCollectionName, Map<string, CollectionName>>();
  for (const name of builtIn) {
    const fields = new Map<string, CollectionName>();
    for (const [field, type] of Object.entries(schemas[name].shape as Record<string, z.ZodType>)) {
      const target = marks.get(inner(type));
      if (target !== undefined) fields.set(field, target);
    }
    out.set(name, fields);
  }
  return out;
}
const refs = referenceFields();

const isPartialDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v);
const isSource = (v: unknown): v is Source =>
  typeof v === 'object' && v !== null && typeof (v as Source).ref === 'string' && typeof (v as Source).locator === 'string';

/** Scalar values of a record, one level of nesting flattened; sources gathered apart. */
function flatten(record: Record<string, unknown>): {
  values: Record<string, Value>;
  sources: Source[];
  fieldSources: Record<string, Source[]>;
} {
  const values: Record<string, Value> = {};
  const sources: Source[] = [];
  const fieldSources: Record<string, Source[]> = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === 'sources' || k === 'translations') continue;
    if (k === 'source' && isSource(v)) sources.push(v);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[k] = v;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v))
      for (const [k2, v2] of Object.entries(v)) {
        if (k2 === 'source' && isSource(v2)) {
          sources.push(v2);
          for (const k3 of Object.keys(v)) if (k3 !== 'source') fieldSources[`${k}.${k3}`] = [v2];
        } else if (typeof v2 === 'string' || typeof v2 === 'number' || typeof v2 === 'boolean') values[`${k}.${k2}`] = v2;
      }
  }
  return { values, sources, fieldSources };
}

function typeOf(values: readonly Value[]): FieldType {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return present.every(Number.isInteger) ? 'integer' : 'number';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every(isPartialDate)) return 'date';
  return 'string';
}

function collectionTable(name: DataCollectionName, records: readonly Record<string, unknown>[]): Table {
  const flat = records.map(flatten);
  const names = [...new Set(flat.flatMap((f) => Object.keys(f.values)))];
  const columns: Column[] = names.map((n) => ({ name: n, type: typeOf(flat.map((f) => f.values[n] ?? null)) }));
  const rows: TableRow[] = flat.map((f, i) => {
    const values: Record<string, Value> = {};
    const exact: Record<string, string> = {};
    for (const c of columns) {
      const v = f.values[c.name] ?? null;
      values[c.name] = v;
      if (typeof v === 'number') exact[c.name] = String(v);
    }
    const id = String(records[i]?.['id'] ?? i + 1);
    return { key: `${name}[${id}]`, id, line: 0, values, exact, sources: f.sources, fieldSources: f.fieldSources };
  });
  const links = new Map<string, { table: string; column: string }>();
  for (const [field, target] of refs.get(name) ?? []) links.set(field, { table: target, column: 'id' });
  return { name, title: name, file: dataFiles[name], columns, rows, primaryKey: ['id'], links };
}

function datasetTable(d: Dataset): Table {
  const primaryKey =
    d.schema.primaryKey === undefined ? [] : typeof d.schema.primaryKey === 'string' ? [d.schema.primaryKey] : d.schema.primaryKey;
  const links = new Map<string, { table: string; column: string }>();
  for (const fk of d.schema.foreignKeys ?? []) {
    const from = typeof fk.fields === 'string' ? [fk.fields] : fk.fields;
    const to = typeof fk.reference.fields === 'string' ? [fk.reference.fields] : fk.reference.fields;
    // A link the grammar can follow joins on one column.
    const [f] = from;
    const [t] = to;
    if (from.length === 1 && to.length === 1 && f !== undefined && t !== undefined)
      links.set(f, { table: fk.reference.resource || d.name, column: t });
  }
  const resourceSources = d.sources.flatMap((s) => (s.ref === undefined ? [] : [{ ref: s.ref, locator: s.locator ?? '' }]));
  const own = d.rowSource;
  const sourcesOf = (r: Dataset['rows'][number]): Source[] => {
    const ref = own === undefined ? null : r.values[own.ref];
    if (own === undefined || ref === null || ref === undefined || ref === '') return resourceSources;
    const locator = own.locator === undefined ? null : r.values[own.locator];
    return [{ ref: String(ref), locator: locator === null || locator === undefined ? '' : String(locator) }];
  };
  return {
    name: d.name,
    title: d.title,
    file: d.file,
    columns: d.schema.fields.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title,
      description: f.description,
      unit: f.unit,
      unitField: f.unitField,
      qualifierField: f.qualifierField,
      numberFormat: f.numberFormat,
      units: d.units,
      translatable: f.translatable,
    })),
    rows: d.rows.map((r) => ({
      key: r.key,
      id: primaryKey.map((k) => String(r.values[k] ?? '')).join(', ') || r.key,
      line: r.line,
      values: r.values,
      exact: r.exact,
      sources: sourcesOf(r),
    })),
    primaryKey,
    links,
  };
}

/** What the tables are made from: the report's record collections and its declared datasets (structurally, so the validator can call this before it has a Report). */
type RecordData = { readonly [K in DataCollectionName]: readonly object[] };
interface TableSources {
  data: RecordData;
  datasets: readonly Dataset[];
  /** The locales' messages (a loaded report's): the built-in collections' field titles, `field.<collection>.<field>`. */
  catalogues?: ReadonlyMap<string, Readonly<Catalogue>> | undefined;
}

/** The built-in collections' columns titled from `catalogue` (their data files name no titles); datasets keep their own. */
function withFieldTitles(tables: ReadonlyMap<string, Table>, catalogue: Readonly<Catalogue> | undefined): ReadonlyMap<string, Table> {
  if (catalogue === undefined) return tables;
  const out = new Map<string, Table>();
  for (const [name, table] of tables) {
    const own = (builtIn as readonly string[]).includes(name) && table.file === dataFiles[name as DataCollectionName];
    out.set(
      name,
      own
        ? {
            ...table,
            columns: table.columns.map((c) => {
              const m = catalogue[`field.${name}.${c.name}`];
              return typeof m === 'string' ? { ...c, title: m } : c;
            }),
          }
        : table,
    );
  }
  return out;
}

/** Every table of a report by name: its declared datasets, then its built-in record collections. */
export function buildTables(data: RecordData, datasets: readonly Dataset[]): ReadonlyMap<string, Table> {
  const out = new Map<string, Table>();
  for (const d of datasets) out.set(d.name, datasetTable(d));
  for (const name of builtIn) if (!out.has(name)) out.set(name, collectionTable(name, data[name] as unknown as Record<string, unknown>[]));
  return out;
}

/** A record's translations into `code`, as data files give them and the schemas keep them (src/i18n/fields.ts). */
function recordTranslations(record: object, code: string): Record<string, unknown> | undefined {
  const t = (record as { translations?: Record<string, Record<string, unknown>> }).translations;
  return t?.[code];
}

/** A row's sources with their locators in `code`: the descriptor's `locator@<code>`, or the row's own translated locator column. */
function localizedSources(d: Dataset, sources: readonly Source[], labels: Record<string, string> | undefined, code: string): Source[] {
  const own = d.rowSource?.locator;
  const ownLocator = own === undefined ? undefined : labels?.[own];
  return sources.map((s) => {
    const declared = d.sources.find((x) => x.ref === s.ref && (x.locator ?? '') === s.locator);
    const locator = declared?.translations?.[code]?.['locator'] ?? (declared === undefined ? ownLocator : undefined);
    return locator === undefined ? s : { ...s, locator };
  });
}

/** The same tables in the locale `code`: titles, column titles and descriptions, and the texts of translatable columns. */
export function localizeTables(
  tables: ReadonlyMap<string, Table>,
  data: RecordData,
  datasets: readonly Dataset[],
  code: string,
): ReadonlyMap<string, Table> {
  const out = new Map<string, Table>();
  /** A record's source with its locator in `code` (`locator@<code>` in the data). */
  const inLocale = (s: Source): Source => ({ ...s, locator: localized(s, 'locator', code) });
  for (const [name, table] of tables) {
    const d = datasets.find((x) => x.name === name);
    if (d !== undefined) {
      const texts = d.translations[code];
      out.set(name, {
        ...table,
        locale: code,
        title: texts?.['title'] ?? table.title,
        columns: table.columns.map((c) => {
          const f = d.schema.fields.find((x) => x.name === c.name)?.translations?.[code];
          return { ...c, title: f?.['title'] ?? c.title, description: f?.['description'] ?? c.description };
        }),
        rows: table.rows.map((r, i) => {
          const labels = d.rows[i]?.translations[code];
          const sources = localizedSources(d, r.sources, labels, code);
          return labels === undefined ? { ...r, sources } : { ...r, labels, sources };
        }),
      });
      continue;
    }
    const records = (data as Partial<Record<string, readonly object[]>>)[name] ?? [];
    out.set(name, {
      ...table,
      locale: code,
      rows: table.rows.map((r, i) => {
        const t = records[i] === undefined ? undefined : recordTranslations(records[i], code);
        const sources = {
          sources: r.sources.map(inLocale),
          ...(r.fieldSources && { fieldSources: mapValues(r.fieldSources, (l) => l.map(inLocale)) }),
        };
        if (t === undefined) return { ...r, ...sources };
        const labels: Record<string, Value> = {};
        for (const [k, v] of Object.entries(t)) if (typeof v === 'string' || typeof v === 'number') labels[k] = v;
        return { ...r, ...sources, labels };
      }),
    });
  }
  return out;
}

const mapValues = <V, W>(o: Readonly<Record<string, V>>, f: (v: V) => W): Record<string, W> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

const cache = new WeakMap<TableSources, Map<string, ReadonlyMap<string, Table>>>();

/**
 * The tables of a validated report, built once per report and locale:
 * `locale` (a page's language) gives its titles and labels in that language;
 * without it, or in the default language, the texts as the data files write them.
 */
export function tablesOf(report: TableSources, locale?: string): ReadonlyMap<string, Table> {
  let byLocale = cache.get(report);
  if (!byLocale) cache.set(report, (byLocale = new Map()));
  const main = defaultLocaleOf(report);
  const catalogueOf = (code: string | undefined): Readonly<Catalogue> | undefined =>
    code === undefined ? undefined : report.catalogues?.get(code);
  const base = byLocale.get('') ?? withFieldTitles(buildTables(report.data, report.datasets), catalogueOf(main));
  byLocale.set('', base);
  if (locale === undefined || locale === main) return base;
  const hit = byLocale.get(locale);
  if (hit) return hit;
  const out = withFieldTitles(localizeTables(base, report.data, report.datasets, locale), catalogueOf(locale));
  byLocale.set(locale, out);
  return out;
}

/** The default language of a report's data, when the caller gives its site: its first locale, else its `lang`. */
function defaultLocaleOf(report: TableSources): string | undefined {
  const site = (report as { site?: { lang?: string; locales?: ReadonlyArray<{ code: string }> } }).site;
  return site?.locales?.[0]?.code ?? site?.lang;
}
