/**
 * Stacked bars: the series (`colour`) stacked in each category. With
 * `total="<row key>"`, the row that states the whole is drawn as a bar of its
 * own beside the stack, in the muted colour, its value printed and named in
 * the legend, so a reader sees at once whether the parts add up to it. The
 * whole is not one of the parts: it is left out of the stack and the sums.
 */
import type { BarModel } from '../../charts/config.ts';
import { selectRows } from '../../grammar/query.ts';
import { PropError } from '../../grammar/problem.ts';
import type { TableRow } from '../../grammar/tables.ts';
import { barSeries, layBars, tickStyle, totalOf } from './bar.ts';
import { axisTitle, categoryOf, chartWords, csvOf, formatValue, withColumnUnit, wrap, type Encoding, numbersOf } from './encode.ts';
import { extremes } from './describe.ts';
import type { MarkContent } from './mark.ts';

/** The row stating the whole, by key. */
function wholeRow(enc: Encoding): TableRow | undefined {
  const key = enc.props.total;
  if (key === undefined) return undefined;
  try {
    const [row] = selectRows(enc.ctx.tables, enc.table, { rows: [key] });
    return row;
  } catch (e) {
    if (e instanceof PropError) throw new PropError('total', e.message);
    throw e;
  }
}

export function stackedChart(enc: Encoding): MarkContent {
  const p = enc.props;
  const whole = wholeRow(enc);
  const bars = layBars(enc);
  if (whole && enc.rows.includes(whole))
    throw new PropError('total', `the row "${whole.id}" is among the parts the chart stacks; leave it out of rows or filter`);
  const series = barSeries(enc, bars);
  const t = chartWords(enc);
  const totalLabel = p.totalLabel ?? t('grammar.total');
  const wholeValue = whole === undefined ? null : bars.value.get(whole);
  const labels = [...bars.categories, ...(whole ? [totalLabel] : [])].map((c) => wrap(c, p.wrap));
  if (whole) {
    for (const s of series) {
      s.values.push(0);
      s.valueLabels?.push('');
    }
    const text = formatValue(enc, bars.value, whole);
    series.push({
      label: `${totalLabel}: ${text}`,
      values: [...bars.categories.map(() => 0), typeof wholeValue === 'number' ? wholeValue : 0],
      colour: 'muted',
      valueLabels: [...bars.categories.map(() => ''), bars.label(whole)],
    });
  }
  const chart: BarModel = {
    type: 'bar',
    width: p.width ?? 640,
    height: p.height ?? (bars.horizontal ? 100 + labels.length * 60 : 360),
    horizontal: bars.horizontal,
    stacked: true,
    log: p.scale === 'log',
    ticks: tickStyle(enc),
    ...numbersOf(enc),
    legend: true,
    valueTitle: axisTitle(enc, bars.value, bars.horizontal ? p.xTitle : p.yTitle, p.scale === 'log'),
    labels,
    series,
    labelsInside: true,
  };
  // The data table: one line per part (category, series, value), the stated whole, and the sum of the parts.
  const oneStack = p.x === undefined || p.y === undefined;
  const catTitle = (bars.categoryProp === 'y' ? p.yTitle : p.xTitle) ?? (bars.categoryProp === 'y' ? enc.y : enc.x)?.title ?? '';
  const valueTitle = axisTitle(enc, bars.value, bars.horizontal ? p.xTitle : p.yTitle);
  const line = (r: TableRow): string[] => [
    ...(oneStack ? [] : [categoryOf(enc, bars.categoryProp, r)]),
    ...(enc.colour ? [categoryOf(enc, 'colour', r)] : []),
    formatValue(enc, bars.value, r),
  ];
  const width = (oneStack ? 0 : 1) + (enc.colour ? 1 : 0);
  const table: MarkContent['table'] = {
    columns: [
      ...(oneStack ? [] : [{ label: catTitle, numeric: false }]),
      ...(enc.colour ? [{ label: enc.colour.title, numeric: false }] : []),
      { label: valueTitle, numeric: true },
    ],
    rows: enc.rows.map(line),
    foot: [...(width === 0 ? [] : [t('grammar.sumOfParts'), ...Array<string>(width - 1).fill('')]), totalOf(enc, bars)],
    ...csvOf(enc, whole ? [...enc.rows, whole] : enc.rows),
  };
  if (whole)
    table.rows.push([
      ...(width === 0 ? [] : [`${totalLabel}: ${line(whole).slice(0, -1).join(', ') || whole.id}`, ...Array<string>(width - 1).fill('')]),
      formatValue(enc, bars.value, whole),
    ]);
  const ends = extremes(bars.value, enc.rows);
  const largest = ends
    ? ` ${t('grammar.largestPart', { name: enc.colour ? categoryOf(enc, 'colour', ends.max) : ends.max.id, value: formatValue(enc, bars.value, ends.max) })}`
    : '';
  const sum = { count: enc.rows.length, total: withColumnUnit(enc, bars.value, totalOf(enc, bars), bars.total.value) };
  const added = whole
    ? t('grammar.partsAddUpStated', { ...sum, whole: formatValue(enc, bars.value, whole) })
    : t('grammar.partsAddUp', sum);
  return {
    chart,
    description: `${added}${largest}`,
    table,
    sourceRows: whole ? [...enc.rows, whole] : enc.rows,
  };
}
