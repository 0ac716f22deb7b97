/**
 * Multiplies the rows of every declared dataset (data/*.resource.yaml):
 * copy k of a row renames its text key fields (primary key and unique
 * fields) so keys stay unique, and a foreign key points at copy k of the row
 * it names, so every reference stays valid. A dataset whose key cannot be
 * renamed (no text field in it) keeps its rows, and is named in the notes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument, stringify } from 'yaml';
import type { ReportIssue } from '../../report/errors.ts';
import { findDescriptors, readDescriptor, type DescriptorFile } from '../../datasets/read-descriptor.ts';
import { nameList, type Field } from '../../datasets/descriptor.ts';
import { IdMaker } from './ids.ts';

type Cell = string | number | boolean | null;
interface Table {
  columns: string[];
  rows: Array<Record<string, Cell>>;
}

function readTable(file: string, format: 'csv' | 'yaml'): Table {
  const text = fs.readFileSync(file, 'utf8');
  if (format === 'csv') {
    const [header = [], ...body] = parseCsv(text, { bom: true, skip_empty_lines: true }) as string[][];
    return { columns: header, rows: body.map((cells) => Object.fromEntries(header.map((c, i) => [c, cells[i] ?? '']))) };
  }
  const rows = (parseDocument(text).toJS() ?? []) as Array<Record<string, Cell>>;
  return { columns: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows };
}

const csvCell = (v: Cell): string => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function writeTable(file: string, format: 'csv' | 'yaml', table: Table): void {
  const text =
    format === 'csv'
      ? [table.columns, ...table.rows.map((r) => table.columns.map((c) => r[c] ?? null))].map((r) => r.map(csvCell).join(',')).join('\n') +
        '\n'
      : stringify(table.rows, { lineWidth: 0 });
  fs.writeFileSync(file, text);
}

/** Whether a renamed value keeps to a field's constraints. */
function fits(field: Field): (value: string) => boolean {
  const c = field.constraints;
  const pattern = c?.pattern === undefined ? undefined : new RegExp(`^(?:${c.pattern})$`, 'u');
  return (v) =>
    (pattern === undefined || pattern.test(v)) && (c?.maxLength === undefined || [...v].length <= c.maxLength) && c?.enum === undefined;
}

/** The text fields whose values must differ between copies: the primary key's and the unique ones. */
function keyFields(d: DescriptorFile): Field[] {
  const schema = d.descriptor.schema;
  const pk = new Set(nameList(schema.primaryKey));
  return schema.fields.filter((f) => f.type === 'string' && (pk.has(f.name) || f.constraints?.unique === true));
}

/** Multiplies every declared dataset's rows `copies` times; returns notes on those left as they were. */
export function multiplyDatasets(root: string, copies: number): string[] {
  const issues: ReportIssue[] = [];
  const declared = findDescriptors(root)
    .map((f) => readDescriptor(root, f, issues))
    .filter((d): d is DescriptorFile => d !== undefined);
  const notes: string[] = [];
  if (copies <= 1) return notes;
  const tables = new Map(
    declared.map((d) => [
      d.descriptor.name,
      readTable(path.join(root, 'data', d.descriptor.path), d.descriptor.path.endsWith('.csv') ? 'csv' : 'yaml'),
    ]),
  );
  // renamed[dataset][field][value] = the value in copies 1…n-1.
  const renamed = new Map<string, Map<string, Map<string, string[]>>>();
  for (const d of declared) {
    const table = tables.get(d.descriptor.name);
    const byField = new Map<string, Map<string, string[]>>();
    const fks = new Set((d.descriptor.schema.foreignKeys ?? []).flatMap((fk) => nameList(fk.fields)));
    for (const field of keyFields(d).filter((f) => !fks.has(f.name))) {
      const values = [
        ...new Set((table?.rows ?? []).map((r) => r[field.name]).filter((v): v is string => typeof v === 'string' && v !== '')),
      ];
      const maker = new IdMaker(values, fits(field));
      const map = new Map(values.map((v) => [v, [] as string[]]));
      for (let k = 1; k < copies; k++) for (const v of values) map.get(v)?.push(maker.next(v, k));
      byField.set(field.name, map);
    }
    renamed.set(d.descriptor.name, byField);
  }
  for (const d of declared) {
    const name = d.descriptor.name;
    const table = tables.get(name);
    if (table === undefined) continue;
    // Foreign keys: field here → (dataset, field) there; a self-reference has no resource name.
    const targets = new Map<string, [string, string]>();
    for (const fk of d.descriptor.schema.foreignKeys ?? []) {
      const there = nameList(fk.reference.fields);
      nameList(fk.fields).forEach((f, i) => targets.set(f, [fk.reference.resource || name, there[i] ?? '']));
    }
    const own = renamed.get(name) ?? new Map<string, Map<string, string[]>>();
    const pk = nameList(d.descriptor.schema.primaryKey);
    const pkRenamed =
      pk.length === 0 ||
      pk.some((f) => own.has(f) || (targets.has(f) && renamed.get(targets.get(f)?.[0] ?? '')?.has(targets.get(f)?.[1] ?? '')));
    const uniques = keyFields(d).filter((f) => !own.has(f.name) && !targets.has(f.name));
    if (!pkRenamed || uniques.length > 0) {
      notes.push(
        `${d.file}: rows not multiplied: no text field of its key that the bench renames (a foreign key into a collection keeps its ids, such as the regions the maps draw)`,
      );
      continue;
    }
    const out = [...table.rows];
    for (let k = 1; k < copies; k++)
      for (const row of table.rows) {
        const copy: Record<string, Cell> = { ...row };
        for (const [field, cell] of Object.entries(row)) {
          if (typeof cell !== 'string' || cell === '') continue;
          const [ds, f] = targets.get(field) ?? [name, field];
          const next = renamed.get(ds)?.get(f)?.get(cell)?.[k - 1];
          if (next !== undefined) copy[field] = next;
        }
        out.push(copy);
      }
    writeTable(path.join(root, 'data', d.descriptor.path), d.descriptor.path.endsWith('.csv') ? 'csv' : 'yaml', {
      columns: table.columns,
      rows: out,
    });
  }
  return notes;
}
