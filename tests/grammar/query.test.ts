/** The grammar's core over the datasets fixture: tables, channels through links, filter, sort, aggregates, formats, row sources. */
import { describe, expect, it } from 'vitest';
import { loadDatasetsOrThrow } from '../../src/datasets/index.ts';
import { aggregate, exactSum } from '../../src/grammar/aggregate.ts';
import { checkFormat, formatNumber } from '../../src/grammar/format.ts';
import { PropError } from '../../src/grammar/problem.ts';
import { accessor, selectRows, tableNamed } from '../../src/grammar/query.ts';
import { buildTables, type Table } from '../../src/grammar/tables.ts';
import { fixture, problems, referenceIds, variant } from '../datasets/helpers.ts';

const noRecords = {
  regions: [],
  tradeFlows: [],
  keyFigures: [],
  parties: [],
  instruments: [],
  forums: [],
  institutions: [],
  references: [],
  editorialNotes: [],
};
const tables = buildTables(noRecords, loadDatasetsOrThrow(fixture, referenceIds()));
const exports = tables.get('exports') as Table;
const places = tables.get('places') as Table;

/** The PropError a call throws: its prop and message. */
function propError(f: () => unknown): { prop: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof PropError) return { prop: e.prop, message: e.message };
    throw e;
  }
  throw new Error('expected a PropError');
}

describe('tables', () => {
  it('holds every declared dataset and every built-in collection', () => {
    expect([...tables.keys()]).toEqual(expect.arrayContaining(['countries', 'exports', 'places', 'instruments', 'forums', 'regions']));
  });
  it('names an unknown dataset with the known ones and the closest', () => {
    const e = propError(() => tableNamed(tables, 'export'));
    expect(e.prop).toBe('dataset');
    expect(e.message).toContain('unknown dataset "export"');
    expect(e.message).toContain('Did you mean "exports"?');
  });
  it('keys rows by their primary key', () => {
    expect(places.rows.map((r) => r.id)).toContain('oslo');
    expect(exports.rows.find((r) => r.id === '2019, NO')?.values['value']).toBe(12.5);
  });
  it('gives each row the resource sources', () => {
    expect(exports.rows[0]?.sources).toEqual([{ ref: 'stat-office-2021', locator: 'table 4' }]);
  });
});

describe('channels', () => {
  it('reads a field, a path through a foreign key, and a template', () => {
    const row = places.rows.find((r) => r.id === 'oslo');
    if (!row) throw new Error('fixture changed');
    expect(accessor(tables, places, 'name', 'x').get(row)).toBe('Oslo');
    expect(accessor(tables, places, 'country.name', 'x').get(row)).toBe('Norway');
    expect(accessor(tables, places, '{name} ({country.name})', 'label').get(row)).toBe('Oslo (Norway)');
  });
  it('lists the fields and links when a field is unknown', () => {
    const e = propError(() => accessor(tables, places, 'nmae', 'label'));
    expect(e.prop).toBe('label');
    expect(e.message).toContain('has no field "nmae"');
    expect(e.message).toContain('"lat", "lon"');
    expect(e.message).toContain('"country.…"');
    expect(e.message).toContain('Did you mean "name"?');
  });
  it('refuses a path through a field that is not a link', () => {
    expect(propError(() => accessor(tables, places, 'name.x', 'y')).message).toContain('"name" in "name.x" is not a link');
  });
});

describe('rows', () => {
  it('filters by typed conditions and sorts largest first, missing values last', () => {
    const rows = selectRows(tables, exports, { filter: 'year >= 2019', sort: '-value' });
    expect(rows.every((r) => Number(r.values['year']) >= 2019)).toBe(true);
    expect(rows.length).toBe(exports.rows.filter((r) => Number(r.values['year']) >= 2019).length);
    const values = rows.map((r) => r.values['value']);
    const present = values.filter((v): v is number => typeof v === 'number');
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.indexOf(null)).toBe(values.length - (values.length - present.length));
  });
  it('filters by a list and through a link', () => {
    expect(selectRows(tables, places, { filter: 'country.name in [Norway, Iceland]' }).map((r) => r.id)).toEqual(['oslo', 'reykjavik']);
    expect(selectRows(tables, exports, { filter: 'partner not in [NO]' }).every((r) => r.values['partner'] !== 'NO')).toBe(true);
  });
  it('picks rows by key in the order given', () => {
    expect(selectRows(tables, places, { rows: ['reykjavik', 'oslo'] }).map((r) => r.id)).toEqual(['reykjavik', 'oslo']);
    expect(propError(() => selectRows(tables, places, { rows: ['olso'] })).message).toContain('Did you mean "oslo"?');
  });
  it('says which prop emptied the selection, and what a bad condition should look like', () => {
    expect(propError(() => selectRows(tables, exports, { filter: 'year = 1900' }))).toEqual({
      prop: 'filter',
      message: 'no row of dataset "exports" meets "year = 1900"',
    });
    expect(propError(() => selectRows(tables, exports, { filter: 'year = soon' })).message).toContain('"soon" is not one');
    expect(propError(() => selectRows(tables, exports, { filter: 'year' })).message).toContain('expected <field> <operator> <value>');
    expect(propError(() => selectRows(tables, exports, { filter: 'year in 2019' })).message).toContain('takes a list');
  });
});

describe('aggregates', () => {
  it('sums exactly, with the decimals of the parts', () => {
    const value = accessor(tables, exports, 'value', 'field');
    const rows = selectRows(tables, exports, { filter: 'year = 2018' });
    const total = exactSum(value, rows);
    expect(total.exact).toBe('0.3');
    expect(total.decimals).toBe(1);
    expect(aggregate('count', undefined, rows).value).toBe(rows.length);
    const share = aggregate('share', value, rows.slice(0, 1), rows);
    expect(share.value).toBeCloseTo((0.1 / 0.3) * 100, 10);
  });
  it('refuses a sum of a text field', () => {
    expect(propError(() => aggregate('sum', accessor(tables, places, 'name', 'field'), places.rows)).message).toContain(
      'needs a number field',
    );
  });
});

describe('number formats', () => {
  it('keeps the precision of the source text, in the page locale', () => {
    expect(formatNumber(12.5, { exact: '12.50', locale: 'en-GB' })).toBe('12.50');
    expect(formatNumber(870200.5, { exact: '870200.5', locale: 'en-GB' })).toBe('870,200.5');
    expect(formatNumber(870200.5, { exact: '870200.5', locale: 'ru' })).toBe('870\u00a0200,5');
  });
  it('writes compact, ordinal and d3-format numbers', () => {
    expect(formatNumber(21e9, { format: 'compact', locale: 'en-GB' })).toBe('21 billion');
    expect(formatNumber(5638263, { format: 'compact', locale: 'en-GB' })).toBe('5,638,263');
    expect(formatNumber(22, { format: 'ordinal', locale: 'en-GB' })).toBe('22nd');
    expect(formatNumber(1234.567, { format: ',.1f', locale: 'en-GB' })).toBe('1,234.6');
    expect(formatNumber(1234.567, { format: ',.1f', locale: 'ru' })).toBe('1\u00a0234,6');
    expect(() => checkFormat('%%x')).toThrow(/cannot read the number format/);
  });
});

describe('rowSource', () => {
  const csv = [
    'id,name,country,lat,lon,founded,ref,at',
    'oslo,Oslo,NO,59.91,10.75,1040,stat-office-2021,p. 3',
    'reykjavik,Reykjavík,IS,64.15,-21.94,874,,',
    'helsinki,Helsinki,FI,60.17,24.94,1550-06-12,,',
  ].join('\n');
  const rowSource = (declared: string) => (old: string) =>
    old.replace(
      '    - { name: founded, type: string }',
      '    - { name: founded, type: string }\n    - { name: ref, type: string }\n    - { name: at, type: string }',
    ) + `\nrowSource: ${declared}\n`;

  it('gives each row its own source, or the resource sources when it names none', () => {
    const root = variant({ 'data/places.csv': csv, 'data/places.resource.yaml': rowSource('{ ref: ref, locator: at }') });
    const t = buildTables(noRecords, loadDatasetsOrThrow(root, referenceIds(root))).get('places') as Table;
    expect(t.rows.map((r) => r.sources)).toEqual([
      [{ ref: 'stat-office-2021', locator: 'p. 3' }],
      [{ ref: 'gazetteer-2020', locator: '' }],
      [{ ref: 'gazetteer-2020', locator: '' }],
    ]);
  });
  it('names an unknown reference with the data line and field', () => {
    const { text } = problems({
      'data/places.csv': csv.replace('stat-office-2021', 'stat-ofice-2021'),
      'data/places.resource.yaml': rowSource('{ ref: ref }'),
    });
    expect(text).toContain('data/places.csv:2  places[oslo] › ref\n    unknown reference "stat-ofice-2021"');
    expect(text).toContain('Did you mean "stat-office-2021"?');
  });
  it('names an unknown field in rowSource with the schema fields', () => {
    const { text } = problems({ 'data/places.resource.yaml': (old) => `${old}\nrowSource: { ref: source }\n` });
    expect(text).toMatch(
      /data\/places\.resource\.yaml:\d+ {2}datasets\[places\] › rowSource\.ref\n {4}unknown field "source"; expected one of the schema's fields: id, name/,
    );
  });
});
