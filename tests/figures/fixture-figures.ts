/**
 * The figures of the fixture report (tests/fixtures/second-report), rendered
 * as the build renders them: the engine's golden files come from this report,
 * never from the real one, so an editor's change to the real report's content
 * cannot break them. Its chapters place every chart and map kind.
 */
import path from 'node:path';
import { chartContent, reportChartContext } from '../../src/figures/chart/index.ts';
import { renderChartSvg } from '../../src/charts/render.ts';
import { figureUsages } from '../../src/report/scan.ts';
import { reportMap } from '../../src/figures/map/index.ts';
import { loadReport } from '../../src/report/load.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';

export const goldenDir = path.join(projectRoot, 'tests/golden');
export const report = loadReport(fixtureRoot);
export const usages = figureUsages(report);
export type Usage = (typeof usages)[number];
const href = (_table: string, id: string): string => `/regions/${id.toLowerCase()}/`;
/** The fixture's languages: its default (English) and the German edition, whose figures are drawn in German. */
export const [defaultLocale = 'en', ...otherLocales] = siteLocales(report.site).map((l) => l.code);

/** The figure's SVG in `locale` (the default without it), as the pages inline it. */
export function renderFigure(u: Usage, locale?: string): string {
  if (u.component === 'Map') return reportMap(report, u.props as Record<string, unknown>, href, locale).svg;
  const c = chartContent(u.props, reportChartContext(report, locale));
  if (!c.chart) throw new Error(`no chart for ${u.id}`);
  return renderChartSvg(c.chart, c.id);
}

/** tests/golden/<id>.svg, and <id>.<code>.svg for another locale. */
export const goldenFile = (id: string, locale?: string): string =>
  path.join(goldenDir, `${id}${locale === undefined ? '' : `.${locale}`}.svg`);
export const changedFile = (id: string, locale?: string): string =>
  path.join(goldenDir, `${id}${locale === undefined ? '' : `.${locale}`}-changed.svg`);

/** Every golden case: each figure in the default language, then in each other locale. */
export const goldenCases: Array<{ name: string; u: Usage; locale: string | undefined }> = [undefined, ...otherLocales].flatMap((locale) =>
  usages.map((u) => ({ name: locale === undefined ? u.id : `${u.id} (${locale})`, u, locale })),
);
