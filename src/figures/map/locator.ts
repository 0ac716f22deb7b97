/** mark="locator": where some regions lie: the regions a filter picks, coloured by a field, the state border drawn heavy. */
import type { ColourToken } from '../../charts/palette.ts';
import { PropError } from '../../grammar/problem.ts';
import { pathAccessor, selectRows, tableNamed } from '../../grammar/query.ts';
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
import { textChannel, wrapLabel } from './text.ts';

const tokens: readonly ColourToken[] = ['s1', 's5', 's3', 's4'];

export function locator(props: MapProps, ctx: MapContext): MapContent {
  const { tables, geo } = ctx;
  const table = tableNamed(tables, props.dataset);
  const regionPath = props.region ?? table.primaryKey[0];
  if (regionPath === undefined || (props.region === undefined && table.primaryKey.length !== 1))
    throw new PropError(
      'region',
      `missing; dataset "${table.name}" has no one-field primaryKey, so name the field of each row's region key`,
    );
  const key = pathAccessor(tables, table, regionPath, 'region');
  const colour = props.colour === undefined ? undefined : pathAccessor(tables, table, props.colour, 'colour');
  const label = textChannel(tables, table, props.label ?? regionPath, 'label');
  const title = props.title === undefined ? undefined : textChannel(tables, table, props.title, 'title');
  // A group's words ("Kazakhstan", not "KZ") for the titles, the description, the legend and the table; the CSV keeps the value.
  const groupWords = (g: string): string =>
    g === '' || props.colour === undefined || ctx.valueLabel === undefined ? g : ctx.valueLabel(table.name, props.colour, g);
  const rows = selectRows(tables, table, props).map((r) => {
    const c = colour?.get(r);
    const group = c === null || c === undefined ? '' : String(c);
    const name = label(r);
    return {
      row: r,
      id: keyOf(key, r, 'region'),
      name,
      group,
      title: title ? title(r) : group === '' ? name : `${name} (${groupWords(group)})`,
    };
  });
  needBoundaries(
    geo,
    rows.map((r) => r.id),
    props.region === undefined ? 'dataset' : 'region',
  );
  const regionTable = regionTableOf(tables, table, regionPath);
  const groups = [...new Set(rows.map((r) => r.group))];
  const tokenOf = (g: string): ColourToken => tokens[groups.indexOf(g) % tokens.length] ?? 's1';
  const styles = new Map<string, RegionStyle>(
    rows.map((r) => [
      r.id,
      {
        fill: tokenOf(r.group),
        title: r.title,
        label: wrapLabel(r.name),
        href: regionTable && ctx.href(regionTable.name, r.id),
      },
    ]),
  );
  const t = mapWords(ctx);
  const counts = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(
    groups.map((g) => t('grammar.inGroup', { count: rows.filter((r) => r.group === g).length, group: groupWords(g) })),
  );
  const colourTitle = colour?.title ?? '';
  return {
    id: props.id,
    component: 'Map',
    caption: props.caption,
    description: t('grammar.locator', { count: rows.length, counts: colour ? `, ${counts}` : '' }),
    sources: uniqueSources(rows.flatMap((r) => ownSources(r.row))),
    table: {
      columns: [
        { label: t('grammar.region'), numeric: false },
        ...(colour ? [{ label: colourTitle.charAt(0).toLocaleUpperCase(ctx.locale) + colourTitle.slice(1), numeric: false }] : []),
      ],
      rows: rows.map((r) => [r.name, ...(colour ? [groupWords(r.group)] : [])]),
      csvColumns: ['region_id', 'region', ...(colour ? [colour.column.name] : [])],
      csvRows: rows.map((r) => [r.id, r.name, ...(colour ? [r.group] : [])]),
    },
    links: linksOf(styles, new Map(rows.map((r) => [r.id, r.name])), ctx.locale),
    svg: drawMap(ctx, props, styles, {
      legend: [
        ...groups.map((g, i) => ({
          token: tokenOf(g),
          label: legendLabel(props.legend, i, g === '' ? t('grammar.region') : groupWords(g)),
          shape: 'box' as const,
        })),
        { token: 'land', label: legendLabel(props.legend, groups.length, t('grammar.otherRegion')), shape: 'box' },
        { token: 'text', label: legendLabel(props.legend, groups.length + 1, t('grammar.stateBorder')), shape: 'line', width: 2 },
      ],
    }),
  };
}
