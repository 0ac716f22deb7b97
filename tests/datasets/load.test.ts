import { describe, expect, it } from 'vitest';
import { Exact, extent, loadDatasets, share, sum, type Dataset } from '../../src/datasets/index.ts';
import { fixture, referenceIds } from './helpers.ts';

const { datasets, issues } = loadDatasets(fixture, referenceIds());
const byName = (name: string): Dataset => {
  const d = datasets.find((x) => x.name === name);
  if (d === undefined) throw new Error(`no dataset ${name}`);
  return d;
};

describe('declared datasets of a valid report', () => {
  it('reads every descriptor in data/, sorted, without issues', () => {
    expect(issues).toEqual([]);
    expect(datasets.map((d) => [d.name, d.format, d.file])).toEqual([
      ['countries', 'yaml', 'data/countries.yaml'],
      ['exports', 'csv', 'data/exports.csv'],
      ['places', 'csv', 'data/places.csv'],
    ]);
  });

  it('reads a schema given as a file beside the descriptor', () => {
    expect(byName('countries').schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['code', 'string'],
      ['name', 'string'],
      ['population', 'integer'],
      ['member', 'boolean'],
      ['capital', 'string'],
    ]);
    expect(byName('countries').schema.fields[2]?.unit).toBe('people');
  });

  it('casts cells to their types and keys rows by primary key, with their lines', () => {
    const exports = byName('exports');
    expect(exports.rows[2]).toEqual({
      line: 4,
      key: 'exports[2019, NO]',
      values: { year: 2019, partner: 'NO', value: 12.5 },
      exact: { year: '2019', value: '12.5' },
      fieldLines: {},
      translations: {},
    });
    const fi = byName('countries').rows.find((r) => r.values['code'] === 'FI');
    expect(fi).toMatchObject({ line: 12, key: 'countries[FI]', values: { member: true, population: null } });
    expect(byName('places').rows.map((r) => r.values['lon'])).toEqual([10.75, -21.94, 24.94]);
  });

  it("treats the schema's missingValues as missing, and a group separator as declared", () => {
    const exports = byName('exports');
    expect(exports.rows.find((r) => r.key === 'exports[2019, IS]')?.values['value']).toBeNull();
    expect(exports.rows.find((r) => r.key === 'exports[2020, NO]')?.exact['value']).toBe('1234.5');
  });

  it('sums exactly from the decimal text: 0.1 + 0.2 is 0.3', () => {
    const exports = byName('exports');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum(exports, 'value', (r) => r.values['year'] === 2018).toFixed()).toBe('0.3');
    expect(sum(exports, 'value').toFixed()).toBe('1254.3');
    const part = sum(exports, 'value', (r) => r.values['partner'] === 'IS');
    expect(share(part, sum(exports, 'value'))?.toDecimalPlaces(6).toFixed()).toBe(
      new Exact('7.2').dividedBy('1254.3').toDecimalPlaces(6).toFixed(),
    );
    expect(extent(byName('places'), 'lat')).toEqual({ min: new Exact('59.91'), max: new Exact('64.15') });
  });

  it('refuses to sum a text field, naming the fields', () => {
    expect(() => sum(byName('places'), 'name')).toThrow(/"name" of dataset "places" is a string, not a number/);
    expect(() => sum(byName('places'), 'height')).toThrow(/no field "height"; its fields: id, name, country, lat, lon, founded/);
  });
});
