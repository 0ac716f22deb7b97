/** Number wording for prose: grouping, compact large numbers, ordinals, small counts in words, key-figure phrases. */
import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDecimal,
  formatKeyFigure,
  formatNumber,
  formatOrdinal,
  formatPartialDate,
  formatPercent,
} from '../../src/lib/format.ts';
import { figure } from './data.ts';

describe('formatNumber', () => {
  it('groups thousands with commas and keeps every decimal of the data', () => {
    expect(formatNumber(7500)).toBe('7,500');
    expect(formatNumber(881456)).toBe('881,456');
    expect(formatNumber(743897.5)).toBe('743,897.5');
    expect(formatNumber(0.125)).toBe('0.125');
  });
  it('pads to a minimum of decimals, as the source tables print them', () => {
    expect(formatDecimal(2461, 1)).toBe('2,461.0');
    expect(formatDecimal(870200.5, 1)).toBe('870,200.5');
    expect(formatDecimal(1.25, 1)).toBe('1.25');
  });
  it('rounds percentages only when asked', () => {
    expect(formatPercent(20)).toBe('20%');
    expect(formatPercent(85.48573, 1)).toBe('85.5%');
    expect(formatPercent(100, 1)).toBe('100.0%');
  });
});

describe('formatCompact', () => {
  it('words large round numbers', () => {
    expect(formatCompact(21e9)).toBe('21 billion');
    expect(formatCompact(9e9)).toBe('9 billion');
    expect(formatCompact(9.5e9)).toBe('9.5 billion');
    expect(formatCompact(32e6)).toBe('32 million');
    expect(formatCompact(2e12)).toBe('2 trillion');
  });
  it('keeps every digit when wording would round', () => {
    expect(formatCompact(5638263)).toBe('5,638,263');
    expect(formatCompact(21_370_000_000)).toBe('21,370,000,000');
    expect(formatCompact(999_999)).toBe('999,999');
  });
});

describe('ordinals and counts', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [9, '9th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i → %s', (n, s) => {
    expect(formatOrdinal(n)).toBe(s);
  });
  it('refuses a fractional rank', () => {
    expect(() => formatOrdinal(1.5)).toThrow(/whole number/);
  });
});

describe('formatPartialDate', () => {
  it('words a date only as precisely as it is known', () => {
    expect(formatPartialDate('2016')).toBe('2016');
    expect(formatPartialDate('2016-08')).toBe('August 2016');
    expect(formatPartialDate('2016-08-05')).toBe('August 5, 2016');
  });
  it('refuses anything else', () => {
    expect(() => formatPartialDate('5 August 2016')).toThrow(/YYYY/);
  });
});

describe('formatKeyFigure', () => {
  const text = (...args: Parameters<typeof figure>): string => formatKeyFigure(figure(...args)).text;
  it('words each unit', () => {
    expect(text('a', 7500, 'km', { qualifier: 'about' })).toBe('about 7,500 km');
    expect(text('b', 21e9, 'USD', { qualifier: 'about' })).toBe('about 21 billion US dollars');
    expect(text('c', 9e9, 'USD', { qualifier: 'over' })).toBe('more than 9 billion US dollars');
    expect(text('d', 20, 'percent', { qualifier: 'about' })).toBe('about 20%');
    expect(text('e', 5600, 'count', { qualifier: 'about', noun: 'enterprises' })).toBe('about 5,600 enterprises');
    expect(text('f', 300, 'count')).toBe('300');
    expect(text('g', 9, 'rank')).toBe('9th');
    expect(text('h', 32e6, 'people', { qualifier: 'over' })).toBe('more than 32 million people');
    expect(text('i', 20e9, 'tonnes', { qualifier: 'over' })).toBe('more than 20 billion tonnes');
  });
  it('says "fewer than" of things counted and "less than" of amounts', () => {
    expect(text('a', 70, 'count', { qualifier: 'under', noun: 'documents' })).toBe('fewer than 70 documents');
    expect(text('b', 70, 'people', { qualifier: 'under' })).toBe('fewer than 70 people');
    expect(text('c', 70, 'km', { qualifier: 'under' })).toBe('less than 70 km');
  });
  it('gives the parts for a grid to style', () => {
    expect(formatKeyFigure(figure('a', 20, 'percent', { qualifier: 'about' }))).toEqual({
      qualifier: 'about',
      number: '20',
      unit: '%',
      spaced: false,
      text: 'about 20%',
    });
    expect(formatKeyFigure(figure('b', 1, 'rank'))).toEqual({
      qualifier: undefined,
      number: '1st',
      unit: undefined,
      spaced: false,
      text: '1st',
    });
  });
});
