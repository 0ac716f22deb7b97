/**
 * Lines, areas and dots: `x` a number, year or date (a text gives evenly
 * spaced categories), `y` a number, one series per `colour` value. Dates
 * are placed at their decimal year ("2003-04" at 2003.25).
 */
import type { XYModel, XYSeries } from '../../charts/config.ts';
import { seriesTokens } from '../../charts/palette.ts';
import { PropError } from '../../grammar/problem.ts';
import type { TableRow } from '../../grammar/tables.ts';
import { tickStyle } from './bar.ts';
import { describeSeries } from './describe.ts';
import { axisTitle, categoryOf, csvOf, formatValue, labelTemplate, measure, required, type Encoding, numbersOf } from './encode.ts';
import type { MarkContent } from './mark.ts';

/** Decimal year of a partial date: "2003-04" → 2003.25, "2003" → 2003.5. */
export const decimalYear = (d: string): number => {
  const [y = '0', m] = d.split('-');
  return Number(y) + (m === undefined ? 0.5 : (Number(m) - 0.5) / 12);
};

export function xyChart(enc: Encoding, mark: 'line' | 'area' | 'dot'): MarkContent {
  const p = enc.props;
  const x = required(enc, 'x');
  const y = measure(enc, 'y');
  const type = x.column.type;
  const categories: string[] = [];
  const position = (r: TableRow): number | null => {
    const v = x.get(r);
    if (v === null) return null;
    if (type === 'date' || type === 'yearmonth') return decimalYear(String(v));
    if (typeof v === 'number') return v;
    const text = categoryOf(enc, 'x', r);
    if (!categories.includes(text)) categories.push(text);
    return categories.indexOf(text);
  };
  const groups = new Map<string, TableRow[]>();
  for (const r of enc.rows) {
    const s = enc.colour ? categoryOf(enc, 'colour', r) : '';
    groups.set(s, [...(groups.get(s) ?? []), r]);
  }
  const template = p.label === undefined ? undefined : labelTemplate(enc, p.label);
  const series: XYSeries[] = [...groups].map(([name, rows], i) => {
    const drawn = rows.filter((r) => position(r) !== null && typeof y.get(r) === 'number');
    return {
      label: name === '' ? axisTitle(enc, y, p.yTitle) : name,
      colour: seriesTokens[i % seriesTokens.length] ?? 's1',
      points: drawn.map((r) => ({ x: position(r) ?? 0, y: Number(y.get(r)) })),
      ...(template ? { valueLabels: drawn.map((r) => template(r, formatValue(enc, y, r), '')) } : {}),
    };
  });
  if (series.every((s) => s.points.length === 0))
    throw new PropError('x', `no row drawn has both an "${p.x ?? ''}" and a "${p.y ?? ''}" value`);
  const chart: XYModel = {
    type: 'xy',
    mark,
    width: p.width ?? 640,
    height: p.height ?? 360,
    log: p.scale === 'log',
    ...(categories.length > 0 ? { xCategories: categories } : {}),
    xTitle: p.xTitle ?? (type === 'year' || type === 'date' ? '' : axisTitle(enc, x, undefined)),
    valueTitle: axisTitle(enc, y, p.yTitle, p.scale === 'log'),
    ticks: tickStyle(enc),
    ...numbersOf(enc),
    legend: series.length > 1,
    series,
  };
  const xText = (r: TableRow): string => categoryOf(enc, 'x', r);
  const columns = [
    { label: p.xTitle ?? x.title, numeric: type !== 'string' },
    ...(enc.colour ? [{ label: enc.colour.title, numeric: false }] : []),
    { label: axisTitle(enc, y, p.yTitle), numeric: true },
  ];
  return {
    chart,
    description: describeSeries(
      enc,
      y,
      [...groups].map(([name, rows]) => ({ name, rows })),
      xText,
    ),
    table: {
      columns,
      rows: enc.rows.map((r) => [xText(r), ...(enc.colour ? [categoryOf(enc, 'colour', r)] : []), formatValue(enc, y, r)]),
      ...csvOf(enc),
    },
    sourceRows: enc.rows,
  };
}
