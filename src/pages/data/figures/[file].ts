/**
 * The downloads of every figure, written at build time: its data as CSV and
 * the figure as a standalone SVG; for a figure shown out of line, also the
 * shapes its <img> shows (its text is drawn in the page).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../charts/datasets.ts';
import { downloadableSvg, splitText } from '../../../charts/svg.ts';
import { outOfLine, renderFigure, reportFigures } from '../../../components/figures/content.ts';

export const getStaticPaths = (() =>
  reportFigures().flatMap((u) => [
    { params: { file: `${u.id}.csv` }, props: { usage: u, ext: 'csv' } },
    { params: { file: `${u.id}.svg` }, props: { usage: u, ext: 'svg' } },
    ...(outOfLine(u.component) ? [{ params: { file: `${u.id}.image.svg` }, props: { usage: u, ext: 'image.svg' } }] : []),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { usage, ext } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const figure = renderFigure(usage.component, usage.props);
  if (ext === 'csv') return new Response(toCsv(figure.table.csvColumns, figure.table.csvRows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const svg = ext === 'image.svg' ? splitText(figure.svg).shapes : figure.svg;
  return new Response(downloadableSvg(svg, `Figure ${usage.number}. ${figure.caption}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
