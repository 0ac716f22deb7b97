/** Foreign keys from a dataset into a built-in record collection (regions, …): declared, then checked row by row. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasets, type BuiltInIds } from '../../src/datasets/index.ts';
import { referenceIds, variant } from './helpers.ts';

/** The places' capitals point into a collection "cities" of three records. */
const builtIn: BuiltInIds = new Map([['cities', { file: 'data/cities.yaml', ids: new Set(['oslo', 'reykjavik', 'helsinki']) }]]);
const toCities = (fields = 'id'): Record<string, (t: string) => string> => ({
  'data/places.resource.yaml': (t) =>
    t.replace('  foreignKeys:\n', `  foreignKeys:\n    - fields: id\n      reference: { resource: cities, fields: ${fields} }\n`),
});

function load(edits: Record<string, (t: string) => string>, known: BuiltInIds = builtIn) {
  const root = variant(edits);
  const result = loadDatasets(root, referenceIds(root), known);
  fs.rmSync(root, { recursive: true });
  return result;
}

describe('a foreign key into a built-in collection', () => {
  it('is valid when every row names an existing record', () => {
    expect(load(toCities()).issues).toEqual([]);
  });

  it('a broken key names the row, the value, the collection and its file', () => {
    const all = load({ ...toCities(), 'data/places.csv': (t) => t.replace('reykjavik,Reykjavík', 'reikjavik,Reykjavík') }).issues;
    // The countries' capitals point at the places too: that key breaks as well, in its own file.
    const issues = all.filter((i) => i.file === 'data/places.csv');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/places.csv', line: 3, entry: 'places[reikjavik]', field: 'id' });
    expect(issues[0]?.message).toMatch(
      /^"reikjavik" is not a id of the record collection "cities" \(data\/cities\.yaml\); expected one of: oslo; reykjavik; helsinki$/,
    );
  });

  it('a collection is keyed by "id" only', () => {
    const { issues } = load(toCities('name'));
    expect(issues[0]?.message).toMatch(/unknown field "name" in the record collection "cities" \(its entries are keyed by "id"\)/);
  });

  it('an unknown target lists the datasets and the collections', () => {
    const { issues } = load(toCities(), new Map([['citys', { file: 'data/citys.yaml', ids: new Set<string>() }]]));
    expect(issues[0]?.message).toMatch(
      /unknown dataset "cities"\. Did you mean "citys"\? Expected one of the declared datasets: .*, or a record collection: "citys"/,
    );
  });

  it('a key into a collection whose file is unreadable is not checked (its own error says it all)', () => {
    expect(load(toCities(), new Map([['cities', { file: 'data/cities.yaml', ids: undefined }]])).issues).toEqual([]);
  });
});
