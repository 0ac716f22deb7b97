/** What editors write in <Chart> and <Map>: an unknown dataset, mark, kind or prop stops the build, naming file, line and prop. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProps, scanChapter } from '../../src/report/scan.ts';
import { copyFixture, lineOf, removeCopies, reportErrorOf } from '../helpers/report-copy.ts';
import { colourTokens } from '../../src/charts/palette.ts';
import { projectRoot } from '../helpers/paths.ts';

afterAll(removeCopies);

function withFigure(tag: string): string {
  const root = copyFixture();
  const file = path.join(root, 'content/chapters/trade.mdx');
  fs.appendFileSync(file, `\n\n${tag}\n`);
  return root;
}

describe('figure props', () => {
  it('reads a quoted prop holding ">" or "<" as part of the tag', () => {
    const [tag] = scanChapter('<Chart id="fig-x" filter="year >= 2020 and value < 5" mark="bar" />').tags;
    expect(tag?.props).toEqual({ id: 'fig-x', filter: 'year >= 2020 and value < 5', mark: 'bar' });
  });

  it('parses the props as MDX writes them', () => {
    expect(parseProps(' dataset="population" kind="bar" year={2015} ids={["a", "b"]} flag')).toEqual({
      dataset: 'population',
      kind: 'bar',
      year: 2015,
      ids: ['a', 'b'],
      flag: true,
    });
  });

  it.each([
    [
      '<Chart id="fig-t" caption="T" dataset="river-freigt" mark="line" x="year" y="tonnes" />',
      'dataset',
      /unknown dataset "river-freigt"/,
    ],
    ['<Chart id="fig-t" caption="T" dataset="river-freight" mark="pie" x="year" y="tonnes" />', 'mark', /unknown mark "pie"/],
    [
      '<Chart id="fig-t" caption="T" dataset="river-freight" mark="line" x="year" y="tonnes" colur="valley" />',
      'colur',
      /unknown prop of <Chart>; did you mean "colour"/,
    ],
    ['<Chart id="fig-t" caption="T" dataset="river-freight" mark="line" x="year" y="tones" />', 'y', /has no field "tones".*"tonnes"/],
    ['<Chart caption="T" dataset="river-freight" mark="line" x="year" y="tonnes" />', 'id', /missing/],
    ['<Map id="fig-m" caption="M" mark="choroplet" dataset="population" region="region" value="value" />', 'mark', /choroplet/],
  ])('%s stops the build naming the file, line and prop', (tag, prop, message) => {
    const root = withFigure(tag);
    const error = reportErrorOf(root);
    const issue = error.issues.find((i) => i.file === 'content/chapters/trade.mdx' && i.field === prop);
    expect(issue, error.message).toBeDefined();
    expect(issue?.message).toMatch(message);
    expect(issue?.line).toBe(lineOf(root, 'content/chapters/trade.mdx', tag));
    expect(error.message).toContain('content/chapters/trade.mdx');
    expect(error.message).toContain(`prop "${prop}"`);
  });

  it('tokens.css holds the palette of src/charts/palette.ts', () => {
    const css = fs.readFileSync(path.join(projectRoot, 'src/styles/tokens.css'), 'utf8');
    for (const [name, { light, dark }] of Object.entries(colourTokens))
      expect(css).toContain(`--chart-${name}: light-dark(${light}, ${dark});`);
  });
});
