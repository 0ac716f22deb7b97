/** <Value …/>: each prop combination worded from the data, and every wrong id or combination stopping the build. */
import { describe, expect, it } from 'vitest';
import { resolveValue, type ValueProps } from '../../src/components/mdx/value.ts';
import { figure, fixture, flow, withData } from './data.ts';

const text = (props: ValueProps, data = fixture): string => resolveValue(props, data).text;

describe('figure', () => {
  it('words a key figure with its qualifier and unit, and names its source', () => {
    const v = resolveValue({ figure: 'river-length' }, fixture);
    expect(v).toEqual({ text: 'about 120 km', value: '120', title: 'Length of the shared river (source: Example, 2025, section 1)' });
  });
  it('words large amounts compactly', () => {
    const data = withData({ keyFigures: [figure('turnover', 21e9, 'USD', { qualifier: 'about', year: '2015' })] });
    const v = resolveValue({ figure: 'turnover' }, data);
    expect(v.text).toBe('about 21 billion US dollars');
    expect(v.value).toBe('21000000000');
    expect(v.title).toMatch(/^Figure turnover, 2015 \(source: /);
  });
});

describe('region, flow and share', () => {
  it('gives a region’s population', () => {
    expect(text({ region: 'XA-NOR' })).toBe('1,200');
  });
  it('gives a flow in thousand US dollars with one decimal', () => {
    expect(text({ flow: 'xa-nor-xb-sou' })).toBe('300.5 thousand US dollars');
    expect(text({ flow: 'big' }, withData({ tradeFlows: [flow('big', 743897.5, 2014)] }))).toBe('743,897.5 thousand US dollars');
  });
  it('gives a flow’s share of its year: 300.5 of 400 is 75.1%', () => {
    const v = resolveValue({ flow: 'xa-nor-xb-sou', share: true }, fixture);
    expect(v.text).toBe('75.1%');
    expect(v.value).toBe('75.125');
  });
  it('follows the data when it changes', () => {
    const data = withData({ tradeFlows: [flow('more', 200, 2024)] });
    expect(text({ flow: 'xa-nor-xb-sou', share: true }, data)).toBe('50.1%');
    expect(text({ total: 'exports', year: 2024 }, data)).toBe('600.0 thousand US dollars');
  });
});

describe('totals and counts', () => {
  it('sums the populations of a country’s regions in a year', () => {
    expect(text({ total: 'population', year: 2024, country: 'XA' })).toBe('2,000');
    expect(text({ total: 'population', year: '2024' })).toBe('2,000');
  });
  it('sums the flows of a year', () => {
    expect(text({ total: 'exports', year: 2024 })).toBe('400.0 thousand US dollars');
  });
  it('counts border regions in words', () => {
    expect(text({ count: 'border-regions', country: 'XA' })).toBe('two');
    expect(text({ count: 'border-regions' })).toBe('three');
  });
});

describe('errors name the component, the prop and the id', () => {
  it.each<[ValueProps, RegExp]>([
    [{ figure: 'nope' }, /^<Value figure="nope" \/>: prop "figure": unknown keyFigures id "nope"/],
    [{ region: 'XA-ZZZ' }, /<Value region="XA-ZZZ" \/>: prop "region": unknown regions id "XA-ZZZ"/],
    [{ region: 'XB-SOU' }, /prop "region": region "XB-SOU" has no population/],
    [{ flow: 'nope', share: true }, /<Value flow="nope" share \/>: prop "flow": unknown tradeFlows id "nope"/],
    [{ total: 'population', year: 1999 }, /prop "total": no region has a population counted in 1999/],
    [{ total: 'exports' }, /prop "year": expected a year such as year=\{2015\}, got nothing/],
    [{ total: 'exports', year: 'last' }, /prop "year": expected a year/],
    [{ total: 'imports', year: 2024 }, /prop "total": unknown total "imports"/],
    [{ count: 'forums' }, /prop "count": unknown count "forums"/],
    [{ count: 'border-regions', country: 'ZZ' }, /prop "country": no border region in country "ZZ"/],
  ])('%o', (props, message) => {
    expect(() => resolveValue(props, fixture)).toThrow(message);
  });
  it('refuses impossible combinations', () => {
    expect(() => resolveValue({ figure: 'river-length', region: 'XA-NOR' }, fixture)).toThrow(
      /prop "region": expected exactly one of figure, region, flow, total, count/,
    );
    expect(() => resolveValue({}, fixture)).toThrow(/<Value \/>: prop "figure": expected exactly one of/);
    expect(() => resolveValue({ figure: 'river-length', share: true }, fixture)).toThrow(
      /prop "share": cannot be combined with "figure"; it goes with flow/,
    );
    expect(() => resolveValue({ region: 'XA-NOR', year: 2024 }, fixture)).toThrow(
      /prop "year": cannot be combined with "region"; it goes with total/,
    );
    expect(() => resolveValue({ flow: 'xa-nor-xb-sou', country: 'XA' }, fixture)).toThrow(/prop "country": cannot be combined with "flow"/);
  });
  it('refuses an unknown prop, such as a typo', () => {
    const props: Record<string, string> = { figur: 'river-length' };
    expect(() => resolveValue(props, fixture)).toThrow(/prop "figur": unknown prop/);
  });
});
