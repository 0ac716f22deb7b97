/** <Map> in the grammar (src/figures/map/): props by mark, channels over any table, and an editor's mistakes named with file, line and prop. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportMap } from '../../src/figures/map/index.ts';
import { parseMapProps } from '../../src/figures/map/props.ts';
import { textChannel, wrapLabel } from '../../src/figures/map/text.ts';
import { breaks } from '../../src/figures/map/choropleth.ts';
import { PropError } from '../../src/grammar/problem.ts';
import { tablesOf } from '../../src/grammar/tables.ts';
import { loadReport } from '../../src/report/load.ts';
import { copyFixture, edit, expectIssue, lineOf, removeCopies } from '../helpers/report-copy.ts';
import { fixtureRoot } from '../helpers/paths.ts';

afterAll(removeCopies);

const chapter = 'content/chapters/trade.mdx';
const choropleth = 'mark="choropleth" dataset="population" region="region" value="value" filter="year = 2024"';

function propError(f: () => unknown): PropError {
  try {
    f();
  } catch (e) {
    if (e instanceof PropError) return e;
    throw e;
  }
  return expect.unreachable('no PropError');
}

/** A copy of the fixture report whose chapter places `tag`, and the line it is on. */
function withTag(tag: string, prepare: (root: string) => void = () => undefined): { root: string; line: number } {
  const root = copyFixture();
  prepare(root);
  fs.appendFileSync(path.join(root, chapter), `\n\n${tag}\n`);
  return { root, line: lineOf(root, chapter, tag) };
}

const href = (table: string, id: string): string | undefined => (table === 'regions' ? `/regions/${id.toLowerCase()}/` : undefined);

describe('<Map> props', () => {
  it('names an unknown prop with the ones a map takes and the nearest', () => {
    const e = propError(() => parseMapProps({ id: 'fig-x', caption: 'x', mark: 'choropleth', dataset: 'regions', regoin: 'id' }));
    expect(e.prop).toBe('regoin');
    expect(e.message).toMatch(/unknown prop of <Map>; it takes: .*"region".*Did you mean "region"\?/);
  });

  it('names a prop its mark does not take, and one it needs', () => {
    const other = propError(() => parseMapProps({ id: 'fig-x', caption: 'x', mark: 'locator', dataset: 'regions', from: 'from' }));
    expect([other.prop, other.message]).toEqual(['from', expect.stringMatching(/mark "locator" does not take it; it takes: .*"colour"/)]);
    const missing = propError(() => parseMapProps({ id: 'fig-x', caption: 'x', mark: 'flows', dataset: 'trade-flows', from: 'from' }));
    expect([missing.prop, missing.message]).toEqual(['to', expect.stringMatching(/missing; a map of mark "flows" needs it/)]);
  });

  it('needs an id, a caption and a known mark', () => {
    expect(propError(() => parseMapProps({ caption: 'x', mark: 'locator', dataset: 'regions' })).prop).toBe('id');
    expect(propError(() => parseMapProps({ id: 'fig-x', caption: 'x', mark: 'dots', dataset: 'regions' })).message).toMatch(/"points"/);
  });
});

describe('<Map> channels', () => {
  const tables = tablesOf(loadReport(fixtureRoot));
  const forums = tables.get('forums');
  if (!forums) throw new Error('no forums table');

  it('wraps long labels at spaces, never inside a word', () => {
    expect(wrapLabel('East Kazakhstan')).toBe('East\nKazakhstan');
    expect(wrapLabel('Altai Krai')).toBe('Altai\nKrai');
    expect(wrapLabel('Novosibirsk')).toBe('Novosibirsk');
    expect(wrapLabel('Omsk')).toBe('Omsk');
  });

  it('reads templates with "year" and "roman", a missing value printing nothing', () => {
    const label = textChannel(tables, forums, '{number|roman} {city} {date|year}', 'label');
    expect(forums.rows.map(label)).toContain('I Northtown 2021');
    expect(propError(() => textChannel(tables, forums, '{city|upper}', 'label')).message).toMatch(/unknown function "upper"/);
  });

  it('puts class breaks at round numbers between the extremes', () => {
    expect(breaks([100, 1000], 3)).toEqual([400, 700]);
  });
});

describe('<Map> draws any table', () => {
  const report = loadReport(fixtureRoot);
  const base = { id: 'fig-test-map', caption: 'A test map' };

  it('a choropleth takes its classes from a list of breaks, and links regions that have pages', () => {
    const map = reportMap(
      report,
      {
        ...base,
        mark: 'choropleth',
        dataset: 'population',
        region: 'region',
        value: 'value',
        filter: 'year = 2024',
        classes: ['1000'],
      },
      href,
    );
    expect(map.svg.match(/<rect /g)).toHaveLength(3); // two classes and "No data"
    expect(map.links.map((l) => l.href)).toEqual(expect.arrayContaining(['/regions/xa-nor/']));
    expect(map.description).toMatch(/^2 regions, 2,000 people in all\. XA-NOR has the most, 1,200 \(60\.0% of the total\)/);
  });

  it('regions of a table without pages are drawn, not linked', () => {
    const map = reportMap(report, { ...base, mark: 'locator', dataset: 'regions', filter: 'border = true' }, () => undefined);
    expect(map.svg).not.toContain('<a ');
    expect(map.links).toEqual([]);
    expect(map.svg).toContain('role="img" aria-label="XA-NOR"');
  });
});

describe('<Map> mistakes stop the build, naming the MDX file, line and prop', () => {
  it('a region code not in the boundary file, with how to add it', () => {
    const { root, line } = withTag(
      `<Map id="fig-extra-map" mark="choropleth" dataset="counts" region="region" value="value" caption="x" />`,
      (r) => {
        fs.writeFileSync(path.join(r, 'data/counts.csv'), 'region,value\nXA-NOR,1\nXZ-NOW,2\nXZ-HERE,3\n');
        fs.writeFileSync(
          path.join(r, 'data/counts.resource.yaml'),
          'name: counts\npath: counts.csv\ntitle: Counts\nschema:\n  fields:\n    - { name: region, type: string }\n    - { name: value, type: integer }\nsources:\n  - title: Invented for the test\n',
        );
      },
    );
    const issue = expectIssue(root, {
      file: chapter,
      line,
      field: 'region',
      message: /no boundary for "XZ-HERE", "XZ-NOW" in data\/geo\/regions\.topo\.json/,
    });
    expect(issue.message).toMatch(/data\/geo\/selection\.json and run "npm run topology"/);
    expect(issue.entry).toBe('<Map id="fig-extra-map">');
  });

  it('an unknown field, listing the fields', () => {
    const { root, line } = withTag(`<Map id="fig-extra-map" ${choropleth.replace('value="value"', 'value="vaule"')} caption="x" />`);
    expectIssue(root, {
      file: chapter,
      line,
      field: 'value',
      message: /dataset "population" has no field "vaule"; its fields: .*"value".*Did you mean "value"\?/,
    });
  });

  it('a value field that holds no numbers', () => {
    const { root, line } = withTag(`<Map id="fig-extra-map" ${choropleth.replace('value="value"', 'value="region"')} caption="x" />`);
    expectIssue(root, {
      file: chapter,
      line,
      field: 'value',
      message: /"region" is a string field; a map's value needs a number field/,
    });
  });

  it('a place without coordinates', () => {
    const { root, line } = withTag(`<Map id="fig-extra-map" mark="points" dataset="forums" at="city" places="places" caption="x" />`, (r) =>
      edit(r, 'data/places.csv', 'Northtown,Nordstadt,51,61', 'Northtown,Nordstadt,,61'),
    );
    expectIssue(root, {
      file: chapter,
      line,
      field: 'places',
      message: /place "Northtown" \(data\/places\.csv, line 2\) has no coordinates/,
    });
  });

  it('a row at a place the places dataset lacks', () => {
    const { root, line } = withTag(`<Map id="fig-extra-map" mark="points" dataset="forums" at="city" places="places" caption="x" />`, (r) =>
      edit(r, 'data/places.csv', 'Northtown,Nordstadt,51,61', 'Southtown,Südstadt,51,61'),
    );
    expectIssue(root, {
      file: chapter,
      line,
      field: 'at',
      message: /is at "Northtown", which dataset "places" \(data\/places\.csv\) does not have/,
    });
  });

  it('boundaries come from site.yaml maps.boundaries; a missing file is named', () => {
    const { root, line } = withTag(`<Map id="fig-extra-map" ${choropleth} caption="x" />`, (r) =>
      fs.appendFileSync(path.join(r, 'content/site.yaml'), '\nmaps:\n  boundaries: data/geo/elsewhere.topo.json\n'),
    );
    expectIssue(root, { file: chapter, line, field: 'boundaries', message: /data\/geo\/elsewhere\.topo\.json: file not found/ });
    fs.copyFileSync(path.join(root, 'data/geo/regions.topo.json'), path.join(root, 'data/geo/elsewhere.topo.json'));
    expect(() => loadReport(root)).not.toThrow();
  });
});
