/**
 * Figures in a second language: the fixture's German edition draws its values,
 * tables, charts and maps with German decimal marks, its datasets' German
 * titles and labels, its units' German forms and the grammar's German words
 * (content/i18n/de.yaml); a missing translation stops the build, named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../src/components/mdx/value.ts';
import { tableModel } from '../../src/components/mdx/table.ts';
import { keyFigureCards } from '../../src/components/mdx/key-figures.ts';
import { chartContent, reportChartContext } from '../../src/figures/chart/index.ts';
import { reportMap } from '../../src/figures/map/index.ts';
import { tablesOf } from '../../src/grammar/tables.ts';
import { translator } from '../../src/i18n/messages.ts';
import { datasetIn, loadDatasets, unitWords } from '../../src/datasets/index.ts';
import { formatIssue } from '../../src/report/errors.ts';
import { fixtureReport as report } from '../unit/data.ts';
import { fixtureRoot } from '../helpers/paths.ts';

const catalogue = report.catalogues.get('de');
if (catalogue === undefined) throw new Error('the fixture has no German messages');
const de = { tables: tablesOf(report, 'de'), locale: 'de', t: translator('de', catalogue) };
const en = { tables: tablesOf(report, 'en'), locale: 'en' };
const href = (): undefined => undefined;

describe('<Value> and <KeyFigures> in German', () => {
  it('writes the qualifier, the decimal comma and the unit in German', () => {
    expect(resolveValue({ dataset: 'key-figures', row: 'river-length', field: 'value' }, de).text).toBe('etwa 120 km');
    expect(resolveValue({ dataset: 'trade-flows', row: '2024, XA-NOR, XB-SOU', field: 'value' }, de).text).toBe('300,5 Tausend US-Dollar');
    expect(resolveValue({ dataset: 'population', row: 'XA-NOR, 2024', field: 'value' }, de).text).toBe('1.200 Einwohner');
  });
  it('chooses the unit’s plural form by the number, in both languages', () => {
    expect(resolveValue({ dataset: 'key-figures', row: 'boats-2024', field: 'value' }, de).text).toBe('10 Boote');
    expect(resolveValue({ dataset: 'key-figures', row: 'boats-2024', field: 'value' }, en).text).toBe('10 boats');
  });
  it('names where in the source in the locale’s words: a row’s own locator, and the descriptor’s', () => {
    expect(resolveValue({ dataset: 'key-figures', row: 'river-length', field: 'value' }, de).sources).toEqual([
      { ref: 'sample-2025', locator: 'Abschnitt 1' },
    ]);
    expect(resolveValue({ dataset: 'population', row: 'XA-NOR, 2024', field: 'value' }, de).sources).toEqual([
      { ref: 'valley-stats-2024', locator: 'Tabelle 1' },
    ]);
    expect(resolveValue({ dataset: 'population', row: 'XA-NOR, 2024', field: 'value' }, en).sources[0]?.locator).toBe('Table 1');
  });
  it('counts in the locale’s words and names the datum in its words', () => {
    expect(resolveValue({ dataset: 'countries', aggregate: 'count' }, de).text).toBe('zwei');
    expect(resolveValue({ dataset: 'countries', aggregate: 'count' }, de).what).toBe('2 von 2 Zeilen von Die beiden Länder am Fluss');
  });
  it('labels each card with the row’s German label, and keys rows as the data writes them', () => {
    const [card] = keyFigureCards({ dataset: 'key-figures', rows: ['river-length'], label: 'label' }, de);
    expect(card?.label).toBe('Länge des gemeinsamen Flusses');
    expect(card?.parts.qualifier).toBe('etwa');
  });
});

describe('<Table> in German', () => {
  const m = tableModel(
    { dataset: 'river-freight', filter: 'year = 2024 and valley = North', columns: ['valley', 'tonnes'], total: true, caption: 'x' },
    de,
  );
  it('heads columns with the fields’ German titles and units, and totals under "Summe"', () => {
    expect(m.headings.map((h) => h.label)).toEqual(['Ladetal', 'Fracht, Tausend Tonnen']);
    expect(m.foot?.label).toBe('Summe');
  });
  it('shows the translated column’s German texts, though the filter names the English value', () => {
    expect(m.groups[0]?.rows[0]?.[0]?.text).toBe('Nord');
  });
});

describe('<Chart> and <Map> in German', () => {
  it('draws a chart with German series, axis title, decimal comma and description', () => {
    const c = chartContent(
      { id: 'fig-x', caption: 'x', dataset: 'trade-flows', mark: 'bar', x: 'value', y: 'from', filter: 'year = 2024' },
      reportChartContext(report, 'de'),
    );
    expect(c.description).toMatch(/^2 Balken, insgesamt 400,0 Tausend US-Dollar\. Am größten ist XA-NOR, 300,5 \(75,1% der Summe\)/);
    expect(c.table.columns.map((col) => col.label)).toEqual(['Ausführendes Tal', 'Wert (Tausend US-Dollar)', 'Anteil an der Summe']);
    expect(c.table.foot?.[0]).toBe('Summe');
  });
  it('draws a map with German words and numbers', () => {
    const m = reportMap(
      report,
      { id: 'fig-x', mark: 'choropleth', dataset: 'population', region: 'region', value: 'value', filter: 'year = 2024', caption: 'x' },
      href,
      'de',
    );
    expect(m.description).toMatch(/^2 Regionen, insgesamt 2\.000 Einwohner\. XA-NOR hat am meisten, 1\.200 \(60,0% der Summe\)/);
    expect(m.table.columns.map((c) => c.label)).toEqual(['Region', 'Bevölkerung (Einwohner)', 'Anteil an der Summe']);
    expect(m.table.foot?.[0]).toBe('Summe');
    expect(m.svg).toContain('Keine Daten');
  });
  it('joins a point to its place by the key as written, and names the place in German', () => {
    const m = reportMap(report, { id: 'fig-x', mark: 'points', dataset: 'forums', at: 'city', places: 'places', caption: 'x' }, href, 'de');
    expect(m.table.rows.map((r) => r[1])).toContain('Nordstadt');
    expect(m.table.columns[0]?.label).toBe('Punkt');
  });
});

describe('units in Russian', () => {
  const units = {
    documents: {
      ru: {
        one: 'документ',
        few: 'документа',
        many: 'документов',
        other: 'документа',
        qualified: { one: 'документа', other: 'документов' },
      },
    },
  };
  const word = (n: number, qualified = false): string => unitWords(units, 'documents', 'ru', n, qualified);
  it('take the form Intl.PluralRules gives the number', () => {
    expect([1, 2, 5, 21, 22, 300].map((n) => word(n))).toEqual([
      'документ',
      'документа',
      'документов',
      'документ',
      'документа',
      'документов',
    ]);
  });
  it('take the genitive after a qualifier: «около 21 документа», «более 300 документов»', () => {
    expect([21, 22, 300].map((n) => word(n, true))).toEqual(['документа', 'документов', 'документов']);
  });
  it('stay as written without a translation', () => {
    expect(unitWords(units, 'documents', 'de', 3)).toBe('documents');
  });
});

describe('a missing translation stops the build', () => {
  const copy = (edit: (root: string) => void): string => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'locale-'));
    fs.cpSync(fixtureRoot, root, { recursive: true });
    edit(root);
    return root;
  };
  const issuesOf = (root: string): string[] => {
    const refs = new Set(report.data.references.map((r) => r.id));
    const builtIn = new Map([['regions', { file: 'data/regions.yaml', ids: new Set(report.data.regions.map((r) => r.id)) }]]);
    const out = loadDatasets(root, refs, builtIn, ['de']).issues.map(formatIssue);
    fs.rmSync(root, { recursive: true });
    return out;
  };
  const change = (root: string, file: string, from: string, to: string): void => {
    const f = path.join(root, file);
    const text = fs.readFileSync(f, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    fs.writeFileSync(f, text.replace(from, to));
  };

  it('a row without its translation names the file, line, row, field and locale', () => {
    const issues = issuesOf(copy((r) => change(r, 'data/key-figures.yaml', '  label@de: Boote des gemeinsamen Dienstes 2024\n', '')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^ {2}data\/key-figures\.yaml:\d+ {2}key-figures\[boats-2024\] › label@de\n/);
    expect(issues[0]).toContain('missing the "de" translation of "label"');
  });
  it('an empty translated cell in a CSV, named the same way', () => {
    const issues = issuesOf(copy((r) => change(r, 'data/countries.csv', 'XB,Southland,Südland', 'XB,Southland,')));
    expect(issues).toEqual([
      expect.stringMatching(
        /^ {2}data\/countries\.csv:3 {2}countries\[XB\] › name@de\n\s+missing the "de" translation of "name" \("Southland"\)/s,
      ),
    ]);
  });
  it('a descriptor or field title without its translation', () => {
    const issues = issuesOf(copy((r) => change(r, 'data/places.resource.yaml', 'title@de: Orte\n', '')));
    expect(issues).toEqual([
      expect.stringMatching(
        /^ {2}data\/places\.resource\.yaml:3 {2}datasets\[places\] › title@de\n\s+missing the "de" translation of "title"/s,
      ),
    ]);
  });
  it('a descriptor’s source without its locator in the locale', () => {
    const issues = issuesOf(copy((r) => change(r, 'data/population.resource.yaml', '    locator@de: Tabelle 1\n', '')));
    expect(issues).toEqual([
      expect.stringMatching(/datasets\[population\] source 1 › locator@de\n\s+missing the "de" translation of "locator"/s),
    ]);
  });
  it('a unit without its words in the locale', () => {
    const issues = issuesOf(copy((r) => change(r, 'data/key-figures.resource.yaml', '  km: { de: km }\n', '')));
    expect(issues).toEqual([expect.stringMatching(/key-figures\[river-length\] › unit\n.*missing the "de" words of the unit "km"/s)]);
  });
  it('a translation of an undeclared locale, or of a field not declared translatable', () => {
    expect(issuesOf(copy((r) => change(r, 'data/places.resource.yaml', 'title@de: Orte', 'title@fr: Lieux')))).toEqual(
      expect.arrayContaining([expect.stringContaining('"fr" is not a locale of the site')]),
    );
    const notTranslatable = issuesOf(copy((r) => change(r, 'data/countries.resource.yaml', ', translatable: true }', ' }')));
    expect(notTranslatable).toEqual([expect.stringContaining('the field "name" is not declared translatable')]);
  });
});

describe('datasetIn: a dataset as another language’s page lists it', () => {
  it('gives the title, field titles, units and locators in the locale, and leaves the rows as read', () => {
    const d = report.datasets.find((x) => x.name === 'population');
    if (d === undefined) throw new Error('no population dataset');
    const g = datasetIn(d, 'de');
    expect([g.title, g.schema.fields.map((f) => f.title), g.schema.fields[2]?.unit, g.sources[0]?.locator]).toEqual([
      'Bevölkerung der Täler',
      ['Tal', 'Jahr', 'Bevölkerung'],
      'Einwohner',
      'Tabelle 1',
    ]);
    expect(g.rows).toBe(d.rows);
    expect(datasetIn(d, 'en').title).toBe('Population of the valleys');
  });
});
