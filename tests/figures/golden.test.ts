/**
 * Golden files of the chart and map SVG: each figure the real report places is
 * rendered and compared byte for byte with tests/golden/<id>.svg. On a mismatch
 * a <id>-changed.svg is written beside it to diff; UPDATE_GOLDEN=1 rewrites
 * the golden files. Rendering twice must give identical bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartContent } from '../../src/charts/figures.ts';
import { renderChartSvg } from '../../src/charts/render.ts';
import { figureUsages } from '../../src/charts/usage.ts';
import { loadGeo } from '../../src/maps/geo.ts';
import { mapContent } from '../../src/maps/figures.ts';
import { loadReport } from '../../src/report/load.ts';
import { projectRoot } from '../helpers/paths.ts';

const goldenDir = path.join(projectRoot, 'tests/golden');
const report = loadReport(projectRoot);
const usages = figureUsages(report);
const href = (id: string): string => `/regions/${id.toLowerCase()}/`;

function render(u: (typeof usages)[number]): string {
  if (u.component === 'Map') return mapContent(u.props, report.data, loadGeo(projectRoot), href).svg;
  const c = chartContent(u.props, report.data);
  if (!c.chart) throw new Error(`no chart for ${u.id}`);
  return renderChartSvg(c.chart, c.id);
}

describe('figure SVG', () => {
  it('the chapters place at least six charts and four maps', () => {
    expect(usages.filter((u) => u.component === 'Chart').length).toBeGreaterThanOrEqual(6);
    expect(usages.filter((u) => u.component === 'Map').length).toBeGreaterThanOrEqual(4);
  });

  it.each(usages.map((u) => [u.id, u] as const))('%s matches its golden file', (id, u) => {
    const svg = render(u);
    const golden = path.join(goldenDir, `${id}.svg`);
    const changed = path.join(goldenDir, `${id}-changed.svg`);
    if (process.env['UPDATE_GOLDEN'] || !fs.existsSync(golden)) {
      fs.writeFileSync(golden, svg);
      fs.rmSync(changed, { force: true });
      return;
    }
    const expected = fs.readFileSync(golden, 'utf8');
    if (svg !== expected) fs.writeFileSync(changed, svg);
    else fs.rmSync(changed, { force: true });
    expect(
      svg === expected,
      `${id}.svg differs from its golden file; see ${path.relative(projectRoot, changed)} (UPDATE_GOLDEN=1 accepts it)`,
    ).toBe(true);
  });

  it.each(usages.map((u) => [u.id, u] as const))('%s renders byte-identically twice', (_id, u) => {
    expect(render(u)).toBe(render(u));
  });

  it('chart SVG is themeable and self-contained: token classes, a viewBox, ids under the figure id', () => {
    const u = usages.find((x) => x.component === 'Chart');
    if (!u) throw new Error('no chart');
    const svg = render(u);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('class="f-text"');
    expect(svg).not.toMatch(/#0a00[0-9a-f]{2}/i); // no sentinel colour left
    for (const m of svg.matchAll(/id="([^"]+)"/g)) expect(m[1]).toMatch(new RegExp(`^${u.id}-`));
  });

  it('maps make each region with data a link with an accessible name and a tooltip', () => {
    const u = usages.find((x) => x.component === 'Map' && x.props.kind === 'locator');
    if (!u) throw new Error('no locator map');
    const svg = render(u);
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"><title>([^<]+)<\/title>/g)];
    expect(links.length).toBe(report.data.regions.filter((r) => r.border).length);
    for (const l of links) expect(l[3]).toBe(l[2]);
  });
});
