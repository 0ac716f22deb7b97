/** A record's page lists the rows of every dataset that links to it, read from the datasets' foreign keys. */
import { describe, expect, it } from 'vitest';
import { linkedRows } from '../../src/components/catalogue/linked-rows.ts';
import { tablesOf } from '../../src/grammar/tables.ts';
import { fixtureReport } from './data.ts';

const tables = tablesOf(fixtureReport);
const datasets = fixtureReport.datasets.map((d) => d.name);

describe('linkedRows', () => {
  it('finds every declared dataset with a row pointing at the record (not the collections), the record’s own link column left out', () => {
    const north = linkedRows(tables, datasets, 'regions', 'XA-NOR', 'en');
    expect(north.map((t) => t.name).sort()).toEqual(['population', 'trade-flows']);
    const population = north.find((t) => t.name === 'population');
    expect(population?.headings.map((h) => h.label)).toEqual(['Year', 'Population (people)']);
    expect(population?.rows.map((r) => r.map((c) => c.text))).toEqual([['2024', '1,200']]);
    expect(population?.sources).toEqual([{ ref: 'valley-stats-2024', locator: 'Table 1' }]);
  });
  it('keeps both ends of a two-way link, named and linked to their records', () => {
    const flows = linkedRows(tables, datasets, 'regions', 'XB-SOU', 'en').find((t) => t.name === 'trade-flows');
    expect(flows?.rows).toHaveLength(2);
    expect(flows?.rows[0]?.map((c) => c.text)).toEqual(['2024', 'North Valley', 'South Valley', '300.5']);
    expect(flows?.rows[0]?.[1]?.record).toEqual({ table: 'regions', id: 'XA-NOR' });
  });
  it('heads the columns in the page’s language: the dataset’s translated titles and unit words', () => {
    const population = linkedRows(tablesOf(fixtureReport, 'de'), datasets, 'regions', 'XA-NOR', 'de').find((t) => t.name === 'population');
    expect(population?.title).toBe('Bevölkerung der Täler');
    expect(population?.headings.map((h) => h.label)).toEqual(['Jahr', 'Bevölkerung (Einwohner)']);
    expect(population?.rows.map((r) => r.map((c) => c.text))).toEqual([['2024', '1.200']]);
  });
  it('lists nothing for a record no row points at', () => {
    expect(linkedRows(tables, datasets, 'regions', 'XA-ZZZ', 'en')).toEqual([]);
  });
});
