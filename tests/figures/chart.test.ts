/**
 * <Chart> over the fixture report's tables (tests/fixtures/second-report):
 * what each mark draws from the encoding, the generated text alternative and
 * data table, and the editor's mistakes, each named by its prop.
 */
import { describe, expect, it } from 'vitest';
import { chartContent, chartGrammar, reportChartContext } from '../../src/figures/chart/index.ts';
import type { BarModel, TimelineModel, XYModel } from '../../src/charts/config.ts';
import { translucent } from '../../src/charts/config.ts';
import { PropError } from '../../src/grammar/problem.ts';
import { loadReport } from '../../src/report/load.ts';
import { fixtureRoot } from '../helpers/paths.ts';

const report = loadReport(fixtureRoot);
const ctx = reportChartContext(report);
const base = { id: 'fig-t', caption: 'T' };
const chart = (props: Record<string, unknown>) => chartContent({ ...base, ...props }, ctx);
const freight = { dataset: 'river-freight', x: 'year', y: 'tonnes' };

/** The prop a bad chart is rejected for, and the message. */
function problem(props: Record<string, unknown>): { prop: string; message: string } {
  try {
    chartGrammar.check({ ...base, ...props }, ctx);
  } catch (e) {
    if (e instanceof PropError) return { prop: e.prop, message: e.message };
    throw e;
  }
  throw new Error('expected a PropError');
}

describe('<Chart> marks', () => {
  it('bar: horizontal when y is the category, bars in the sorted order, the formatted value at each bar', () => {
    const c = chart({
      dataset: 'population',
      mark: 'bar',
      x: 'value',
      y: 'region.shortName',
      filter: 'year = 2024',
      sort: 'value',
    });
    const m = c.chart as BarModel;
    expect(m.horizontal).toBe(true);
    expect(m.labels).toEqual(['East', 'North']);
    expect(m.series[0]?.values).toEqual([800, 1200]);
    expect(m.series[0]?.valueLabels).toEqual(['800', '1,200']);
    expect(c.description).toBe(
      '2 bars, 2,000 people in all. The largest is North, 1,200 (60.0% of the total); the smallest, East, 800 (40.0% of the total).',
    );
    expect(c.table.foot).toEqual(['Total', '2,000', '100%']);
  });

  it('bar: vertical when x is the category (a year is a category); a label template with {value} and {share}', () => {
    const c = chart({ ...freight, mark: 'bar', y: 'tonnes', filter: 'valley = North and year >= 2023', label: '{value} t ({share})' });
    const m = c.chart as BarModel;
    expect(m.horizontal).toBe(false);
    expect(m.labels).toEqual(['2023', '2024']);
    expect(m.series[0]?.valueLabels).toEqual(['15 t (47.8%)', '16.4 t (52.2%)']);
    expect(m.valueTitle).toBe('Freight (thousand tonnes)');
    expect(c.description).toMatch(/^2 bars, 31\.4 thousand tonnes in all\. The largest is 2024, 16\.4 \(52\.2% of the total\)/);
  });

  it('bar with colour: one series per value, grouped', () => {
    const m = chart({ ...freight, mark: 'bar', colour: 'valley', filter: 'year = 2024' }).chart as BarModel;
    expect(m.stacked).toBe(false);
    expect(m.series.map((s) => [s.label, s.values])).toEqual([
      ['North', [16.4]],
      ['East', [6.1]],
      ['South', [10.3]],
    ]);
    expect(m.legend).toBe(true);
  });

  it('stacked-bar: parts stacked, and a stated whole (total=<row key>) drawn as its own bar beside the stack', () => {
    const c = chart({
      dataset: 'key-figures',
      mark: 'stacked-bar',
      rows: ['boats-north-2024', 'boats-south-2024'],
      x: 'value',
      colour: 'label',
      total: 'boats-2024',
      stackLabel: 'Parts',
      totalLabel: 'Stated',
    });
    const m = c.chart as BarModel;
    expect(m.stacked).toBe(true);
    expect(m.labels).toEqual(['Parts', 'Stated']);
    expect(m.series.map((s) => [s.values, s.colour])).toEqual([
      [[6, 0], 's1'],
      [[4, 0], 's2'],
      [[0, 10], 'muted'],
    ]);
    expect(m.series[2]?.label).toBe('Stated: 10 boats');
    expect(c.description).toBe(
      'The 2 parts add up to 10; the whole is stated as 10 boats. The largest part: Boats based in the North Valley in 2024, 6 boats.',
    );
    expect(c.table.foot).toEqual(['Sum of the parts', '10']);
    expect(c.table.csvRows.map((r) => r[0])).toEqual(['boats-north-2024', 'boats-south-2024', 'boats-2024']);
  });

  it('stacked-bar by category: vertical stacks per year, a missing value drawn as nothing', () => {
    const m = chart({ ...freight, mark: 'stacked-bar', colour: 'valley', filter: 'year in [2020, 2021]' }).chart as BarModel;
    expect(m.labels).toEqual(['2020', '2021']);
    expect(m.series.find((s) => s.label === 'East')?.valueLabels).toEqual(['3.1', '']);
  });

  it.each(['line', 'area', 'dot'] as const)('%s: one series per colour, points at (x, y), missing values left out', (mark) => {
    const c = chart({ ...freight, mark, colour: 'valley', filter: 'year <= 2021' });
    const m = c.chart as XYModel;
    expect(m.type).toBe('xy');
    expect(m.mark).toBe(mark);
    expect(m.series.map((s) => s.label)).toEqual(['North', 'East', 'South']);
    expect(m.series[1]?.points).toEqual([
      { x: 2018, y: 4 },
      { x: 2019, y: 4.4 },
      { x: 2020, y: 3.1 },
    ]);
    expect(c.description).toMatch(
      /^12 points in 3 series\. North: 12\.5 in 2018, 11\.7 in 2021; highest 13\.1 in 2019, lowest 9\.8 in 2020\./,
    );
    expect(c.table.csvColumns).toEqual(['year', 'valley', 'tonnes']);
  });

  it('timeline: dots at their dates, rows by y, open dots by the hollow condition, legend words', () => {
    const c = chart({
      dataset: 'forums',
      mark: 'timeline',
      x: 'date',
      label: '{number}. {city} {date|year}',
      hollow: 'planned = true',
      legend: ['Held', 'Planned'],
    });
    const m = c.chart as TimelineModel;
    expect(m.pointLabels).toBe(true);
    expect(m.points.length).toBe(report.data.forums.length);
    expect(m.points[0]?.label).toBe('1. Northtown 2021');
    expect(m.legend).toEqual([
      { label: 'Held', hollow: false },
      { label: 'Planned', hollow: true },
    ]);
  });

  it('timeline: group labels come from the site vocabulary "<table>.<field>", in the page language, else the value', () => {
    const withVocab = { ...ctx, vocabularies: { 'instruments.level': { 'bilateral-interstate': { en: 'Between the valleys' } } } };
    const props = { ...base, dataset: 'instruments', mark: 'timeline', x: 'signed', y: 'level' };
    expect((chartContent(props, withVocab).chart as TimelineModel).rows).toEqual(['Between the valleys']);
    expect((chartContent(props, { ...ctx, vocabularies: {} }).chart as TimelineModel).rows).toEqual(['bilateral-interstate']);
    const term = { ...ctx, vocabularies: { 'instruments.level': { 'bilateral-interstate': { label: 'Bilateral' } } } };
    expect((chartContent(props, term).chart as TimelineModel).rows).toEqual(['Bilateral']);
  });

  it('an area is filled with its colour at a quarter strength, in hex and in the rgb() the page computes', () => {
    expect(translucent('#0072b2')).toBe('rgba(0, 114, 178, 0.25)');
    expect(translucent('rgb(0, 114, 178)')).toBe('rgba(0, 114, 178, 0.25)');
  });
});

describe('<Chart> mistakes, each named by its prop', () => {
  it('an unknown field lists the fields there are', () => {
    const p = problem({ ...freight, mark: 'line', y: 'tones' });
    expect(p.prop).toBe('y');
    expect(p.message).toMatch(
      /dataset "river-freight" has no field "tones"; its fields: "year", "valley", "tonnes"\. Did you mean "tonnes"\?/,
    );
  });

  it('a text field on a numeric channel names the number fields', () => {
    const p = problem({ ...freight, mark: 'line', y: 'valley' });
    expect(p).toEqual({
      prop: 'y',
      message: expect.stringMatching(/"valley" is a text field; .* number field: "tonnes"/) as unknown as string,
    });
  });

  it('a log scale with a zero or negative value', () => {
    expect(chartGrammarWith({ ...freight, mark: 'line', scale: 'log' }, 0)).toMatch(/prop "scale": a logarithmic scale cannot show 0/);
    expect(chartGrammarWith({ ...freight, mark: 'line', scale: 'linear' }, -1)).toBe('no error');
    const q = chartGrammarWith({ ...freight, mark: 'line', scale: 'log' }, -1);
    expect(q).toMatch(/prop "scale": a logarithmic scale cannot show -1/);
  });

  it('an empty selection names the filter', () => {
    const p = problem({ ...freight, mark: 'line', filter: 'year = 1990' });
    expect(p).toEqual({ prop: 'filter', message: 'no row of dataset "river-freight" meets "year = 1990"' });
  });

  it('a prop only another mark takes', () => {
    expect(problem({ ...freight, mark: 'line', total: 'x' }).prop).toBe('total');
  });

  it('an unknown stated whole names the total prop', () => {
    const p = problem({ dataset: 'key-figures', mark: 'stacked-bar', rows: ['boats-north-2024'], x: 'value', total: 'boats-2025' });
    expect(p.prop).toBe('total');
    expect(p.message).toMatch(/has no row "boats-2025"/);
  });

  it('a timeline on a field that is not a date', () => {
    expect(problem({ dataset: 'forums', mark: 'timeline', x: 'city' })).toEqual({
      prop: 'x',
      message: '"city" is a string field; a timeline places its dots by a date or year field',
    });
  });

  it('the rendered component names the tag and the prop', () => {
    expect(() => chart({ ...freight, mark: 'line', y: 'tones' })).toThrow(
      /^<Chart id="fig-t" \/>: prop "y": dataset "river-freight" has no field "tones"/,
    );
  });
});

/** A chart over a copy of the time series with one value replaced, as the message its check gives. */
function chartGrammarWith(props: Record<string, unknown>, value: number): string {
  const table = ctx.tables.get('river-freight');
  if (!table) throw new Error('no river-freight table');
  const [first, ...rest] = table.rows;
  if (!first) throw new Error('no rows');
  const changed = {
    ...table,
    rows: [{ ...first, values: { ...first.values, tonnes: value }, exact: { ...first.exact, tonnes: String(value) } }, ...rest],
  };
  const tables = new Map(ctx.tables);
  tables.set('river-freight', changed);
  try {
    chartContent({ ...base, ...props }, { ...ctx, tables });
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}
