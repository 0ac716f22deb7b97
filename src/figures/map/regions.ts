/**
 * What every map mark shares: the context it draws in (tables, locale,
 * boundaries, where a region's page is), region keys checked against the
 * boundary file, the dataset region keys point into, region links and labels.
 */
import { PropError } from '../../grammar/problem.ts';
import { pathAccessor, type Accessor, type Tables } from '../../grammar/query.ts';
import type { ValueLabel } from './value-labels.ts';
import type { Table, TableRow } from '../../grammar/tables.ts';
import type { Geo } from '../../maps/geo.ts';
import { fitProjection, renderMap, type MapSpec, type RegionStyle } from '../../maps/render.ts';
import type { Source } from '../../lib/sources.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { Column } from '../../grammar/tables.ts';
import { columnUnit, wordsOf } from '../../grammar/words.ts';

export interface MapContext {
  /** The report's tables in the map's locale (tablesOf(report, locale)). */
  tables: Tables;
  locale: string;
  /** The locale's messages; the engine's catalogue of the locale without it. */
  t?: Translate | undefined;
  geo: Geo;
  /** The page of a record of a table, when it has one (built-in regions: /regions/<id>/). */
  href: (table: string, id: string) => string | undefined;
  /** Set by the validator: everything is read and checked, but no SVG is drawn (the costly part). */
  checkOnly?: boolean;
  /** The words for a coded value (src/figures/map/value-labels.ts); the value itself without it. */
  valueLabel?: ValueLabel | undefined;
}

/** The map's SVG (nothing when the map is only being checked): the regions it styles, framed, with the layers its mark adds. */
export function drawMap(
  ctx: MapContext,
  props: { id: string; caption: string },
  styles: ReadonlyMap<string, RegionStyle>,
  layers: Pick<MapSpec, 'legend' | 'overlay'>,
): string {
  if (ctx.checkOnly === true) return '';
  // The projection frames the regions the map styles; the SVG's ids and accessible name come from the figure.
  const projection = fitProjection(ctx.geo.regions.filter((g) => styles.has(g.id)));
  return renderMap({ geo: ctx.geo, styles, prefix: props.id, label: props.caption, projection, ...layers });
}

export interface RegionLink {
  name: string;
  href: string;
}

/**
 * A map's part of a figure (src/figures/figure.ts's FigureContent, written out
 * here so the validator, which checks maps, imports nothing of the charts).
 */
export interface MapContent {
  id: string;
  component: 'Map';
  caption: string;
  description: string;
  sources: Source[];
  table: {
    columns: Array<{ label: string; numeric: boolean }>;
    rows: string[][];
    csvColumns: string[];
    csvRows: Array<Array<string | number | boolean | null>>;
    foot?: string[];
  };
  svg: string;
  /** The region pages the map links, by name: the page lists them, since a map shown as an image has no links of its own. */
  links: RegionLink[];
}

/** The boundary file has every key, or the error says which are missing and how to add them. */
export function needBoundaries(geo: Geo, keys: Iterable<string>, prop: string): void {
  const known = new Set(geo.regions.map((r) => r.id));
  const missing = [...new Set(keys)].filter((k) => !known.has(k)).sort();
  if (missing.length > 0)
    throw new PropError(
      prop,
      `no boundary for ${missing.map((m) => `"${m}"`).join(', ')} in ${geo.file}; add the regions to data/geo/selection.json and run "npm run topology"`,
    );
}

/** The table a region-key path points into: the target of its last link, or the table itself when the path is its key. */
export function regionTableOf(tables: Tables, table: Table, path: string): Table | undefined {
  const steps = path.split('.');
  let current: Table | undefined = table;
  for (const [i, step] of steps.entries()) {
    if (current === undefined) return undefined;
    const link = current.links.get(step);
    if (link) {
      current = tables.get(link.table);
      if (i === steps.length - 1) return current;
      continue;
    }
    return i === steps.length - 1 && current.primaryKey.length === 1 && current.primaryKey[0] === step ? current : undefined;
  }
  return current;
}

/** A region (or place) key read as text, as the data file writes it; a row without one is an error naming it. */
export function keyOf(a: Accessor, row: TableRow, prop: string): string {
  const v = a.raw(row);
  if (v === null || v === '') throw new PropError(prop, `row ${row.key} has no value for "${a.column.name}"`);
  return String(v);
}

/** A number channel: the field must hold numbers. */
export function numberChannel(tables: Tables, table: Table, path: string, prop: string): Accessor {
  const a = pathAccessor(tables, table, path, prop);
  if (!['number', 'integer', 'year'].includes(a.column.type))
    throw new PropError(prop, `"${path}" is a ${a.column.type} field; a map's ${prop} needs a number field`);
  return a;
}

/** A channel's number in a row; a row without one is an error naming it. */
export function numberOf(a: Accessor, row: TableRow, prop: string): number {
  const v = a.get(row);
  if (typeof v !== 'number') throw new PropError(prop, `row ${row.key} has no number for "${a.column.name}"`);
  return v;
}

/** The links the page lists beside the map: every styled region with a page, by name. */
export function linksOf(styles: ReadonlyMap<string, RegionStyle>, names: ReadonlyMap<string, string>, locale: string): RegionLink[] {
  return [...styles]
    .flatMap(([id, s]) => (s.href === undefined ? [] : [{ name: names.get(id) ?? id, href: s.href }]))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Sources of the number a channel reads in a row: a nested group's own source for its columns, else the row's. */
export function valueSources(a: Accessor, row: TableRow): Source[] {
  const target = a.rowOf(row);
  return target === undefined ? [] : (target.fieldSources?.[a.column.name] ?? target.sources);
}

/** Sources of a row's record itself, without those of its nested groups: what a locator or a point stands on. */
export function ownSources(row: TableRow): Source[] {
  const groups = new Set(Object.values(row.fieldSources ?? {}).flat());
  return row.sources.filter((s) => !groups.has(s));
}

/** The map's words: its context's messages. */
export const mapWords = (ctx: MapContext): Translate => wordsOf(ctx);

/** The unit a map prints after `n` (or in a heading, without): its `unit` prop as written, else the column's unit in the locale's words. */
export function mapUnit(prop: string | undefined, column: Column, locale: string): (n?: number) => string | undefined {
  return (n) => prop ?? columnUnit(column, column.unit, locale, n);
}

/** A value column's heading: "Population (people)", in the locale's words. */
export function valueHeading(ctx: MapContext, title: string, unit: string | undefined): string {
  return unit === undefined ? title : mapWords(ctx)('grammar.axisUnit', { title, unit });
}

/** A legend label: the map's `legend` prop at `i`, or the default. */
export const legendLabel = (legend: readonly string[] | undefined, i: number, fallback: string): string => legend?.[i] ?? fallback;
