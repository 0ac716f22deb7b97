/** Number wording for prose: grouping, compact large numbers, ordinals, small counts in words, key-figure phrases. */
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDecimal, formatNumber, formatOrdinal, formatPartialDate, formatPercent } from '../../src/lib/format.ts';

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
