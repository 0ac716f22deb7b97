/** <Table>: rows, columns, groups, shares and exact totals over the fixture's tables; every mistake names the prop. */
import { describe, expect, it } from 'vitest';
import { tableModel } from '../../src/components/mdx/table.ts';
import { keyFigureCards } from '../../src/components/mdx/key-figures.ts';
import { PropError } from '../../src/grammar/problem.ts';
import { tablesOf } from '../../src/grammar/tables.ts';
import { fixtureReport } from './data.ts';

const ctx = { tables: tablesOf(fixtureReport), locale: 'en' };
const texts = (rows: ReadonlyArray<ReadonlyArray<{ text: string }>>): string[][] => rows.map((r) => r.map((c) => c.text));

describe('a table of one column per channel, with an exact total', () => {
  const m = tableModel(
    {
      dataset: 'population',
      filter: 'year = 2024 and region.country = XA',
      columns: ['region.shortName', 'value'],
      headers: ['Valley', 'Population'],
      total: true,
      id: 'tbl-population',
      caption: 'Population',
    },
    ctx,
    'Table 1',
  );
  it('lists the rows in data order, the first text column as the row heading', () => {
    expect(m.headings).toEqual([
      { label: 'Valley', numeric: false },
      { label: 'Population', numeric: true },
    ]);
    expect(m.groups).toHaveLength(1);
    expect(texts(m.groups[0]?.rows ?? [])).toEqual([
      ['North', '1,200'],
      ['East', '800'],
    ]);
    expect(m.groups[0]?.rows[0]?.map((c) => c.header)).toEqual([true, false]);
  });
  it('totals the number columns, and is numbered and sourced', () => {
    expect(m.foot).toEqual({ label: 'Total', span: 1, cells: [{ text: '2,000', numeric: true, header: false }] });
    expect([m.id, m.label, m.caption]).toEqual(['tbl-population', 'Table 1', 'Population']);
    expect(m.sources).toEqual([{ ref: 'valley-stats-2024', locator: 'Table 1' }]);
  });
  it('heads a column with its field’s title and unit without headers', () => {
    const plain = tableModel({ dataset: 'population', columns: ['region', 'value'], caption: 'P' }, ctx);
    expect(plain.headings.map((h) => h.label)).toEqual(['Valley', 'Population, people']);
  });
});

describe('groups and shares', () => {
  const m = tableModel(
    {
      dataset: 'trade-flows',
      filter: 'year = 2024',
      group: 'from.shortName',
      columns: ['from.shortName', 'to.shortName', 'value'],
      share: 'value',
      total: true,
      sort: '-value',
      caption: 'Exports',
    },
    ctx,
  );
  it('groups rows under the group column, in order of first appearance', () => {
    expect(m.groupColumn).toBe(0);
    expect(m.groups.map((g) => g.title)).toEqual(['North', 'East']);
    expect(texts(m.groups[0]?.rows ?? [])).toEqual([['North', 'South', '300.5', '75.1%']]);
    expect(m.headings.at(-1)).toEqual({ label: 'Share of total', numeric: true });
  });
  it('totals with the precision of the parts and a 100% share, the label spanning the text columns', () => {
    expect(m.foot?.span).toBe(2);
    expect(m.foot?.cells.map((c) => c.text)).toEqual(['400.0', '100.0%']);
  });
});

describe('bad input', () => {
  const fails = (props: Record<string, unknown>, prop: string, message: RegExp): void => {
    let error: unknown;
    try {
      tableModel({ caption: 'C', ...props }, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PropError);
    expect((error as PropError).prop).toBe(prop);
    expect((error as PropError).message).toMatch(message);
  };
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'an unknown field in a column',
      { dataset: 'population', columns: ['region', 'valeu'] },
      'columns',
      /has no field "valeu".*Did you mean "value"\?/,
    ],
    [
      'a path through a field that is no link',
      { dataset: 'population', columns: ['value.name'] },
      'columns',
      /"value" in "value.name" is not a link/,
    ],
    [
      'a share of a text field',
      { dataset: 'population', columns: ['region'], share: 'region' },
      'share',
      /is a string field; a share needs a number field/,
    ],
    ['a group that is not a column', { dataset: 'population', columns: ['value'], group: 'region' }, 'group', /not one of the columns/],
    [
      'headers of the wrong length',
      { dataset: 'population', columns: ['region', 'value'], headers: ['Valley'] },
      'headers',
      /expected 2 headings/,
    ],
    [
      'an empty filter',
      { dataset: 'population', columns: ['value'], filter: 'year = 1999' },
      'filter',
      /no row of dataset "population" meets "year = 1999"/,
    ],
    ['an unknown row', { dataset: 'population', columns: ['value'], rows: ['XA-NOR, 2023'] }, 'rows', /has no row "XA-NOR, 2023"/],
    ['a total without a number column', { dataset: 'population', columns: ['region'], total: true }, 'total', /no number column/],
    ['no caption', { dataset: 'population', columns: ['value'], caption: undefined }, 'caption', /./],
    ['an id that does not start with tbl-', { dataset: 'population', columns: ['value'], id: 'population' }, 'id', /starting "tbl-"/],
  ])('%s', (_, props, prop, message) => fails(props, prop, message));
});

describe('<KeyFigures>: one card per row of any table', () => {
  it('words each card as <Value> does, with its label, detail and source', () => {
    const cards = keyFigureCards({ dataset: 'key-figures', rows: ['boats-2024', 'river-length'], label: 'label', detail: 'year' }, ctx);
    expect(cards.map((c) => [c.id, c.label, c.parts.text, c.value])).toEqual([
      ['boats-2024', 'Boats of the joint service in 2024 (2024)', '10 boats', '10'],
      ['river-length', 'Length of the shared river', 'about 120 km', '120'],
    ]);
    expect(cards[1]?.parts).toMatchObject({ qualifier: 'about', number: '120', unit: 'km', spaced: true });
    expect(cards[1]?.source).toEqual({ ref: 'sample-2025', locator: 'section 1' });
  });
  it('names an unknown label field', () => {
    expect(() => keyFigureCards({ dataset: 'key-figures', label: 'title' }, ctx)).toThrow(/has no field "title"/);
  });
});
