/** The chart renderer uses only the site's font: a character it lacks stops the render, naming the string and the figure. */
import { describe, expect, it } from 'vitest';
import { checkDrawable, renderChartSvg } from '../../src/charts/render.ts';
import { chartFontFile } from '../../src/fonts/fonts.ts';
import type { ChartModel } from '../../src/charts/config.ts';
import { chartContent, reportChartContext } from '../../src/figures/chart/index.ts';
import { report, usages } from './fixture-figures.ts';

describe('the chart font', () => {
  const { codePoints } = chartFontFile();

  it('covers the arrows and Cyrillic the charts draw', () => {
    for (const ch of '→←↗ АБВабв–—“”') expect(codePoints.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
  });

  it('a string with a character the font lacks is an error naming the figure, the string and the character', () => {
    expect(() => checkDrawable('North ↩ South', 'fig-x', codePoints)).toThrow(/figure "fig-x".*"North ↩ South".*U\+21A9 \(↩\)/);
    expect(() => checkDrawable('North → South', 'fig-x', codePoints)).not.toThrow();
  });

  it('rendering a chart whose label has such a character fails', () => {
    const u = usages.find((x) => x.component === 'Chart' && x.props['mark'] === 'bar');
    if (!u) throw new Error('no bar chart in the fixture');
    const chart = chartContent(u.props, reportChartContext(report)).chart as ChartModel;
    if (chart.type !== 'bar') throw new Error('expected a bar chart');
    const broken: ChartModel = { ...chart, valueTitle: `${chart.valueTitle} ☃` };
    expect(() => renderChartSvg(broken, 'fig-snowman')).toThrow(/figure "fig-snowman".*U\+2603/);
  });
});
