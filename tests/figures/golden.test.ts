/**
 * Golden files of the chart and map SVG: each figure the fixture report places
 * (every chart and map kind) is rendered and compared byte for byte with
 * tests/golden/<id>.svg. A test never writes a golden file: a mismatch writes
 * <id>-changed.svg beside it to diff, and a missing or outdated golden file is
 * made by `npm run golden`. Rendering twice must give identical bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { marks as chartMarks } from '../../src/figures/chart/props.ts';
import { marks as mapMarks } from '../../src/figures/map/props.ts';
import { projectRoot } from '../helpers/paths.ts';
import { changedFile, goldenCases, goldenFile, renderFigure, report, usages } from './fixture-figures.ts';

const rel = (file: string): string => path.relative(projectRoot, file);

describe('figure SVG', () => {
  it('the fixture places every chart mark and map mark', () => {
    const placed = (component: string, prop: string): Set<unknown> =>
      new Set(usages.filter((u) => u.component === component).map((u) => (u.props as Record<string, unknown>)[prop]));
    expect([...placed('Chart', 'mark')].sort()).toEqual([...chartMarks].sort());
    expect([...placed('Map', 'mark')].sort()).toEqual([...mapMarks].sort());
  });

  it.each(goldenCases.map((c) => [c.name, c] as const))('%s matches its golden file', (_name, { u, locale }) => {
    const svg = renderFigure(u, locale);
    const golden = goldenFile(u.id, locale);
    const changed = changedFile(u.id, locale);
    if (!fs.existsSync(golden)) {
      fs.writeFileSync(changed, svg);
      expect.fail(`${rel(golden)} is missing; run "npm run golden" to make it (this run wrote ${rel(changed)} to look at)`);
    }
    const expected = fs.readFileSync(golden, 'utf8');
    if (svg !== expected) fs.writeFileSync(changed, svg);
    else fs.rmSync(changed, { force: true });
    expect(svg === expected, `${rel(golden)} differs from the render; see ${rel(changed)}, and run "npm run golden" to accept it`).toBe(
      true,
    );
  });

  it.each(usages.map((u) => [u.id, u] as const))('%s renders byte-identically twice', (_id, u) => {
    expect(renderFigure(u)).toBe(renderFigure(u));
  });

  it('chart SVG is themeable and self-contained: token classes, a viewBox, ids under the figure id', () => {
    const u = usages.find((x) => x.component === 'Chart');
    if (!u) throw new Error('no chart');
    const svg = renderFigure(u);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('class="f-text"');
    expect(svg).not.toMatch(/#0a00[0-9a-f]{2}/i); // no sentinel colour left
    for (const m of svg.matchAll(/id="([^"]+)"/g)) expect(m[1]).toMatch(new RegExp(`^${u.id}-`));
  });

  it('charts name only the site font: the page sets them in Source Sans 3', () => {
    for (const u of usages.filter((x) => x.component === 'Chart'))
      for (const m of renderFigure(u).matchAll(/font-family="([^"]*)"/g)) expect(m[1]).toBe('&apos;Source Sans 3&apos;, sans-serif');
  });

  it('maps make each region with data a link with an accessible name and a tooltip', () => {
    const u = usages.find((x) => x.component === 'Map' && (x.props as Record<string, unknown>)['mark'] === 'locator');
    if (!u) throw new Error('no locator map');
    const svg = renderFigure(u);
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"><title>([^<]+)<\/title>/g)];
    expect(links.length).toBe(report.data.regions.filter((r) => r.border).length);
    for (const l of links) expect(l[3]).toBe(l[2]);
  });
});
