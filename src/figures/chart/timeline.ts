/**
 * A timeline: one dot per row at its date (`x`), in a row per value of `y`
 * (labels from the site's vocabulary), open where the row meets `hollow`.
 * With no `y`, every dot lies on one line and its `label` is printed beside
 * it; with `y`, the label shows on hover. Rows without a date are left out of
 * the drawing and kept in the table.
 */
import type { TimelineModel } from '../../charts/config.ts';
import { PropError } from '../../grammar/problem.ts';
import type { TableRow } from '../../grammar/tables.ts';
import { axisTitle, categoryOf, chartWords, csvOf, hollowTest, labelTemplate, required, templateHeading, type Encoding } from './encode.ts';
import { decimalYear } from './xy.ts';
import type { MarkContent } from './mark.ts';

export function timelineChart(enc: Encoding): MarkContent {
  const p = enc.props;
  const x = required(enc, 'x');
  if (!['date', 'year', 'yearmonth', 'integer'].includes(x.column.type))
    throw new PropError('x', `"${p.x ?? ''}" is a ${x.column.type} field; a timeline places its dots by a date or year field`);
  const at = (r: TableRow): number | null => {
    const v = x.get(r);
    return v === null ? null : typeof v === 'number' ? v + 0.5 : decimalYear(String(v));
  };
  const year = (r: TableRow): number => Math.floor(at(r) ?? 0);
  const group = (r: TableRow): string => (enc.y ? categoryOf(enc, 'y', r) : '');
  const rows = [...new Set(enc.rows.map(group))];
  const dated = enc.rows.filter((r) => at(r) !== null);
  if (dated.length === 0) throw new PropError('x', `no row drawn has a value for "${p.x ?? ''}"`);
  const hollow = hollowTest(enc);
  const template = p.label === undefined ? undefined : labelTemplate(enc, p.label);
  const label = (r: TableRow): string => (template ? template(r, '', '') : String(x.get(r) ?? ''));
  const printed = enc.y === undefined;
  const years = dated.map(year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const legend = p.legend ?? [];
  const chart: TimelineModel = {
    type: 'timeline',
    width: p.width ?? 720,
    height: p.height ?? (printed ? 100 + rows.length * 70 : 70 + rows.length * 34),
    rows,
    points: dated.map((r) => ({ x: at(r) ?? 0, row: rows.indexOf(group(r)), label: label(r), hollow: hollow(r) })),
    pointLabels: printed,
    // Printed labels need room at the ends; otherwise the axis runs over whole five-year spans.
    xMin: printed ? first - 1 : Math.floor(first / 5) * 5,
    xMax: printed ? last + 2 : Math.ceil((last + 1) / 5) * 5,
    legend: legend.map((l, i) => ({ label: l, hollow: i === 1 })),
  };
  const counts = rows.map((g) => ({ g, n: enc.rows.filter((r) => group(r) === g).length })).sort((a, b) => b.n - a.n);
  const top = counts[0];
  const undated = enc.rows.length - dated.length;
  const open = dated.filter(hollow).length;
  const t = chartWords(enc);
  // Years are written as years, not as grouped numbers ("2003", not "2,003").
  const span = { entries: t('grammar.entries', { count: enc.rows.length }), dated: dated.length, first: String(first), last: String(last) };
  const description = [
    t(`grammar.timeline${first === last ? 'One' : 'Span'}${undated > 0 ? 'Dated' : ''}`, span),
    enc.y && top && rows.length > 1 ? t('grammar.timelineMost', { group: top.g, count: top.n }) : '',
    undated > 0 ? t('grammar.timelineUndated', { count: undated }) : '',
    open > 0 && legend[1] !== undefined
      ? t('grammar.timelineOpen', { legend: legend[1].toLocaleLowerCase(enc.ctx.locale), count: open })
      : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  // The label column is headed by the titles of the fields its template reads, in the page's language.
  const labelTitle = p.label === undefined ? axisTitle(enc, x, p.xTitle) : templateHeading(enc, p.label);
  return {
    chart,
    description,
    table: {
      columns: [
        { label: labelTitle, numeric: false },
        ...(enc.y ? [{ label: p.yTitle ?? enc.y.title, numeric: false }] : []),
        { label: axisTitle(enc, x, p.xTitle), numeric: true },
        ...(p.hollow === undefined ? [] : [{ label: legend.length === 2 ? `${legend[0]} / ${legend[1]}` : p.hollow, numeric: false }]),
      ],
      rows: enc.rows.map((r) => [
        label(r),
        ...(enc.y ? [group(r)] : []),
        String(x.get(r) ?? '—'),
        ...(p.hollow === undefined ? [] : [hollow(r) ? (legend[1] ?? 'yes') : (legend[0] ?? 'no')]),
      ]),
      ...csvOf(enc),
    },
    sourceRows: enc.rows,
  };
}
