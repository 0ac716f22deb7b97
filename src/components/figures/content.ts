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
import { recordKinds, recordPath, type RecordKind } from '../catalogue/record-targets.ts';
import { localizedPath, siteLocales } from '../../i18n/locales.ts';
import { reportMap, type RegionLink } from '../../figures/map/index.ts';
import { PropError } from '../../grammar/problem.ts';

/**
 * The one place map regions' links are made: the page of the record the region
 * key names, when its table has record pages, in the edition of `code`.
 */
export function regionHref(table: string, id: string, code?: string): string | undefined {
  const kind = (Object.keys(recordKinds) as RecordKind[]).find((k) => recordKinds[k].collection === table);
  if (kind === undefined) return undefined;
  if (code === undefined) return recordHref(kind, id);
  return withBase(localizedPath(siteLocales(cachedReport().site), code, recordPath(kind, id)));
}

/** A figure file's name: "<id>.<ext>" in the default language, "<id>.<code>.<ext>" in another (its words differ). */
export const figureFile = (id: string, ext: FigureExt, code?: string): string =>
  code === undefined ? `${id}.${ext}` : `${id}.${code}.${ext}`;
export type FigureExt = 'csv' | 'svg' | 'image.svg';

/**
 * Where a figure's files live: its downloads (csv, svg), and for an out-of-line
 * figure the shapes its <img> shows (image.svg); `code` for a locale other than the default.
 */
export const figureFileHref = (id: string, ext: FigureExt, code?: string): string => withBase(`/data/figures/${figureFile(id, ext, code)}`);

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

/** A figure drawn in `locale` (the site's language without it): labels, titles, numbers and description in its words. */
export function renderFigure(component: FigureComponent, props: Readonly<Record<string, unknown>>, locale?: string): RenderedFigure {
  const report = cachedReport();
  let byKey = rendered.get(report);
  if (!byKey) rendered.set(report, (byKey = new Map()));
  const code = locale ?? report.site.lang;
  const key = `${code}:${component}:${JSON.stringify(props)}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const figure = renderFigureUncached(component, props, report, code);
  byKey.set(key, figure);
  return figure;
}

function renderFigureUncached(
  component: FigureComponent,
  props: Readonly<Record<string, unknown>>,
  report: ReturnType<typeof cachedReport>,
  code: string,
): RenderedFigure {
  if (component === 'Map') {
    try {
      return reportMap(report, props, (table, id) => regionHref(table, id, code), code);
    } catch (e) {
      if (e instanceof PropError) throw new Error(`<Map id="${String(props['id'])}" />: prop "${e.prop}": ${e.message}`, { cause: e });
      throw e;
    }
  }
  const content = chartContent(props, reportChartContext(report, code));
  if (!content.chart) throw new Error(`<Chart id="${content.id}" />: no chart was made`);
  return { ...content, svg: renderChartSvg(content.chart, content.id) };
}

/** Every figure the report's chapters place, numbered in reading order (the report's one numbering, src/lib/numbering.ts). */
export function reportFigures(): FigureUsage[] {
  return reportFigureUsages();
}
