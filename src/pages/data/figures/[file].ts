/** The downloads of every figure: its data as CSV and the figure as a standalone SVG, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../charts/datasets.ts';
import { downloadableSvg } from '../../../charts/svg.ts';
import { renderFigure, reportFigures } from '../../../components/figures/content.ts';

export const getStaticPaths = (() =>
  reportFigures().flatMap((u) => [
    { params: { file: `${u.id}.csv` }, props: { usage: u, ext: 'csv' } },
    { params: { file: `${u.id}.svg` }, props: { usage: u, ext: 'svg' } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { usage, ext } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const figure = renderFigure(usage.component, usage.props);
  if (ext === 'csv') return new Response(toCsv(figure.table.csvColumns, figure.table.csvRows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(downloadableSvg(figure.svg, `Figure ${usage.number}. ${figure.caption}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
