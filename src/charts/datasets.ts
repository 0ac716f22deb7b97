/**
 * The report's collections as flat tables: what the /data/ page lists and
 * offers as CSV and JSON, with each field's meaning and unit. Generic: the
 * rows come from whatever report is being built.
 */
import type { ReportData } from '../report/load.ts';
import { uniqueSources, type Source } from '../lib/sources.ts';
import { localized, type Translatable } from '../i18n/fields.ts';
import type { Translate } from '../i18n/messages.ts';

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
  sources: Source[];
}

/** Every collection a reader may want as data, as flat tables. */
export function dataTables(
  data: Pick<ReportData, 'regions' | 'instruments' | 'forums'>,
  otherLocales: readonly string[],
  w: { code: string; t: Translate },
): DataTable[] {
  const { t } = w;
  const languageName = new Intl.DisplayNames([w.code], { type: 'language' });
  /** A translatable field's columns in the site's other languages ("name_ru"), described in the words of `w`. */
  const translatedFields = (field: string) =>
    otherLocales.map((code) => ({
      name: `${field}_${code}`,
      description: t(`data.field.${field}In`, { language: languageName.of(code) ?? code }),
    }));
  const translatedValues = <T extends Translatable, K extends keyof T & string>(record: T, field: K) =>
    Object.fromEntries(otherLocales.map((code) => [`${field}_${code}`, (localized(record, field, code) as Cell | undefined) ?? null]));
  return [
    {
      name: 'regions',
      title: t('data.regions.title'),
      description: t('data.regions.description'),
      fields: [
        { name: 'id', description: t('data.field.regions.id') },
        { name: 'name', description: t('data.field.regions.name') },
        ...translatedFields('name'),
        { name: 'country', description: t('data.field.regions.country') },
        { name: 'border', description: t('data.field.regions.border') },
        { name: 'capital', description: t('data.field.regions.capital') },
      ],
      rows: data.regions.map((r) => ({
        id: r.id,
        name: r.name,
        ...translatedValues(r, 'name'),
        country: r.country,
        border: r.border,
        capital: r.capital ?? null,
      })),
      sources: uniqueSources(data.regions.map((r) => r.source)),
    },
    {
      name: 'instruments',
      title: t('data.instruments.title'),
      description: t('data.instruments.description'),
      fields: [
        { name: 'id', description: t('data.field.instruments.id') },
        { name: 'title', description: t('data.field.instruments.title') },
        ...translatedFields('title'),
        { name: 'kind', description: t('data.field.instruments.kind') },
        { name: 'level', description: t('data.field.instruments.level') },
        { name: 'signed', description: t('data.field.instruments.signed') },
        { name: 'in_force', description: t('data.field.instruments.inForce') },
        { name: 'status', description: t('data.field.instruments.status') },
      ],
      rows: data.instruments.map((i) => ({
        id: i.id,
        title: i.title,
        ...translatedValues(i, 'title'),
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
      title: t('data.forums.title'),
      description: t('data.forums.description'),
      fields: [
        { name: 'id', description: t('data.field.forums.id') },
        { name: 'number', description: t('data.field.forums.number') },
        { name: 'date', description: t('data.field.forums.date') },
        { name: 'city', description: t('data.field.forums.city') },
        ...translatedFields('city'),
        { name: 'region', description: t('data.field.forums.region') },
        { name: 'theme', description: t('data.field.forums.theme') },
        ...translatedFields('theme'),
        { name: 'planned', description: t('data.field.forums.planned') },
      ],
      rows: data.forums.map((f) => ({
        id: f.id,
        number: f.number ?? null,
        date: f.date,
        city: f.city,
        ...translatedValues(f, 'city'),
        region: f.region,
        theme: f.theme ?? null,
        ...translatedValues(f, 'theme'),
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
