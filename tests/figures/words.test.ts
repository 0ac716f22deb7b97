/**
 * The last English words of a figure on another language's page: the
 * "Figure N" label, the headings of the built-in collections' fields, and the
 * coded values a locator map groups by, all in the page's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartContent, reportChartContext } from '../../src/figures/chart/index.ts';
import { reportMap } from '../../src/figures/map/index.ts';
import { tablesOf } from '../../src/grammar/tables.ts';
import { en, ru } from '../../src/i18n/catalogues.ts';
import { translator } from '../../src/i18n/messages.ts';
import { labelIn } from '../../src/lib/numbering.ts';
import { loadReport } from '../../src/report/load.ts';
import { copyFixture, removeCopies } from '../helpers/report-copy.ts';
import { fixtureReport as report } from '../unit/data.ts';

afterAll(removeCopies);
const href = (): undefined => undefined;
const catalogue = report.catalogues.get('de');
if (catalogue === undefined) throw new Error('the fixture has no German messages');

describe('labelIn', () => {
  it('calls a figure and a table by the words of the page’s language', () => {
    expect(labelIn({ kind: 'figure', number: 3 }, translator('ru', ru))).toBe('Рисунок 3');
    expect(labelIn({ kind: 'table', number: 1 }, translator('ru', ru))).toBe('Таблица 1');
    expect(labelIn({ kind: 'figure', number: 2 }, translator('en', en))).toBe('Figure 2');
    expect(labelIn({ kind: 'table', number: 2 }, translator('de', catalogue))).toBe(`${String(catalogue['figure.table'])} 2`);
  });
});

describe('the built-in collections’ field titles', () => {
  it('titles their columns from the messages of each locale', () => {
    const title = (code: string | undefined, table: string, field: string): string | undefined =>
      tablesOf(report, code)
        .get(table)
        ?.columns.find((c) => c.name === field)?.title;
    expect(title(undefined, 'regions', 'country')).toBe('Country');
    expect(title('de', 'regions', 'country')).toBe('Land');
    expect(title('de', 'forums', 'city')).toBe('Stadt');
    expect(ru['field.forums.city']).toBe('Город');
  });
  it('heads a map’s data table with them, in German', () => {
    const points = reportMap(
      report,
      { id: 'fig-x', mark: 'points', dataset: 'forums', at: 'city', places: 'places', caption: 'x' },
      href,
      'de',
    );
    expect(points.table.columns.map((c) => c.label)).toEqual(['Punkt', 'Stadt']);
    const locator = reportMap(report, { id: 'fig-x', mark: 'locator', dataset: 'regions', colour: 'country', caption: 'x' }, href, 'de');
    expect(locator.table.columns.map((c) => c.label)).toEqual(['Region', 'Land']);
  });
  it('gives every built-in field key in English a Russian text', () => {
    const keys = Object.keys(en).filter((k) => k.startsWith('field.'));
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => typeof ru[k] !== 'string')).toEqual([]);
  });
});

describe('a timeline’s data table', () => {
  const instruments = {
    id: 'fig-x',
    caption: 'x',
    dataset: 'instruments',
    mark: 'timeline',
    x: 'signed',
    y: 'level',
    label: '{shortTitle} ({signed})',
  };
  const forums = { id: 'fig-y', caption: 'y', dataset: 'forums', mark: 'timeline', x: 'date', label: '{number}. {city} {date|year}' };
  const heading = (props: Record<string, unknown>, code: string): string | undefined =>
    chartContent(props, reportChartContext(report, code)).table.columns[0]?.label;
  it('heads its labels with the titles of the fields the template reads, in the page’s language', () => {
    expect(heading(instruments, 'en')).toBe('Instrument, Signed');
    expect(heading(instruments, 'de')).toBe('Dokument, Unterzeichnet');
    expect(heading(forums, 'de')).toBe('Nummer, Stadt, Datum');
  });
});

describe('a locator map grouped by a country code', () => {
  // A copy of the fixture whose parties include the two states, named in both languages.
  const root = copyFixture();
  const parties = path.join(root, 'data/parties.yaml');
  fs.appendFileSync(
    parties,
    [
      '- id: state-xa\n  name: Land of XA\n  name@de: Land XA\n  kind: state\n  country: XA\n  source: { ref: sample-2025, locator: section 1, "locator@de": Abschnitt 1 }',
      '- id: state-xb\n  name: Land of XB\n  name@de: Land XB\n  kind: state\n  country: XB\n  source: { ref: sample-2025, locator: section 1, "locator@de": Abschnitt 1 }',
      '',
    ].join('\n'),
  );
  const copy = loadReport(root);
  const props = { id: 'fig-x', mark: 'locator', dataset: 'regions', filter: 'border = true', colour: 'country', caption: 'x' };
  it('names the state, not its code, in the description, legend and table; the CSV keeps the code', () => {
    const m = reportMap(copy, props, href, 'de');
    expect(m.description).toContain('in Land XA');
    expect(m.description).not.toMatch(/in XA\b/);
    expect(m.table.rows.map((r) => r[1])).toContain('Land XB');
    expect(m.table.csvRows.map((r) => r[2])).toContain('XA');
    expect(m.svg).toContain('Land XA');
  });
  it('names it in the default language on the default edition', () => {
    expect(reportMap(copy, props, href).description).toContain('in Land of XA');
  });
});
