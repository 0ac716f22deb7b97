/** Every dataset as CSV and JSON (/data/regions.csv, /data/regions.json, …), generated from the collections at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataTables, tableCsv, type DataTable } from '../../charts/datasets.ts';
import { cachedReport } from '../../lib/report-cache.ts';
import { siteLocales } from '../../i18n/locales.ts';

export const getStaticPaths = (() =>
  dataTables(
    cachedReport().data,
    siteLocales(cachedReport().site)
      .slice(1)
      .map((l) => l.code),
  ).flatMap((table) => [
    { params: { file: `${table.name}.csv` }, props: { table, ext: 'csv' as const } },
    { params: { file: `${table.name}.json` }, props: { table, ext: 'json' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { table, ext } = props as { table: DataTable; ext: 'csv' | 'json' };
  if (ext === 'csv') return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const { rows, ...meta } = table;
  return new Response(`${JSON.stringify({ ...meta, licence: cachedReport().site.licence, rows }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
