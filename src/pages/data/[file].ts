/** Every dataset as CSV and JSON (/data/regions.csv, /data/regions.json, …), generated from the collections at build time, described in the default language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataTables, tableCsv, type DataTable } from '../../charts/datasets.ts';
import { cachedReport } from '../../lib/report-cache.ts';
import { siteLocales } from '../../i18n/locales.ts';
import { translator } from '../../i18n/messages.ts';

export const getStaticPaths = (() => {
  const report = cachedReport();
  const [first, ...others] = siteLocales(report.site);
  const code = first?.code ?? report.site.lang;
  const t = translator(code, report.catalogues.get(code) ?? {});
  return dataTables(
    report.data,
    others.map((l) => l.code),
    { code, t },
  ).flatMap((table) => [
    { params: { file: `${table.name}.csv` }, props: { table, ext: 'csv' as const } },
    { params: { file: `${table.name}.json` }, props: { table, ext: 'json' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { table, ext } = props as { table: DataTable; ext: 'csv' | 'json' };
  if (ext === 'csv') return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const { rows, ...meta } = table;
  return new Response(`${JSON.stringify({ ...meta, licence: cachedReport().site.licence, rows }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
