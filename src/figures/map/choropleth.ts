/** mark="choropleth": regions shaded by a value in classes, each labelled with its name and value. */
import type { ColourToken } from '../../charts/palette.ts';
import { exactShare, exactSum } from '../../grammar/aggregate.ts';
import { formatNumber, withUnit } from '../../grammar/format.ts';
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

const ramp: readonly ColourToken[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

/** Class breaks at round numbers: n classes of equal width between the smallest and largest value. */
export function breaks(values: readonly number[], n: number): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(step || 1));
  const round = (v: number): number => Math.round(v / mag) * mag;
  return Array.from({ length: n - 1 }, (_, i) => round(lo + step * (i + 1)));
}

export function choropleth(props: MapProps, ctx: MapContext): MapContent {
  const { tables, locale } = ctx;
  const table = tableNamed(tables, props.dataset);
  const regionPath = props.region ?? '';
  const key = pathAccessor(tables, table, regionPath, 'region');
  const value = numberChannel(tables, table, props.value ?? '', 'value');
  const label = textChannel(tables, table, props.label ?? regionPath, 'label');
  const rows = selectRows(tables, table, props).map((r) => ({
    row: r,
    id: keyOf(key, r, 'region'),
    name: label(r),
    value: numberOf(value, r, 'value'),
  }));
  rows.sort((a, b) => b.value - a.value);
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) throw new PropError('region', `region "${r.id}" has more than one row; a filter should leave one row per region`);
    seen.add(r.id);
  }
  needBoundaries(
    ctx.geo,
    rows.map((r) => r.id),
    'region',
  );
  const regionTable = regionTableOf(tables, table, regionPath);
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
  const shareText = (r: (typeof rows)[number]): string => {
    const part = exactSum(value, [r.row], 'value');
    return formatNumber((exactShare(part, total) ?? 0) / 100, { format: '.1%', locale });
  };
  const totalText = formatNumber(total.value, { format, minDecimals: total.decimals, exact: total.exact, locale, t });

  const cuts =
    typeof props.classes === 'object'
      ? props.classes.map(Number)
      : breaks(
          rows.map((r) => r.value),
          props.classes ?? Math.min(ramp.length, Math.max(2, rows.length - 1)),
        );
  const n = cuts.length + 1;
  const classOf = (v: number): ColourToken => ramp[Math.round((cuts.filter((c) => v >= c).length * (ramp.length - 1)) / (n - 1))] ?? 'q1';
  const styles = new Map<string, RegionStyle>(
    rows.map((r) => [
      r.id,
      {
        fill: classOf(r.value),
        title: `${r.name}: ${withUnit(show(r), unit(r.value))}`,
        label: `${wrapLabel(r.name)}\n${compact(r.value, locale, t)}`,
        href: regionTable && ctx.href(regionTable.name, r.id),
      },
    ]),
  );
  const values = rows.map((r) => r.value);
  const bounds = [Math.min(...values), ...cuts, Math.max(...values)];
  const legend = bounds.slice(0, -1).map((lo, i) => ({
    token: classOf(lo),
    label: legendLabel(props.legend, i, `${compact(lo, locale, t)}–${compact(bounds[i + 1] ?? lo, locale, t)}`),
    shape: 'box' as const,
  }));
  const first = rows[0];
  const last = rows.at(-1);
  const valueTitle = props.valueTitle ?? value.title;
  const description =
    first && last
      ? t('grammar.choropleth', {
          count: rows.length,
          total: withUnit(totalText, unit(total.value)),
          max: first.name,
          maxValue: show(first),
          maxShare: shareText(first),
          min: last.name,
          minValue: show(last),
          minShare: shareText(last),
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
        { label: t('grammar.region'), numeric: false },
        { label: valueHeading(ctx, valueTitle, unit()), numeric: true },
        { label: t('grammar.shareOfTotal'), numeric: true },
      ],
      rows: rows.map((r) => [r.name, show(r), shareText(r)]),
      foot: [t('grammar.total'), totalText, formatNumber(1, { format: '.0%', locale })],
      csvColumns: ['region_id', 'region', value.column.name],
      csvRows: rows.map((r) => [r.id, r.name, r.value]),
    },
    links: linksOf(styles, new Map(rows.map((r) => [r.id, r.name])), ctx.locale),
    svg: drawMap(ctx, props, styles, {
      legend: [...legend, { token: 'land', label: legendLabel(props.legend, legend.length, t('grammar.noData')), shape: 'box' }],
    }),
  };
}
