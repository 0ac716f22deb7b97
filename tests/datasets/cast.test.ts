import { describe, expect, it } from 'vitest';
import { castCell } from '../../src/datasets/cast.ts';
import type { Field } from '../../src/datasets/descriptor.ts';

const field = (type: Field['type'], extra: Partial<Field> = {}): Field => ({ name: 'f', type, ...extra });

describe('casting a cell to its Table Schema type', () => {
  it('numbers keep their exact decimal text, whatever the notation', () => {
    expect(castCell(field('number'), '012.50')).toEqual({ ok: true, value: 12.5, exact: '12.5' });
    expect(castCell(field('number'), '1e-3')).toEqual({ ok: true, value: 0.001, exact: '0.001' });
    expect(castCell(field('number'), '0.1000000000000000055511151231257827')).toMatchObject({
      exact: '0.1000000000000000055511151231257827',
    });
    expect(castCell(field('number', { decimalChar: ',', groupChar: ' ' }), '1 234,5')).toEqual({
      ok: true,
      value: 1234.5,
      exact: '1234.5',
    });
    expect(castCell(field('number', { bareNumber: false }), '12.5%')).toEqual({ ok: true, value: 12.5, exact: '12.5' });
    expect(castCell(field('number'), '12.5%')).toEqual({ ok: false, expected: 'a number written with "." as decimal mark' });
  });

  it('integers refuse fractions; years and year-months have their own shapes', () => {
    expect(castCell(field('integer'), '42')).toEqual({ ok: true, value: 42, exact: '42' });
    expect(castCell(field('integer'), '4.2')).toEqual({ ok: false, expected: 'a whole number' });
    expect(castCell(field('year'), '2015')).toEqual({ ok: true, value: 2015, exact: '2015' });
    expect(castCell(field('year'), '15')).toEqual({ ok: false, expected: 'a year such as 2015' });
    expect(castCell(field('yearmonth'), '2015-06')).toEqual({ ok: true, value: '2015-06' });
    expect(castCell(field('yearmonth'), '2015-13')).toMatchObject({ ok: false });
  });

  it('dates must exist in the calendar', () => {
    expect(castCell(field('date'), '2016-02-29')).toEqual({ ok: true, value: '2016-02-29' });
    expect(castCell(field('date'), '2015-02-29')).toEqual({ ok: false, expected: 'a date such as 2015-06-28 (YYYY-MM-DD)' });
    expect(castCell(field('date'), '28.06.2015')).toMatchObject({ ok: false });
  });

  it('booleans take YAML booleans and the declared true and false values', () => {
    expect(castCell(field('boolean'), true)).toEqual({ ok: true, value: true });
    expect(castCell(field('boolean'), '0')).toEqual({ ok: true, value: false });
    expect(castCell(field('boolean', { trueValues: ['yes'], falseValues: ['no'] }), 'yes')).toEqual({ ok: true, value: true });
    expect(castCell(field('boolean', { trueValues: ['yes'], falseValues: ['no'] }), 'true')).toEqual({
      ok: false,
      expected: 'true or false ("yes", "no")',
    });
  });

  it('a string field refuses a YAML boolean (put it in quotes)', () => {
    expect(castCell(field('string'), false)).toEqual({ ok: false, expected: 'a text (put it in quotes)' });
  });
});
