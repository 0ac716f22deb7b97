/** What editors write in <Chart> and <Map>: an unknown dataset, kind or prop stops the build, naming file and prop. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figurePropIssues } from '../../src/charts/spec.ts';
import { parseProps } from '../../src/report/scan.ts';
import { chartContent } from '../../src/charts/figures.ts';
import { loadReport } from '../../src/report/load.ts';
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
  it('parses the props as MDX writes them', () => {
    expect(parseProps(' dataset="population" kind="bar" year={2015} ids={["a", "b"]} flag')).toEqual({
      dataset: 'population',
      kind: 'bar',
      year: 2015,
      ids: ['a', 'b'],
      flag: true,
    });
  });

  it('accepts a valid chart', () => {
    expect(figurePropIssues('Chart', { dataset: 'population', kind: 'bar', year: 2015 })).toEqual([]);
  });

  it.each([
    ['<Chart dataset="populaton" kind="bar" year={2015} />', 'dataset', /unknown dataset "populaton"/],
    ['<Chart dataset="population" kind="pie" year={2015} />', 'kind', /unknown kind "pie"/],
    ['<Chart dataset="population" kind="bar" yaer={2015} />', 'yaer', /unknown prop/],
    ['<Chart dataset="instruments" kind="timeline" by="colour" />', 'by', /unknown field "colour"/],
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

  it('an unknown key figure id in ids stops the build', () => {
    const error = reportErrorOf(withFigure('<Chart dataset="keyFigures" kind="bar" ids={["no-such-figure"]} />'));
    expect(error.message).toMatch(/no-such-figure/);
  });

  it('a year without data fails the render, naming the prop', () => {
    const report = loadReport(projectRoot);
    expect(() => chartContent({ dataset: 'population', kind: 'bar', year: 1990 }, report.data)).toThrow(/<Chart .*prop "year": no region/);
  });

  it('tokens.css holds the palette of src/charts/palette.ts', () => {
    const css = fs.readFileSync(path.join(projectRoot, 'src/styles/tokens.css'), 'utf8');
    for (const [name, { light, dark }] of Object.entries(colourTokens))
      expect(css).toContain(`--chart-${name}: light-dark(${light}, ${dark});`);
  });
});
