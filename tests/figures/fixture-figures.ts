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
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';

export const goldenDir = path.join(projectRoot, 'tests/golden');
export const report = loadReport(fixtureRoot);
export const usages = figureUsages(report);
export type Usage = (typeof usages)[number];
const href = (_table: string, id: string): string => `/regions/${id.toLowerCase()}/`;

/** The figure's SVG, as the pages inline it. */
export function renderFigure(u: Usage): string {
  if (u.component === 'Map') return reportMap(report, u.props as Record<string, unknown>, href).svg;
  const c = chartContent(u.props, reportChartContext(report));
  if (!c.chart) throw new Error(`no chart for ${u.id}`);
  return renderChartSvg(c.chart, c.id);
}

export const goldenFile = (id: string): string => path.join(goldenDir, `${id}.svg`);
export const changedFile = (id: string): string => path.join(goldenDir, `${id}-changed.svg`);
