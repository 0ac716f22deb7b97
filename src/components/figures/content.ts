/**
 * A figure's content by component and props, for the pages and the download
 * endpoints alike: the report's data, the boundaries, the region links.
 */
import { renderChartSvg } from '../../charts/render.ts';
import { chartContent, reportChartContext } from '../../figures/chart/index.ts';
import type { FigureComponent, FigureContent } from '../../figures/figure.ts';
import type { FigureUsage } from '../../report/scan.ts';
import { reportFigureUsages } from '../../lib/numbering.ts';
import { cachedReport } from '../../lib/report-cache.ts';
import { withBase } from '../../lib/url.ts';
import { recordHref } from '../catalogue/hrefs.ts';
import { recordKinds, type RecordKind } from '../catalogue/record-targets.ts';
import { reportMap, type RegionLink } from '../../figures/map/index.ts';
import { PropError } from '../../grammar/problem.ts';

/** The one place map regions' links are made: the page of the record the region key names, when its table has record pages. */
export function regionHref(table: string, id: string): string | undefined {
  const kind = (Object.keys(recordKinds) as RecordKind[]).find((k) => recordKinds[k].collection === table);
  return kind === undefined ? undefined : recordHref(kind, id);
}

/** Where a figure's files live: its downloads (csv, svg), and for an out-of-line figure the shapes its <img> shows (image.svg). */
export const figureFileHref = (id: string, ext: 'csv' | 'svg' | 'image.svg'): string => withBase(`/data/figures/${id}.${ext}`);

export interface RenderedFigure extends FigureContent {
  svg: string;
  /** Record pages the figure's graphic links (a map's regions). */
  links?: RegionLink[];
}

/**
 * Whether a figure's graphic stays out of the page's HTML: its shapes shown
 * by an <img loading="lazy"> of their own SVG file (cached, fetched only near
 * the viewport), its text inline over the image. Maps: their outlines weigh
 * about 10 KB gzip each, more than the rest of a chapter, and their links move
 * to a list beside the map. Charts stay inline: they weigh 1-2 KB gzip and
 * become interactive in place.
 */
export const outOfLine = (component: FigureComponent): boolean => component === 'Map';

/** Rendered figures of the current reading of the report: a chapter page and the figure's download both need one. */
const rendered = new WeakMap<object, Map<string, RenderedFigure>>();

export function renderFigure(component: FigureComponent, props: Readonly<Record<string, unknown>>): RenderedFigure {
  const report = cachedReport();
  let byKey = rendered.get(report);
  if (!byKey) rendered.set(report, (byKey = new Map()));
  const key = `${component}:${JSON.stringify(props)}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const figure = renderFigureUncached(component, props, report);
  byKey.set(key, figure);
  return figure;
}

function renderFigureUncached(
  component: FigureComponent,
  props: Readonly<Record<string, unknown>>,
  report: ReturnType<typeof cachedReport>,
): RenderedFigure {
  if (component === 'Map') {
    try {
      return reportMap(report, props, regionHref);
    } catch (e) {
      if (e instanceof PropError) throw new Error(`<Map id="${String(props['id'])}" />: prop "${e.prop}": ${e.message}`, { cause: e });
      throw e;
    }
  }
  const content = chartContent(props, reportChartContext(report));
  if (!content.chart) throw new Error(`<Chart id="${content.id}" />: no chart was made`);
  return { ...content, svg: renderChartSvg(content.chart, content.id) };
}

/** Every figure the report's chapters place, numbered in reading order (the report's one numbering, src/lib/numbering.ts). */
export function reportFigures(): FigureUsage[] {
  return reportFigureUsages();
}
