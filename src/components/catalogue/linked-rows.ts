/**
 * The rows of every declared dataset that point at one record through a
 * foreign key (a population row at its region, a trade flow at both of its
 * regions), for the record's page: no dataset is named here, the links are
 * read from the datasets' schemas.
 */
import { formatNumber, withUnit } from '../../grammar/format.ts';
import { columnUnit } from '../../grammar/words.ts';
import type { Tables } from '../../grammar/query.ts';
import type { Column, Table, TableRow, Value } from '../../grammar/tables.ts';
import type { Source } from '../../lib/sources.ts';
import { uniqueSources } from '../../lib/sources.ts';

export interface LinkedTable {
  name: string;
  title: string;
  /** Column headings, with their unit: "Value, thousand US dollars". */
  headings: Array<{ label: string; numeric: boolean }>;
  /** Each row's cells, as printed; a cell naming another record carries its id for a link. */
  rows: Array<Array<{ text: string; record?: { table: string; id: string } }>>;
  sources: Source[];
}

const isNumeric = (c: Column): boolean => c.type === 'number' || c.type === 'integer';

/** Fields that name a built-in record, in the order they are preferred. */
const nameFields = ['name', 'title'];

/** How a page names a linked record in its language ("regions", "KZ-KUS" → "Костанайская область"), when it can. */
export type RecordNamer = (table: string, id: string) => string | undefined;

/** How a linked record is named: as the page names it, else its name field, else its id. */
function recordName(tables: Tables, target: string, id: string, named?: RecordNamer): string {
  const own = named?.(target, id);
  if (own !== undefined) return own;
  const t = tables.get(target);
  const row = t?.rows.find((r) => r.id === id);
  const field = nameFields.find((f) => typeof row?.values[f] === 'string');
  return field === undefined ? id : String(row?.values[field]);
}

function cell(
  tables: Tables,
  table: Table,
  c: Column,
  row: TableRow,
  locale: string,
  named?: RecordNamer,
): { text: string; record?: { table: string; id: string } } {
  const v: Value = row.values[c.name] ?? null;
  if (v === null) return { text: '–' };
  const link = table.links.get(c.name);
  if (link !== undefined) return { text: recordName(tables, link.table, String(v), named), record: { table: link.table, id: String(v) } };
  if (typeof v === 'number' && isNumeric(c)) return { text: formatNumber(v, { exact: row.exact[c.name], locale }) };
  return { text: String(v) };
}

/**
 * The declared datasets (by name, `datasets`) with rows that link to record `id` of table `target`, each
 * with those rows (the linking column left out when only it links there). Built-in collections that
 * link to the record (forums, parties) have their own sections on the record's page.
 */
export function linkedRows(
  tables: Tables,
  datasets: readonly string[],
  target: string,
  id: string,
  locale: string,
  named?: RecordNamer,
): LinkedTable[] {
  const out: LinkedTable[] = [];
  for (const name of datasets) {
    const table = tables.get(name);
    if (table === undefined) continue;
    const via = [...table.links].filter(([, l]) => l.table === target && l.column === 'id').map(([column]) => column);
    if (via.length === 0 || table.name === target) continue;
    const rows = table.rows.filter((r) => via.some((c) => String(r.values[c]) === id));
    if (rows.length === 0) continue;
    // One link (a population's region) says nothing on the record's own page; several (from, to) do.
    const shown = table.columns.filter((c) => !(via.length === 1 && c.name === via[0]));
    out.push({
      name: table.name,
      title: table.title,
      headings: shown.map((c) => {
        // The unit in the page's words ("(человек)"), from the dataset's `units`.
        const unit = columnUnit(c, c.unit, locale);
        return { label: withUnit(c.title ?? c.name, unit === undefined ? undefined : `(${unit})`), numeric: isNumeric(c) };
      }),
      rows: rows.map((r) => shown.map((c) => cell(tables, table, c, r, locale, named))),
      sources: uniqueSources(rows.flatMap((r) => r.sources)),
    });
  }
  return out;
}
