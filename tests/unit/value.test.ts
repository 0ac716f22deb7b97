/** <Value>: a query over the fixture's tables, worded for prose; every mistake names the prop. */
import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../src/components/mdx/value.ts';
import { PropError } from '../../src/grammar/problem.ts';
import { tablesOf } from '../../src/grammar/tables.ts';
import { fixtureReport } from './data.ts';

const ctx = { tables: tablesOf(fixtureReport), locale: 'en' };
const text = (props: Record<string, unknown>): string => resolveValue(props, ctx).text;

describe('one row, one field', () => {
  it('words a number with the row’s qualifier and unit, and names the row’s source', () => {
    const v = resolveValue({ dataset: 'key-figures', row: 'river-length', field: 'value' }, ctx);
    expect(v.text).toBe('about 120 km');
    expect(v.value).toBe('120');
    expect(v.sources).toEqual([{ ref: 'sample-2025', locator: 'section 1' }]);
  });
  it('takes the unit of the field when rows carry none, and the field’s number format', () => {
    expect(text({ dataset: 'trade-flows', row: '2024, XA-NOR, XB-SOU', field: 'value' })).toBe('300.5 thousand US dollars');
    expect(text({ dataset: 'trade-flows', row: '2024, XA-EAS, XB-SOU', field: 'value', format: ',.2f' })).toBe('99.50 thousand US dollars');
  });
  it('prints the number alone with unit={false}, and a text field as text', () => {
    expect(text({ dataset: 'population', row: 'XA-NOR, 2024', field: 'value', unit: false })).toBe('1,200');
    expect(text({ dataset: 'population', row: 'XA-NOR, 2024', field: 'value' })).toBe('1,200 people');
    expect(text({ dataset: 'regions', row: 'XA-NOR', field: 'name' })).toBe('North Valley');
    const marked = resolveValue({ dataset: 'regions', row: 'XA-NOR', field: 'shortName', lang: 'en-GB' }, ctx);
    expect([marked.text, marked.value, marked.lang]).toEqual(['North', undefined, 'en-GB']);
  });
  it('follows a link: the region of a population row', () => {
    expect(text({ dataset: 'population', row: 'XA-EAS, 2024', field: 'region.shortName' })).toBe('East');
  });
  it('writes an ordinal when asked', () => {
    expect(text({ dataset: 'key-figures', row: 'boats-north-2024', field: 'value', format: 'ordinal', unit: false })).toBe('6th');
  });
});

describe('aggregates', () => {
  it('sums exactly, with the unit and the precision of the parts', () => {
    expect(text({ dataset: 'trade-flows', filter: 'year = 2024', field: 'value', aggregate: 'sum' })).toBe('400.0 thousand US dollars');
    expect(
      text({ dataset: 'population', filter: 'year = 2024 and region.country = XA', field: 'value', aggregate: 'sum', unit: false }),
    ).toBe('2,000');
  });
  it('counts in words up to twelve, in digits with a format', () => {
    expect(text({ dataset: 'regions', filter: 'border = true and country = XA', aggregate: 'count' })).toBe('two');
    expect(text({ dataset: 'regions', filter: 'border = true', aggregate: 'count' })).toBe('three');
    expect(text({ dataset: 'regions', aggregate: 'count', format: 'd' })).toBe('3');
  });
  it('gives a share of the whole table, or of the rows `of` selects: 300.5 of 400 is 75.1%', () => {
    const v = resolveValue({ dataset: 'trade-flows', row: '2024, XA-NOR, XB-SOU', field: 'value', aggregate: 'share' }, ctx);
    expect([v.text, v.value]).toEqual(['75.1%', '75.125']);
    expect(
      text({ dataset: 'trade-flows', row: '2024, XA-NOR, XB-SOU', field: 'value', aggregate: 'share', of: 'year = 2024', format: '.0%' }),
    ).toBe('75%');
  });
  it('gives the smallest and the largest', () => {
    expect(text({ dataset: 'trade-flows', field: 'value', aggregate: 'min' })).toBe('99.5 thousand US dollars');
    expect(text({ dataset: 'trade-flows', field: 'value', aggregate: 'max' })).toBe('300.5 thousand US dollars');
  });
  it('refuses to sum rows of different units', () => {
    expect(() => text({ dataset: 'key-figures', field: 'value', aggregate: 'sum' })).toThrow(/different units/);
  });
});

describe('bad input: a PropError naming the prop and what exists', () => {
  const fails = (props: Record<string, unknown>, prop: string, message: RegExp): void => {
    let error: unknown;
    try {
      resolveValue(props, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PropError);
    expect((error as PropError).prop).toBe(prop);
    expect((error as PropError).message).toMatch(message);
  };
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'an unknown row',
      { dataset: 'key-figures', row: 'river-lenght', field: 'value' },
      'row',
      /has no row "river-lenght".*Did you mean "river-length"\?/,
    ],
    [
      'an unknown field',
      { dataset: 'key-figures', row: 'river-length', field: 'valeu' },
      'field',
      /has no field "valeu"; its fields: "id", "label", "value".*Did you mean "value"\?/,
    ],
    [
      'an unknown dataset',
      { dataset: 'key-figure', row: 'x', field: 'value' },
      'dataset',
      /unknown dataset "key-figure".*Did you mean "key-figures"\?/,
    ],
    [
      'an aggregate on a text field',
      { dataset: 'key-figures', field: 'label', aggregate: 'sum' },
      'aggregate',
      /"label" is a string field; a sum, share, minimum or maximum needs a number field/,
    ],
    [
      'an empty filter',
      { dataset: 'trade-flows', filter: 'year = 1999', field: 'value', aggregate: 'sum' },
      'filter',
      /no row of dataset "trade-flows" meets "year = 1999"/,
    ],
    ['several rows without aggregate', { dataset: 'trade-flows', filter: 'year = 2024', field: 'value' }, 'filter', /selects 2 rows/],
    ['no field', { dataset: 'key-figures', row: 'river-length' }, 'field', /missing; expected the field to print/],
    [
      'an unknown prop',
      { dataset: 'key-figures', row: 'river-length', field: 'value', agregate: 'sum' },
      'agregate',
      /unknown prop; .*Did you mean "aggregate"\?/,
    ],
    [
      'an unknown aggregate',
      { dataset: 'key-figures', field: 'value', aggregate: 'mean' },
      'aggregate',
      /expected one of: sum, share, count, min, max/,
    ],
    [
      '`of` without share',
      { dataset: 'trade-flows', field: 'value', aggregate: 'sum', of: 'year = 2024' },
      'of',
      /goes with aggregate="share"/,
    ],
    [
      'a bad format',
      { dataset: 'key-figures', row: 'river-length', field: 'value', format: 'pretty' },
      'format',
      /cannot read the number format "pretty"/,
    ],
    [
      'a filter value of the wrong type',
      { dataset: 'trade-flows', filter: 'year = soon', field: 'value', aggregate: 'sum' },
      'filter',
      /whole-number column; "soon" is not one/,
    ],
  ])('%s', (_, props, prop, message) => fails(props, prop, message));
});
