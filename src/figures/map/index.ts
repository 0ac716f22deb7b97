/**
 * `<Map>`: the grammar component that draws a dataset on the report's
 * boundaries, by mark. The same code checks a chapter's tags before anything
 * renders (with the MDX file and line) and draws them.
 */
import type { GrammarComponent, GrammarContext } from '../../grammar/component.ts';
import { PropError } from '../../grammar/problem.ts';
import { tablesOf } from '../../grammar/tables.ts';
import { translator, type Catalogue } from '../../i18n/messages.ts';
import { BoundaryError, defaultBoundaries, loadGeo } from '../../maps/geo.ts';
import { choropleth } from './choropleth.ts';
import { flows } from './flows.ts';
import { locator } from './locator.ts';
import { points } from './points.ts';
import { parseMapProps, type Mark, type MapProps } from './props.ts';
import type { MapContent, MapContext } from './regions.ts';
import { valueLabeller } from './value-labels.ts';

export type { MapContent, MapContext, RegionLink } from './regions.ts';
export type { MapProps } from './props.ts';

const drawers: Record<Mark, (props: MapProps, ctx: MapContext) => MapContent> = { choropleth, flows, points, locator };

/** Where a map reads its boundaries: the report's folder, and the file site.yaml names. */
export interface MapSetting {
  root: string;
  /** site.yaml `maps.boundaries`. */
  boundaries?: string | undefined;
}

/** The boundaries a map draws: its `boundaries` prop, else site.yaml's, else the default; a missing or broken file is the prop's error. */
export function geoFor(props: MapProps, setting: MapSetting): MapContext['geo'] {
  try {
    return loadGeo(setting.root, props.boundaries ?? setting.boundaries ?? defaultBoundaries);
  } catch (e) {
    if (e instanceof BoundaryError) throw new PropError('boundaries', e.message);
    throw e;
  }
}

/** Everything a `<Map>` shows; throws a PropError naming the prop at fault. */
export function mapContent(
  raw: Readonly<Record<string, unknown>>,
  ctx: GrammarContext & MapSetting & Pick<MapContext, 'href' | 'valueLabel'>,
): MapContent {
  const props = parseMapProps(raw);
  return drawers[props.mark](props, {
    tables: ctx.tables,
    locale: ctx.locale,
    t: ctx.t,
    href: ctx.href,
    valueLabel: ctx.valueLabel,
    geo: geoFor(props, ctx),
  });
}

/** The tables a map reads: its dataset, its places, and those the dataset links to. */
function tablesRead(props: MapProps, ctx: GrammarContext): string[] {
  const links = [...(ctx.tables.get(props.dataset)?.links.values() ?? [])].map((l) => l.table);
  return [props.dataset, ...(props.places === undefined ? [] : [props.places]), ...links];
}

export const mapGrammar: GrammarComponent = {
  check: (raw, ctx) => {
    const props = parseMapProps(raw);
    if (tablesRead(props, ctx).some((t) => ctx.unreadable?.has(t))) return;
    // With the report's folder at hand, the whole map is drawn: region codes are checked against the boundary file.
    if (ctx.root !== undefined)
      drawers[props.mark](props, {
        tables: ctx.tables,
        locale: ctx.locale,
        href: () => undefined,
        checkOnly: true,
        geo: geoFor(props, { root: ctx.root, boundaries: ctx.site?.maps?.boundaries }),
      });
  },
};

/** What a map needs of a loaded report (structurally, so this module needs nothing above it). */
export interface MapReport {
  root: string;
  site: { lang: string; maps?: { boundaries?: string | undefined } | undefined };
  /** The locales' messages (src/report/load.ts); a map in a locale without them uses the engine's. */
  catalogues?: ReadonlyMap<string, Catalogue> | undefined;
  data: Parameters<typeof tablesOf>[0]['data'];
  datasets: Parameters<typeof tablesOf>[0]['datasets'];
}

/** A `<Map>` of a loaded report, in `locale` (the site's language without it): the pages, the downloads and the tests draw it alike. */
export function reportMap(
  report: MapReport,
  props: Readonly<Record<string, unknown>>,
  href: MapContext['href'],
  locale: string = report.site.lang,
): MapContent {
  const catalogue = report.catalogues?.get(locale);
  const tables = tablesOf(report, locale);
  const ctx = {
    tables,
    valueLabel: valueLabeller(report.site, tables, locale),
    locale,
    ...(catalogue === undefined ? {} : { t: translator(locale, catalogue) }),
    root: report.root,
    boundaries: report.site.maps?.boundaries,
    href,
  };
  return mapContent(props, ctx);
}
