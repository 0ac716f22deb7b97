/**
 * Reads a dataset file into raw rows, each with its line: CSV through
 * csv-parse, YAML (a list of entries) through the yaml parser. Cells stay
 * uncast here; a YAML number keeps its source text, so "12.50" is read as
 * written, never through a binary float.
 */
import { parse } from 'csv-parse/sync';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ReportIssue } from '../report/errors.ts';
import { parseLocatedYaml } from './yaml.ts';

/** A cell as read: CSV gives text; YAML also gives booleans, null, and numbers as their source text. */
export type RawCell = string | boolean | null;

export interface RawRow {
  /** Line of the row in its file (1-based). */
  line: number;
  /** Row number among the data rows (1-based, header excluded). */
  index: number;
  cells: Map<string, RawCell>;
  /** Line of each cell, where it differs from the row's (YAML). */
  cellLines: Map<string, number>;
}

export interface RawTable {
  /** Column names in file order: the CSV header, or every key used by a YAML entry. */
  columns: string[];
  /** Line of each column's first appearance (the header for CSV). */
  columnLines: Map<string, number>;
  rows: RawRow[];
}

/** Reads CSV text; problems (broken quoting, a row with too many or too few cells) go to `issues`. */
export function readCsv(text: string, file: string, issues: ReportIssue[]): RawTable | undefined {
  let records: { record: string[]; info: { lines: number; raw?: string | undefined } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    issues.push({ file, ...(err.lines === undefined ? {} : { line: err.lines }), message: `this is not valid CSV: ${err.message}` });
    return undefined;
  }
  const [header, ...body] = records;
  if (header === undefined) return { columns: [], columnLines: new Map(), rows: [] };
  const startLine = (r: (typeof records)[number]): number => r.info.lines - (r.info.raw?.replace(/\r?\n$/, '').split('\n').length ?? 1) + 1;
  const columns = header.record.map((c) => c.trim());
  const headerLine = startLine(header);
  const rows: RawRow[] = [];
  body.forEach((r, i) => {
    const line = startLine(r);
    if (r.record.length !== columns.length) {
      issues.push({
        file,
        line,
        entry: `row ${i + 1}`,
        message: `expected ${columns.length} cells like the header, got ${r.record.length}`,
      });
      return;
    }
    rows.push({ line, index: i + 1, cells: new Map(columns.map((c, j) => [c, r.record[j] ?? ''])), cellLines: new Map() });
  });
  return { columns, columnLines: new Map(columns.map((c) => [c, headerLine])), rows };
}

function rawCell(node: unknown): RawCell | undefined {
  if (node === null || node === undefined) return null;
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return node.source ?? String(v);
  return undefined;
}

/** Reads a YAML list of entries (`- field: value`); nested values are reported, not flattened. */
export function readYamlTable(text: string, file: string, issues: ReportIssue[]): RawTable | undefined {
  const parsed = parseLocatedYaml(text, file, issues);
  if (parsed === undefined) return undefined;
  const lineOf = (n: Node | null | undefined, fallback: number): number => (n?.range ? parsed.lines.linePos(n.range[0]).line : fallback);
  const contents = parsed.doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { columns: [], columnLines: new Map(), rows: [] };
  if (!isSeq(contents)) {
    issues.push({ file, line: lineOf(contents, 1), message: 'expected a list of entries, each starting with "- "' });
    return undefined;
  }
  const columns: string[] = [];
  const columnLines = new Map<string, number>();
  const rows: RawRow[] = [];
  contents.items.forEach((item, i) => {
    const line = lineOf(item as Node, 1);
    if (!isMap(item)) {
      issues.push({ file, line, entry: `row ${i + 1}`, message: 'expected an entry with fields (field: value, …)' });
      return;
    }
    const cells = new Map<string, RawCell>();
    const cellLines = new Map<string, number>();
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyLine = lineOf(pair.key as Node, line);
      const cell = rawCell(pair.value);
      if (cell === undefined) {
        issues.push({
          file,
          line: keyLine,
          entry: `row ${i + 1}`,
          field: key,
          message: 'expected a single value (text, number, true/false), not a list or a group of fields',
        });
        continue;
      }
      cells.set(key, cell);
      cellLines.set(key, keyLine);
      if (!columnLines.has(key)) {
        columns.push(key);
        columnLines.set(key, keyLine);
      }
    }
    rows.push({ line, index: i + 1, cells, cellLines });
  });
  return { columns, columnLines, rows };
}
