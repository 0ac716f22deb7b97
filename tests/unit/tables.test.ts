/** The models of Tables 1 and 2: rows in data order, totals and shares computed, sources named. */
import { describe, expect, it } from 'vitest';
import { flowTableModel, populationTableModel } from '../../src/components/mdx/tables.ts';
import { fixture, flow, withData } from './data.ts';

describe('population table', () => {
  it('lists the regions counted in the year, in data order, with a computed total', () => {
    const m = populationTableModel({ year: 2024, country: 'XA', label: 'Table 1', caption: 'Population, 2024' }, fixture);
    expect(m.rows).toEqual([
      { region: 'North', value: '1,200' },
      { region: 'East', value: '800' },
    ]);
    expect(m.total).toBe('2,000');
    expect(m).toMatchObject({ id: 'table-table-1', label: 'Table 1', caption: 'Population, 2024' });
    expect(m.sources).toEqual([
      { ref: 'valley-stats-2024', name: 'Valley Statistics Office (2024)', short: 'Valley Statistics Office, 2024', locator: 'Table 1' },
    ]);
  });
  it('gives a caption and an id when the chapter gives none', () => {
    const m = populationTableModel({ year: 2024 }, fixture);
    expect(m.caption).toBe('Population by region, 2024');
    expect(m.id).toBe('table-populationtable-2024');
  });
  it('stops on a year without data or a wrong year', () => {
    expect(() => populationTableModel({ year: 2023 }, fixture)).toThrow(
      /<PopulationTable year=\{2023\}>: prop "year": no region has a population counted in 2023/,
    );
    expect(() => populationTableModel({ year: 'soon' }, fixture)).toThrow(/<PopulationTable>: prop "year": expected a year/);
  });
});

describe('flow table', () => {
  it('groups rows by exporter, with computed shares and total: 300.5 + 99.5 = 400.0', () => {
    const m = flowTableModel({ year: 2024 }, fixture);
    expect(m.groups).toEqual([
      { exporter: 'North', rows: [{ importer: 'South', value: '300.5', share: '75.1%' }] },
      { exporter: 'East', rows: [{ importer: 'South', value: '99.5', share: '24.9%' }] },
    ]);
    expect(m.total).toBe('400.0');
    expect(m.totalShare).toBe('100.0%');
    expect(m.sources.map((s) => `${s.name}, ${s.locator}`)).toEqual(['Valley Statistics Office (2024), Table 2']);
  });
  it('puts a second flow of the same exporter in its group, and leaves other years out', () => {
    const data = withData({ tradeFlows: [flow('north-again', 100, 2024, 'XA-NOR'), flow('old', 5, 2020)] });
    const m = flowTableModel({ year: 2024 }, data);
    expect(m.groups.map((g) => [g.exporter, g.rows.length])).toEqual([
      ['North', 2],
      ['East', 1],
    ]);
    expect(m.total).toBe('500.0');
  });
  it('stops on a year without flows', () => {
    expect(() => flowTableModel({ year: 2019, label: 'Table 2' }, fixture)).toThrow(
      /<FlowTable year=\{2019\}>: prop "year": no trade flow in 2019/,
    );
  });
});
