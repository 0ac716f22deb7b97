/** mark="flows": curved lines from one region to another, their width by the square root of the value. */
import { exactShare, exactSum } from '../../grammar/aggregate.ts';
import { formatNumber, withUnit } from '../../grammar/format.ts';
import { pathAccessor, selectRows, tableNamed } from '../../grammar/query.ts';
import { uniqueSources } from '../../lib/sources.ts';
import { arc, type RegionStyle } from '../../maps/render.ts';
import type { MapProps } from './props.ts';
import {
  drawMap,
  keyOf,
  legendLabel,
  linksOf,
  needBoundaries,
  numberChannel,
  numberOf,
  regionTableOf,
  valueSources,
  type MapContent,
  type MapContext,
  mapUnit,
  mapWords,
  valueHeading,
} from './regions.ts';
import { compact, textChannel, wrapLabel } from './text.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function flows(props: MapProps, ctx: MapContext): MapContent {
  const { tables, locale, geo } = ctx;
  const table = tableNamed(tables, props.dataset);
  const fromPath = props.from ?? '';
  const from = pathAccessor(tables, table, fromPath, 'from');
  const to = pathAccessor(tables, table, props.to ?? '', 'to');
  const value = numberChannel(tables, table, props.value ?? '', 'value');
  const regionTable = regionTableOf(tables, table, fromPath);
  const nameOf = regionTable && props.name !== undefined ? textChannel(tables, regionTable, props.name, 'name') : undefined;
  const byKey = new Map(regionTable?.rows.map((r) => [r.id, r]));
  const name = (id: string): string => {
    const row = byKey.get(id);
    return nameOf && row ? nameOf(row) : id;
  };
  const label = textChannel(tables, table, props.label ?? `{${fromPath}} → {${props.to ?? ''}}`, 'label');
  const rows = selectRows(tables, table, props)
    .map((r) => ({ row: r, from: keyOf(from, r, 'from'), to: keyOf(to, r, 'to'), label: label(r), value: numberOf(value, r, 'value') }))
    .sort((a, b) => b.value - a.value);
  const ids = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
  needBoundaries(geo, ids, 'from');
  const t = mapWords(ctx);
  const unit = mapUnit(props.unit, value.column, locale);
  const format = props.format ?? value.column.numberFormat;
  const show = (r: (typeof rows)[number]): string =>
    formatNumber(r.value, { format, exact: value.rowOf(r.row)?.exact[value.column.name], locale, t });
  const total = exactSum(
    value,
    rows.map((r) => r.row),
    'value',
  );
  const totalText = formatNumber(total.value, { format, minDecimals: total.decimals, exact: total.exact, locale, t });
  const share = (r: (typeof rows)[number]): number => exactShare(exactSum(value, [r.row], 'value'), total) ?? 0;
  const pct = (p: number): string => formatNumber(p / 100, { format: '.1%', locale });
  const max = Math.max(...rows.map((r) => r.value));
  // Width by the square root of the value, never thinner than 1.5 px: the small flows stay visible.
  const width = (v: number): number => Math.round((1.5 + 16 * Math.sqrt(v / max)) * 10) / 10;
  const sources = new Set(rows.map((r) => r.from));
  const styles = new Map<string, RegionStyle>(
    ids.map((id) => [
      id,
      {
        fill: sources.has(id) ? 's6' : 'q1',
        title: `${name(id)}: ${rows
          .filter((r) => r.from === id || r.to === id)
          .map((r) => `${r.label} ${withUnit(show(r), unit(r.value))}`)
          .join(', ')}`,
        label: wrapLabel(name(id)),
        href: regionTable && ctx.href(regionTable.name, id),
      },
    ]),
  );
  const point = (id: string): [number, number] => geo.regions.find((g) => g.id === id)?.properties.label ?? [0, 0];
  const legendValues = [max, max / 10, max / 100].map((v) => Number(v.toPrecision(1)));
  const first = rows[0];
  const last = rows.at(-1);
  const valueTitle = props.valueTitle ?? value.title;
  const description =
    first && last
      ? t('grammar.flows', {
          count: rows.length,
          total: withUnit(totalText, unit(total.value)),
          first: first.label,
          firstShare: pct(share(first)),
          firstValue: show(first),
          others: rows.length - 1,
          rest: pct(100 - share(first)),
          last: last.label,
          lastValue: show(last),
          lastShare: pct(share(last)),
        })
      : '';
  return {
    id: props.id,
    component: 'Map',
    caption: props.caption,
    description,
    sources: uniqueSources(rows.flatMap((r) => valueSources(value, r.row))),
    table: {
      columns: [
        { label: t('grammar.fromTo'), numeric: false },
        { label: valueHeading(ctx, valueTitle, unit()), numeric: true },
        { label: t('grammar.share'), numeric: true },
      ],
      rows: rows.map((r) => [r.label, show(r), pct(share(r))]),
      foot: [t('grammar.total'), totalText, formatNumber(1, { format: '.0%', locale })],
      csvColumns: ['from_id', 'from', 'to_id', 'to', value.column.name, 'share_percent'],
      csvRows: rows.map((r) => [r.from, name(r.from), r.to, name(r.to), r.value, Math.round(share(r) * 100) / 100]),
    },
    links: linksOf(styles, new Map(ids.map((id) => [id, name(id)])), ctx.locale),
    svg: drawMap(ctx, props, styles, {
      overlay: (project) =>
        `<g fill="none" stroke-linecap="round" class="flows">${rows
          .map(
            (r) =>
              `<path d="${arc(project(...point(r.from)), project(...point(r.to)))}" stroke="#d55e00" stroke-opacity="0.85" stroke-width="${width(r.value)}" class="s-s2"><title>${esc(`${r.label}: ${withUnit(show(r), unit(r.value))}`)}</title></path>`,
          )
          .join('')}</g>`,
      legend: [
        { token: 's6', label: legendLabel(props.legend, 0, t('grammar.from')), shape: 'box' },
        { token: 'q1', label: legendLabel(props.legend, 1, t('grammar.to')), shape: 'box' },
        ...legendValues.map((v, i) => ({
          token: 's2' as const,
          label: legendLabel(props.legend, 2 + i, compact(v, locale, t)),
          shape: 'line' as const,
          width: width(v),
        })),
      ],
    }),
  };
}
