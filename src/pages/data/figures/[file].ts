/**
 * The downloads of every figure, written at build time in every locale: its
 * data as CSV and the figure as a standalone SVG; for a figure shown out of
 * line, also the shapes its <img> shows (its text is drawn in the page). The
 * default language's files keep their plain names ("<id>.svg"), another
 * locale's carry its code ("<id>.ru.svg").
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../charts/datasets.ts';
import { downloadableSvg, splitText } from '../../../charts/svg.ts';
import { figureFile, outOfLine, renderFigure, reportFigures, type FigureExt } from '../../../components/figures/content.ts';
import { siteLocales } from '../../../i18n/locales.ts';
import { translator } from '../../../i18n/messages.ts';
import { localeFigureUsages } from '../../../lib/numbering.ts';
import { cachedReport } from '../../../lib/report-cache.ts';

export const getStaticPaths = (() => {
  const report = cachedReport();
  const locales = siteLocales(report.site);
  return locales.flatMap((l, i) => {
    const code = i === 0 ? undefined : l.code;
    // Another edition's files draw the figure as its translated chapter writes it (caption, titles, legend).
    return (code === undefined ? reportFigures() : localeFigureUsages(code)).flatMap((u) =>
      (['csv', 'svg', ...(outOfLine(u.component) ? ['image.svg' as const] : [])] as FigureExt[]).map((ext) => ({
        params: { file: figureFile(u.id, ext, code) },
        props: { usage: u, ext, locale: l.code },
      })),
    );
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { usage, ext, locale } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const figure = renderFigure(usage.component, usage.props, locale);
  if (ext === 'csv') return new Response(toCsv(figure.table.csvColumns, figure.table.csvRows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const svg = ext === 'image.svg' ? splitText(figure.svg).shapes : figure.svg;
  const catalogue = cachedReport().catalogues.get(locale);
  const label = catalogue === undefined ? 'Figure' : translator(locale, catalogue)('figure.figure');
  return new Response(downloadableSvg(svg, `${label} ${usage.number}. ${figure.caption}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
