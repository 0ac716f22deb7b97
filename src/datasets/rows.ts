/**
 * Validates a dataset's rows against its Table Schema: the file's columns
 * against the schema's fields, each cell's type and constraints, unique
 * fields and the primary key. Every problem is collected.
 */
import type { ReportIssue } from '../report/errors.ts';
import { castCell, describeCell, type Value } from './cast.ts';
import { primaryKey, type Row } from './dataset.ts';
import type { Field, TableSchema } from './descriptor.ts';
import { didYouMean, listNames } from './suggest.ts';
import { splitTranslatedKey, translatedKey } from '../i18n/fields.ts';
import { unknownLocale } from './translations.ts';
import type { RawTable } from './table.ts';

export interface RowContext {
  name: string;
  /** The data file, relative to the report root. */
  file: string;
  format: 'csv' | 'yaml';
  schema: TableSchema;
  /** Where a schema property is declared, for schema-level errors. */
  locate: (where: readonly PropertyKey[]) => { file: string; line?: number | undefined };
  /** The site's other languages: each translatable field has a `<field>@<code>` column for each. */
  locales?: readonly string[] | undefined;
}

/** Whether a column is the translation of a translatable field into a declared locale ("label@ru"). */
function translationColumn(ctx: RowContext, column: string): { field: string; code: string } | undefined {
  const split = splitTranslatedKey(column);
  if (split === undefined) return undefined;
  const field = ctx.schema.fields.find((f) => f.name === split.field);
  return field?.translatable === true && (ctx.locales ?? []).includes(split.code) ? split : undefined;
}

/** A column "<field>@<code>" that is not a translation the schema allows: why, or undefined for another column. */
function badTranslationColumn(ctx: RowContext, column: string): string | undefined {
  const split = splitTranslatedKey(column);
  if (split === undefined || translationColumn(ctx, column) !== undefined) return undefined;
  const field = ctx.schema.fields.find((f) => f.name === split.field);
  if (field === undefined) return undefined;
  if (field.translatable !== true)
    return `the field "${field.name}" is not declared translatable; add \`translatable: true\` to it in the schema to give it translations`;
  return unknownLocale(split.code, ctx.locales ?? []);
}

const show = (v: Value): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** The schema's fields against the file's columns: extra columns and missing ones are named together. */
function checkColumns(ctx: RowContext, table: RawTable, issues: ReportIssue[]): boolean {
  const fields = ctx.schema.fields.map((f) => f.name);
  const bad = table.columns.flatMap((c) => {
    const why = badTranslationColumn(ctx, c);
    return why === undefined ? [] : [{ column: c, why }];
  });
  for (const b of bad)
    issues.push({ file: ctx.file, line: table.columnLines.get(b.column) ?? 1, entry: ctx.name, field: b.column, message: b.why });
  if (bad.length > 0) return false;
  const extra = table.columns.filter((c) => !fields.includes(c) && translationColumn(ctx, c) === undefined);
  // A YAML entry may leave out a field (a missing value); a CSV must have every column.
  const missing = ctx.format === 'csv' ? fields.filter((f) => !table.columns.includes(f)) : [];
  if (extra.length === 0 && missing.length === 0) return true;
  const parts = [
    missing.length > 0
      ? `the schema's field${missing.length > 1 ? 's' : ''} ${listNames(missing)} ${missing.length > 1 ? 'are' : 'is'} not a column of the file`
      : '',
    extra.length > 0
      ? `the file's column${extra.length > 1 ? 's' : ''} ${listNames(extra)} ${extra.length > 1 ? 'are' : 'is'} not declared in the schema`
      : '',
  ].filter(Boolean);
  const hints = extra.map((c) => didYouMean(c, missing.length > 0 ? missing : fields)).join('');
  issues.push({
    file: ctx.file,
    line: table.columnLines.get(extra[0] ?? '') ?? 1,
    entry: ctx.name,
    ...(extra.length + missing.length === 1 ? { field: extra[0] ?? missing[0] } : {}),
    message: `the schema does not match the file's columns: ${parts.join('; ')}.${hints} Schema fields: ${fields.join(', ')}; file columns: ${table.columns.join(', ') || '(none)'}`,
  });
  return false;
}

function checkConstraints(field: Field, value: Value, exact: string | undefined): string | undefined {
  const c = field.constraints;
  if (c === undefined || value === null) return undefined;
  if (c.enum !== undefined && !c.enum.some((e) => String(e) === String(value)))
    return `one of ${c.enum.map((e) => `"${String(e)}"`).join(', ')}, got ${show(value)}`;
  if (typeof value === 'string') {
    if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value))
      return `a value matching the pattern ${c.pattern}, got ${show(value)}`;
    if (c.minLength !== undefined && value.length < c.minLength) return `at least ${c.minLength} characters, got ${show(value)}`;
    if (c.maxLength !== undefined && value.length > c.maxLength) return `at most ${c.maxLength} characters, got ${show(value)}`;
  }
  const compare = (bound: number | string): number =>
    typeof value === 'number' ? value - Number(bound) : String(value) < String(bound) ? -1 : String(value) > String(bound) ? 1 : 0;
  const got = exact ?? show(value);
  if (c.minimum !== undefined && compare(c.minimum) < 0) return `a value of at least ${c.minimum}, got ${got}`;
  if (c.maximum !== undefined && compare(c.maximum) > 0) return `a value of at most ${c.maximum}, got ${got}`;
  return undefined;
}

/** A row's translations of its translatable fields; a missing one (for a field with a value) is an issue naming the locale. */
function readTranslations(ctx: RowContext, raw: RawTable['rows'][number], row: Row, issues: ReportIssue[]): void {
  for (const field of ctx.schema.fields) {
    if (field.translatable !== true) continue;
    const original = raw.cells.get(field.name);
    const present = original !== undefined && original !== null && original !== '' && !ctx.schema.missingValues.includes(String(original));
    for (const code of ctx.locales ?? []) {
      const column = translatedKey(field.name, code);
      const cell = raw.cells.get(column);
      const text = cell === undefined || cell === null ? '' : String(cell).trim();
      if (text !== '') {
        (row.translations[code] ??= {})[field.name] = text;
        continue;
      }
      if (!present) continue;
      issues.push({
        file: ctx.file,
        line: raw.cellLines.get(column) ?? raw.cellLines.get(field.name) ?? raw.line,
        entry: row.key,
        field: column,
        message: `missing the "${code}" translation of "${field.name}" (${show(String(original))}); expected ${ctx.format === 'csv' ? `a column "${column}" with a text in this row` : `"${column}: …" in this entry`}`,
      });
    }
  }
}

/** Typed rows of `table`; problems go to `issues`. */
export function validateRows(ctx: RowContext, table: RawTable, issues: ReportIssue[]): Row[] {
  if (!checkColumns(ctx, table, issues)) return [];
  if (table.rows.length === 0) {
    issues.push({ file: ctx.file, line: 1, entry: ctx.name, message: 'the dataset is empty: expected at least one row of data' });
    return [];
  }
  const pk = primaryKey(ctx.schema);
  const missingValues = new Set(ctx.schema.missingValues);
  const rows: Row[] = [];
  for (const raw of table.rows) {
    const pkText = pk.map((f) => raw.cells.get(f)).filter((v) => v !== undefined && v !== null && v !== '');
    const key =
      pkText.length === pk.length && pk.length > 0 ? `${ctx.name}[${pkText.map(String).join(', ')}]` : `${ctx.name}[row ${raw.index}]`;
    const row: Row = {
      line: raw.line,
      key,
      values: {},
      exact: {},
      fieldLines: Object.fromEntries([...raw.cellLines].filter(([, l]) => l !== raw.line)),
      translations: {},
    };
    readTranslations(ctx, raw, row, issues);
    for (const field of ctx.schema.fields) {
      const cell = raw.cells.get(field.name) ?? null;
      const line = raw.cellLines.get(field.name) ?? raw.line;
      const at = { file: ctx.file, line, entry: key, field: field.name };
      const isMissing = cell === null || (typeof cell === 'string' && missingValues.has(cell));
      if (isMissing) {
        row.values[field.name] = null;
        if (field.constraints?.required === true || pk.includes(field.name)) {
          issues.push({ ...at, message: `expected a value (the field is required), got ${describeCell(cell)}` });
        }
        continue;
      }
      const cast = castCell(field, cell);
      if (!cast.ok) {
        issues.push({ ...at, message: `expected ${cast.expected}, got ${describeCell(cell)}` });
        continue;
      }
      row.values[field.name] = cast.value;
      if (cast.exact !== undefined) row.exact[field.name] = cast.exact;
      const broken = checkConstraints(field, cast.value, cast.exact);
      if (broken !== undefined) issues.push({ ...at, message: `expected ${broken}` });
    }
    rows.push(row);
  }
  // Unique fields and the primary key: name both rows.
  const uniques = ctx.schema.fields.filter((f) => f.constraints?.unique === true).map((f) => [f.name]);
  for (const fields of pk.length > 0 ? [pk, ...uniques] : uniques) {
    const seen = new Map<string, Row>();
    for (const row of rows) {
      const vals = fields.map((f) => row.values[f]);
      if (vals.some((v) => v === null || v === undefined)) continue;
      const k = JSON.stringify(vals);
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, row);
        continue;
      }
      const what = fields === pk ? `primary key (${fields.join(', ')})` : `field "${fields[0] ?? ''}", which is unique,`;
      issues.push({
        file: ctx.file,
        line: row.line,
        entry: row.key,
        field: fields.join(', '),
        message: `duplicate ${what}: ${vals.map((v) => show(v ?? null)).join(', ')} is already used on line ${first.line}; expected each value once`,
      });
    }
  }
  return rows;
}
