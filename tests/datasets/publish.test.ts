import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataPackage, datasetCsv, loadDatasets, type PackageContext } from '../../src/datasets/index.ts';
import { fixture, referenceIds } from './helpers.ts';

const profile = JSON.parse(fs.readFileSync(path.resolve('tests/datasets/profiles/tabular-data-package.json'), 'utf8')) as object;
const { datasets } = loadDatasets(fixture, referenceIds());
const ctx: PackageContext = {
  name: 'fixture-report',
  title: 'A fixture report',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  references: new Map([
    ['stat-office-2021', { id: 'stat-office-2021', title: 'Foreign trade by partner, 2010–2020', URL: 'https://stat.example.org/trade' }],
    ['gazetteer-2020', { id: 'gazetteer-2020', title: 'Gazetteer of capitals' }],
  ]),
  referenceUrl: (id) => `https://reports.example.net/chapters/references/#ref-${id}`,
};
const pkg = dataPackage(datasets, ctx);

/** The profile's formats: "textarea" is only an editing hint; the others are checked. */
const formats = {
  textarea: /.*/s,
  uri: (s: string) => URL.canParse(s),
  email: /^[^@\s]+@[^@\s]+$/,
  'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
};
const compile = () => new Ajv({ allErrors: true, strict: false, formats }).compile(profile);

describe('the published Data Package', () => {
  it('is valid against the Frictionless Tabular Data Package profile', () => {
    const validate = compile();
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the profile check can fail: a resource without a schema is refused', () => {
    const validate = compile();
    const broken = { ...pkg, resources: [{ name: 'x', path: 'x.csv', profile: 'tabular-data-resource' }] };
    expect(validate(broken)).toBe(false);
  });

  it('lists every dataset with its CSV, schema, resolved sources and licence', () => {
    const resources = pkg['resources'] as Record<string, unknown>[];
    expect(resources.map((r) => [r['name'], r['path']])).toEqual([
      ['countries', 'datasets/countries.csv'],
      ['exports', 'datasets/exports.csv'],
      ['places', 'datasets/places.csv'],
    ]);
    const [countries, exports, places] = resources;
    expect(exports?.['sources']).toEqual([
      { title: 'Foreign trade by partner, 2010–2020, table 4', path: 'https://stat.example.org/trade' },
    ]);
    expect(places?.['sources']).toEqual([
      { title: 'Gazetteer of capitals', path: 'https://reports.example.net/chapters/references/#ref-gazetteer-2020' },
    ]);
    // Its own licence, else the site's.
    expect(countries?.['licenses']).toEqual([
      { name: 'CC0-1.0', title: 'CC0 1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    ]);
    expect(exports?.['licenses']).toEqual([{ title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    const schema = exports?.['schema'] as { fields: Record<string, unknown>[]; missingValues: string[] };
    expect(schema.fields[2]).toEqual({
      name: 'value',
      type: 'number',
      title: 'Exports',
      unit: 'million euros',
      constraints: { minimum: 0 },
    });
    expect(schema.missingValues).toEqual(['']);
  });

  it('is deterministic: the same datasets in another order give the same text', () => {
    expect(JSON.stringify(dataPackage([...datasets].reverse(), ctx))).toBe(JSON.stringify(pkg));
  });

  it('writes each dataset as CSV that reads back to the same values, in exact decimals', () => {
    const exports = datasets.find((d) => d.name === 'exports');
    if (exports === undefined) throw new Error('no exports');
    const csv = datasetCsv(exports);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual(['year', 'partner', 'value']);
    expect(rows.slice(1)).toEqual([
      ['2018', 'NO', '0.1'],
      ['2018', 'IS', '0.2'],
      ['2019', 'NO', '12.5'],
      ['2019', 'IS', ''],
      ['2020', 'NO', '1234.5'],
      ['2020', 'IS', '7'],
    ]);
    const countries = datasets.find((d) => d.name === 'countries');
    expect(countries === undefined ? '' : datasetCsv(countries)).toContain('FI,Finland,,true,helsinki\r\n');
  });
});
