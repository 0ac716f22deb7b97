/**
 * Bars: one per category, horizontal when `y` is the category, vertical when
 * `x` is; with `colour`, one bar per series in each category (grouped) or,
 * for mark="stacked-bar", the series stacked (src/figures/chart/stacked.ts).
 */
import type { Accessor } from '../../grammar/query.ts';
import type { TableRow } from '../../grammar/tables.ts';
import { seriesTokens } from '../../charts/palette.ts';
import type { BarModel, BarSeries } from '../../charts/config.ts';
import { exactSum, type Computed } from '../../grammar/aggregate.ts';
import { formatNumber } from '../../grammar/format.ts';
import {
  axisTitle,
  categoryOf,
  chartWords,
  logNote,
  numbersOf,
  withColumnUnit,
  csvOf,
  formatShare,
  formatValue,
  isMeasure,
  labelTemplate,
  measure,
  required,
  wrap,
  type Encoding,
} from './encode.ts';
import { extremes } from './describe.ts';
import type { MarkContent } from './mark.ts';

export interface Bars {
  horizontal: boolean;
  value: Accessor;
  /** Category prop: the channel the categories come from. */
  categoryProp: 'x' | 'y';
  categories: string[];
  series: string[];
  /** The row drawn for each (series, category), if any. */
  cell: (series: string, category: string) => TableRow | undefined;
  /** The exact sum of the values drawn. */
  total: Computed;
  label: (row: TableRow) => string;
}

/** Categories, series and cells of a bar chart. */
export function layBars(enc: Encoding): Bars {
  // A stacked-bar chart with only its number channel stacks every part in one bar.
  const oneStack = enc.props.mark === 'stacked-bar' && (enc.x === undefined || enc.y === undefined);
  let horizontal = enc.x !== undefined;
  if (!oneStack) {
    // A text, date or year is a category; the other channel carries the number.
    horizontal = !isMeasure(required(enc, 'y').column);
    required(enc, 'x');
  }
  const categoryProp = horizontal ? 'y' : 'x';
  const value = measure(enc, horizontal ? 'x' : 'y');
  const categories: string[] = [];
  const series: string[] = [];
  const cells = new Map<string, TableRow>();
  for (const r of enc.rows) {
    const c = oneStack ? (enc.props.stackLabel ?? '') : categoryOf(enc, categoryProp, r);
    const s = enc.colour ? categoryOf(enc, 'colour', r) : '';
    if (!categories.includes(c)) categories.push(c);
    if (!series.includes(s)) series.push(s);
    cells.set(`${s}\u0000${c}`, r);
  }
  const total = exactSum(value, enc.rows, horizontal ? 'x' : 'y');
  const template = enc.props.label === undefined ? undefined : labelTemplate(enc, enc.props.label);
  const label = (r: TableRow): string => {
    const text = formatValue(enc, value, r);
    const v = value.get(r);
    const share = typeof v === 'number' && total.value !== 0 ? formatShare(enc, v / total.value) : '';
    return template ? template(r, text, share) : text;
  };
  return { horizontal, value, categoryProp, categories, series, cell: (s, c) => cells.get(`${s}\u0000${c}`), total, label };
}

/** The model's series: one per colour value, in the series tokens' order. */
export function barSeries(enc: Encoding, bars: Bars): BarSeries[] {
  const p = enc.props;
  return bars.series.map((s, i) => {
    const rows = bars.categories.map((c) => bars.cell(s, c));
    return {
      label: s === '' ? axisTitle(enc, bars.value, bars.horizontal ? p.xTitle : p.yTitle) : s,
      values: rows.map((r) => {
        const v = r === undefined ? null : bars.value.get(r);
        return typeof v === 'number' ? v : 0;
      }),
      colour: seriesTokens[i % seriesTokens.length] ?? 's1',
      valueLabels: rows.map((r) => (r === undefined || typeof bars.value.get(r) !== 'number' ? '' : bars.label(r))),
    };
  });
}

/** Value ticks: compact (12k, 3 m) on bars and lines; written out on stacked parts, which are counts of a whole. */
export const tickStyle = (enc: Encoding): BarModel['ticks'] => (enc.props.mark === 'stacked-bar' ? 'number' : 'compact');

export function barChart(enc: Encoding): MarkContent {
  const bars = layBars(enc);
  const p = enc.props;
  const labels = bars.categories.map((c) => wrap(c, p.wrap));
  const lines = Math.max(1, ...labels.map((l) => (Array.isArray(l) ? l.length : 1)));
  const series = barSeries(enc, bars);
  const chart: BarModel = {
    type: 'bar',
    width: p.width ?? 640,
    height:
      p.height ??
      (bars.horizontal
        ? 70 + Math.round(bars.categories.length * (lines === 1 ? 36 : 20 + 22 * lines) * (1 + (series.length - 1) / 2))
        : 320),
    horizontal: bars.horizontal,
    stacked: false,
    log: p.scale === 'log',
    ticks: tickStyle(enc),
    ...numbersOf(enc),
    legend: series.length > 1,
    valueTitle: axisTitle(enc, bars.value, bars.horizontal ? p.xTitle : p.yTitle, p.scale === 'log'),
    labels,
    series,
  };
  return { chart, description: describeBars(enc, bars), table: barTable(enc, bars), sourceRows: enc.rows };
}

/** The data table of bars: category, then the value of each series, then (one series) the share of the total. */
export function barTable(enc: Encoding, bars: Bars): MarkContent['table'] {
  const p = enc.props;
  const cat = bars.categoryProp === 'y' ? enc.y : enc.x;
  const catTitle = (bars.categoryProp === 'y' ? p.yTitle : p.xTitle) ?? cat?.title ?? '';
  const valueTitle = axisTitle(enc, bars.value, bars.horizontal ? p.xTitle : p.yTitle);
  const one = bars.series.length === 1;
  const number = (r: TableRow | undefined): string => (r === undefined ? '—' : formatValue(enc, bars.value, r));
  const share = (r: TableRow | undefined): string => {
    const v = r === undefined ? null : bars.value.get(r);
    return typeof v === 'number' && bars.total.value !== 0 ? formatShare(enc, v / bars.total.value) : '—';
  };
  const totalText = totalOf(enc, bars);
  return {
    columns: [
      { label: catTitle, numeric: false },
      ...(one
        ? [
            { label: valueTitle, numeric: true },
            { label: chartWords(enc)('grammar.shareOfTotal'), numeric: true },
          ]
        : bars.series.map((s) => ({ label: s, numeric: true }))),
    ],
    rows: bars.categories.map((c) => [
      c,
      ...(one
        ? [number(bars.cell(bars.series[0] ?? '', c)), share(bars.cell(bars.series[0] ?? '', c))]
        : bars.series.map((s) => number(bars.cell(s, c)))),
    ]),
    ...(one && bars.categories.length > 1 && enc.props.mark === 'bar'
      ? { foot: [chartWords(enc)('grammar.total'), totalText, formatNumber(1, { format: '.0%', locale: enc.ctx.locale })] }
      : {}),
    ...csvOf(enc),
  };
}

/** The total as the chart prints its parts: the figure's format, else the most decimals of the parts. */
export const totalOf = (enc: Encoding, bars: Bars): string =>
  formatNumber(bars.total.value, {
    format: enc.props.format ?? bars.value.column.numberFormat,
    minDecimals: bars.total.decimals,
    exact: bars.total.exact,
    locale: enc.ctx.locale,
    t: chartWords(enc),
  });

/** Bars: count, total, largest with its share, smallest. */
export function describeBars(enc: Encoding, bars: Bars): string {
  const cat = bars.categoryProp;
  const name = (r: TableRow): string =>
    [categoryOf(enc, cat, r), enc.colour ? categoryOf(enc, 'colour', r) : ''].filter((s) => s !== '').join(', ');
  const ends = extremes(bars.value, enc.rows);
  const t = chartWords(enc);
  const share = (r: TableRow): string => {
    const v = bars.value.get(r);
    return typeof v === 'number' && bars.total.value !== 0
      ? ` (${t('grammar.ofTotal', { share: formatShare(enc, v / bars.total.value) })})`
      : '';
  };
  const count = {
    bars: t('grammar.bars', { count: enc.rows.length }),
    total: withColumnUnit(enc, bars.value, totalOf(enc, bars), bars.total.value),
  };
  const parts = [
    bars.series.length > 1
      ? t('grammar.barsInSeries', { ...count, series: t('grammar.series', { count: bars.series.length }), names: bars.series.join(', ') })
      : t('grammar.barsInAll', count),
  ];
  if (ends && enc.rows.length > 1)
    parts.push(
      t('grammar.largestSmallest', {
        max: name(ends.max),
        maxValue: formatValue(enc, bars.value, ends.max),
        maxShare: share(ends.max),
        min: name(ends.min),
        minValue: formatValue(enc, bars.value, ends.min),
        minShare: share(ends.min),
      }),
    );
  return parts.join(' ') + logNote(enc);
}
