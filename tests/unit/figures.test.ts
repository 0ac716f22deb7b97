/** Totals, shares and groupings computed from data: never typed, so they are tested against the data itself. */
import { describe, expect, it } from 'vitest';
import {
  byId,
  countBorderRegions,
  exactSum,
  flowShare,
  groupFlowsByExporter,
  populationRows,
  selectFlows,
  sumFlows,
  sumPopulation,
} from '../../src/lib/figures.ts';
import { fixture, flow } from './data.ts';

const need = <T>(x: T | undefined, what: string): T => {
  if (x === undefined) throw new Error(`the fixture lacks ${what}`);
  return x;
};

describe('exactSum', () => {
  it('adds decimals without binary drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([])).toBe(0);
  });
  it('adds the 17 rows of the source article’s Table 2 to its printed total', () => {
    const rows = [
      45422.0, 2461.0, 543.6, 5914.9, 5727.5, 4094.6, 3642.7, 3042.7, 743897.5, 5719.6, 4588.7, 9510.4, 8084.7, 6702.1, 937.8, 17354.1,
      2556.6,
    ];
    expect(exactSum(rows)).toBe(870200.5);
  });
});

describe('populations', () => {
  it('sums the regions counted in a year: 1,200 + 800 = 2,000', () => {
    expect(sumPopulation(fixture.regions, 2024)).toBe(2000);
    expect(sumPopulation(fixture.regions, 2024, 'XA')).toBe(2000);
  });
  it('leaves out other countries and other years', () => {
    expect(sumPopulation(fixture.regions, 2024, 'XB')).toBe(0);
    expect(sumPopulation(fixture.regions, 2023)).toBe(0);
    const moved = fixture.regions.map((r) =>
      r.id === 'XA-EAS' && r.population ? { ...r, population: { ...r.population, year: 2023 } } : r,
    );
    expect(sumPopulation(moved, 2024)).toBe(1200);
  });
  it('keeps the data’s order of rows', () => {
    expect(populationRows(fixture.regions, 2024).map((r) => r.region.id)).toEqual(['XA-NOR', 'XA-EAS']);
  });
});

describe('trade flows', () => {
  it('sums a year’s flows: 300.5 + 99.5 = 400', () => {
    expect(sumFlows(selectFlows(fixture.tradeFlows, fixture.regions, 2024))).toBe(400);
  });
  it('gives a flow’s share of all flows of the same year: 300.5 / 400 = 75.125%', () => {
    const f = need(byId(fixture.tradeFlows, 'xa-nor-xb-sou'), 'the North–South flow');
    expect(flowShare(f, fixture.tradeFlows)).toBeCloseTo(75.125, 10);
    const withOtherYear = [...fixture.tradeFlows, flow('older', 1000, 2023)];
    expect(flowShare(f, withOtherYear)).toBeCloseTo(75.125, 10);
  });
  it('refuses a share of a year whose flows add up to zero', () => {
    const zero = flow('zero', 0, 2030);
    expect(() => flowShare(zero, [zero])).toThrow(/zero/);
  });
  it('selects flows by exporting country', () => {
    expect(selectFlows(fixture.tradeFlows, fixture.regions, 2024, 'XA')).toHaveLength(2);
    expect(selectFlows(fixture.tradeFlows, fixture.regions, 2024, 'XB')).toHaveLength(0);
  });
  it('groups flows by exporter in data order', () => {
    const flows = [flow('a', 1, 2024, 'XA-NOR'), flow('b', 2, 2024, 'XA-EAS'), flow('c', 3, 2024, 'XA-NOR')];
    expect(groupFlowsByExporter(flows).map((g) => [g.from, g.flows.map((f) => f.id)])).toEqual([
      ['XA-NOR', ['a', 'c']],
      ['XA-EAS', ['b']],
    ]);
  });
});

describe('border regions', () => {
  it('counts the border regions of a country', () => {
    expect(countBorderRegions(fixture.regions, 'XA')).toBe(2);
    expect(countBorderRegions(fixture.regions, 'XB')).toBe(1);
    expect(countBorderRegions(fixture.regions)).toBe(3);
    expect(
      countBorderRegions(
        fixture.regions.map((r) => ({ ...r, border: r.id !== 'XA-EAS' })),
        'XA',
      ),
    ).toBe(1);
  });
});
