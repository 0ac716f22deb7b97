/**
 * mark="points": a dot per row at its place, the coordinates read from a
 * dataset of places (`places`, with lat and lon fields and a source of their
 * own), joined on its key or its "name" field; the regions the rows name are
 * shaded, and regions of `context` shown for context.
 */
import { conditions, selectRows, tableNamed, pathAccessor } from '../../grammar/query.ts';
import { meets } from '../../grammar/filter.ts';
import { PropError, quoted } from '../../grammar/problem.ts';
import type { Table, TableRow } from '../../grammar/tables.ts';
import { uniqueSources } from '../../lib/sources.ts';
import type { RegionStyle } from '../../maps/render.ts';
import type { MapProps } from './props.ts';
import {
  drawMap,
  keyOf,
  legendLabel,
  linksOf,
  needBoundaries,
  ownSources,
  regionTableOf,
  type MapContent,
  type MapContext,
  mapWords,
} from './regions.ts';
import { textChannel } from './text.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const font = '&apos;Source Sans 3 Variable&apos;, &apos;Source Sans 3&apos;, sans-serif';

/** The places dataset's rows by the value `at` gives: its one-field key, or its "name" field. */
function placeIndex(places: Table): { field: string; rows: Map<string, TableRow> } {
  for (const c of ['lat', 'lon'])
    if (!places.columns.some((col) => col.name === c && col.type === 'number'))
      throw new PropError(
        'places',
        `dataset "${places.name}" has no number field "${c}"; a places dataset gives each place's "lat" and "lon" in degrees`,
      );
  const [pk] = places.primaryKey;
  const field =
    places.primaryKey.length === 1 && pk !== undefined ? pk : places.columns.some((c) => c.name === 'name') ? 'name' : undefined;
  if (field === undefined)
    throw new PropError('places', `dataset "${places.name}" has neither a one-field primaryKey nor a "name" field to join on`);
  return { field, rows: new Map(places.rows.map((r) => [String(r.values[field]), r])) };
}

export function points(props: MapProps, ctx: MapContext): MapContent {
  const { tables, geo } = ctx;
  const table = tableNamed(tables, props.dataset);
  const places = tableNamed(tables, props.places, 'places');
  const index = placeIndex(places);
  const at = pathAccessor(tables, table, props.at ?? '', 'at');
  const label = textChannel(tables, table, props.label ?? props.at ?? '', 'label');
  const hollow = props.hollow === undefined ? [] : conditions(tables, table, props.hollow, 'hollow');
  const rows = selectRows(tables, table, props).map((r) => {
    const name = keyOf(at, r, 'at');
    const place = index.rows.get(name);
    if (!place)
      throw new PropError(
        'at',
        `row ${r.key} is at "${name}", which dataset "${places.name}" (${places.file}) does not have by its "${index.field}"; add it with its lat and lon and their source. It has: ${quoted([...index.rows.keys()])}`,
      );
    const [lat, lon] = [place.values['lat'], place.values['lon']];
    if (typeof lat !== 'number' || typeof lon !== 'number')
      throw new PropError('places', `place "${name}" (${places.file}, line ${place.line}) has no coordinates; give its lat and lon`);
    return {
      row: r,
      // The place as readers see it: its name in the table's locale.
      place: String(place.labels?.[index.field] ?? name),
      lat,
      lon,
      label: label(r),
      hollow: hollow.length > 0 && hollow.every((c) => meets(c.accessor.get(r), c)),
    };
  });

  // Regions: those the rows lie in (shaded), and the context regions of the region dataset.
  const regionPath = props.region;
  const regionAt = regionPath === undefined ? undefined : pathAccessor(tables, table, regionPath, 'region');
  const regionTable = regionPath === undefined ? undefined : regionTableOf(tables, table, regionPath);
  const names = regionTable && props.name !== undefined ? textChannel(tables, regionTable, props.name, 'name') : undefined;
  const regionRows = new Map(regionTable?.rows.map((r) => [r.id, r]));
  const regionName = (id: string): string => {
    const row = regionRows.get(id);
    return names && row ? names(row) : id;
  };
  const hosts = new Map<string, typeof rows>();
  for (const p of rows) {
    if (!regionAt) break;
    const id = keyOf(regionAt, p.row, 'region');
    hosts.set(id, [...(hosts.get(id) ?? []), p]);
  }
  let context: string[] = [];
  if (props.context !== undefined) {
    if (!regionTable) throw new PropError('context', 'needs a "region" field that links to a dataset of regions, whose rows it filters');
    context = selectRows(tables, regionTable, { filter: props.context }).map((r) => r.id);
  }
  const styled = [...new Set([...context, ...hosts.keys()])];
  needBoundaries(geo, styled, regionPath === undefined ? 'context' : 'region');
  const styles = new Map<string, RegionStyle>(
    styled.map((id) => {
      const held = hosts.get(id) ?? [];
      return [
        id,
        {
          fill: held.length > 0 ? 'q2' : 'q1',
          title: `${regionName(id)}${held.length > 0 ? `: ${held.map((p) => p.label).join(', ')}` : ''}`,
          href: regionTable && ctx.href(regionTable.name, id),
        },
      ] as const;
    }),
  );
  const atTitle = at.title;
  const t = mapWords(ctx);
  return {
    id: props.id,
    component: 'Map',
    caption: props.caption,
    description: `${t('grammar.points.map', { count: rows.length, places: new Set(rows.map((p) => p.place)).size, labels: rows.map((p) => p.label).join(', ') })}${hosts.size > 0 ? ` ${t('grammar.pointsShaded')}` : ''}`,
    sources: uniqueSources(rows.flatMap((p) => ownSources(p.row))),
    table: {
      columns: [
        { label: t('grammar.point'), numeric: false },
        { label: atTitle.charAt(0).toLocaleUpperCase(ctx.locale) + atTitle.slice(1), numeric: false },
      ],
      rows: rows.map((p) => [p.label, p.place]),
      csvColumns: ['id', 'label', at.column.name, 'lat', 'lon'],
      csvRows: rows.map((p) => [p.row.id, p.label, p.place, p.lat, p.lon]),
    },
    links: linksOf(styles, new Map(styled.map((id) => [id, regionName(id)])), ctx.locale),
    svg: drawMap(ctx, props, styles, {
      overlay: (project) =>
        `<g font-size="12" font-family="${font}">${rows
          .map((p) => {
            const [x, y] = project(p.lon, p.lat);
            const dot = p.hollow ? `fill="#fcfbf8" class="f-bg s-s2"` : `fill="#d55e00" class="f-s2 s-s2"`;
            return `<circle cx="${x}" cy="${y}" r="5.5" ${dot} stroke="#d55e00" stroke-width="2"><title>${esc(p.label)}</title></circle><text x="${x + 8}" y="${y - 8}" fill="#1d1c1a" stroke="#fcfbf8" stroke-width="3" paint-order="stroke" class="f-text s-bg" aria-hidden="true">${esc(p.label)}</text>`;
          })
          .join('')}</g>`,
      legend: [
        { token: 's2', label: legendLabel(props.legend, 0, places.title), shape: 'dot' },
        ...(hosts.size > 0
          ? [{ token: 'q2' as const, label: legendLabel(props.legend, 1, t('grammar.regionWithPoint')), shape: 'box' as const }]
          : []),
        ...(context.length > 0
          ? [
              {
                token: 'q1' as const,
                label: legendLabel(props.legend, hosts.size > 0 ? 2 : 1, t('grammar.otherRegion')),
                shape: 'box' as const,
              },
            ]
          : []),
      ],
    }),
  };
}
