/**
 * The report's collections as flat tables: what the /data/ page lists and
 * offers as CSV and JSON, with each field's meaning and unit. Generic: the
 * rows come from whatever report is being built.
 */
import type { ReportData } from '../report/load.ts';
import { uniqueSources } from '../lib/sources.ts';
import { localized } from '../i18n/fields.ts';

import type { Cell } from '../figures/figure.ts';

export type { Cell };

export interface Field {
  name: string;
  description: string;
  unit?: string;
}

export interface DataTable {
  /** File name and anchor: "regions" → /data/regions.csv, /data/#regions. */
  name: string;
  title: string;
  description: string;
  fields: Field[];
  rows: Array<Record<string, Cell>>;
  /** Distinct sources of the rows. */
  sources: Array<{ ref: string; locator: string }>;
}

/** Every collection a reader may want as data, as flat tables. */
export function dataTables(
  data: Pick<ReportData, 'regions' | 'instruments' | 'forums'>,
  otherLocales: readonly string[] = [],
): DataTable[] {
  return [
    {
      name: 'regions',
      title: 'Regions',
      description: 'The regions the report names.',
      fields: [
        { name: 'id', description: 'ISO 3166-2 code of the region' },
        { name: 'name', description: 'name in the default language' },
        ...otherLocales.map((code) => ({ name: `name_${code}`, description: `name in the language "${code}"` })),
        { name: 'country', description: 'ISO 3166-1 alpha-2 code of the country' },
        { name: 'border', description: 'whether the region lies on the state border' },
        { name: 'capital', description: 'administrative centre' },
      ],
      rows: data.regions.map((r) => ({
        id: r.id,
        name: r.name,
        ...Object.fromEntries(otherLocales.map((code) => [`name_${code}`, localized(r, 'name', code)])),
        country: r.country,
        border: r.border,
        capital: r.capital ?? null,
      })),
      sources: uniqueSources(data.regions.map((r) => r.source)),
    },
    {
      name: 'instruments',
      title: 'Legal instruments',
      description: 'Treaties, agreements, programmes, laws and other instruments.',
      fields: [
        { name: 'id', description: 'id of the instrument' },
        { name: 'title', description: 'title in English' },
        {
          name: 'kind',
          description: 'treaty, convention, agreement, concept, programme, plan, law, decree, memorandum, protocol or draft',
        },
        {
          name: 'level',
          description: 'level: multilateral body, bilateral, intergovernmental, interagency, national, regional or corporate',
        },
        { name: 'signed', description: 'date of signature or adoption, as precise as the source' },
        { name: 'in_force', description: 'date of entry into force' },
        { name: 'status', description: 'status' },
      ],
      rows: data.instruments.map((i) => ({
        id: i.id,
        title: i.title,
        kind: i.kind,
        level: i.level,
        signed: i.signed ?? null,
        in_force: i.inForce ?? null,
        status: i.status,
      })),
      sources: uniqueSources(data.instruments.map((i) => i.source)),
    },
    {
      name: 'forums',
      title: 'Forums',
      description: 'Forums of interregional cooperation.',
      fields: [
        { name: 'id', description: 'id of the forum' },
        { name: 'number', description: 'ordinal number, where the source gives it' },
        { name: 'date', description: 'date, as precise as the source' },
        { name: 'city', description: 'host city' },
        { name: 'region', description: 'ISO 3166-2 code of the host region' },
        { name: 'theme', description: 'theme' },
        { name: 'planned', description: 'whether the source reports it as planned rather than held' },
      ],
      rows: data.forums.map((f) => ({
        id: f.id,
        number: f.number ?? null,
        date: f.date,
        city: f.city,
        region: f.region,
        theme: f.theme ?? null,
        planned: f.planned,
      })),
      sources: uniqueSources(data.forums.map((f) => f.source)),
    },
  ];
}

const csvCell = (v: Cell): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A data table as CSV, fields in their order. */
export function tableCsv(table: DataTable): string {
  const names = table.fields.map((f) => f.name);
  return toCsv(
    names,
    table.rows.map((r) => names.map((n) => r[n] ?? null)),
  );
}
