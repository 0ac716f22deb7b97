/**
 * Renders a chart model to SVG at build time: Chart.js drawing on a
 * @napi-rs/canvas SVG canvas, with the site's own font registered so text is
 * measured as the page sets it. The output is post-processed into small,
 * deterministic SVG whose colours follow the page's scheme through classes.
 * @see ../../../shared/notes/STACK.md (Chart.js at build time)
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { chartConfig, type ChartModel } from './config.ts';
import { themeSvg } from './svg.ts';
import { sentinelPalette } from './palette.ts';

let ready = false;

/** Registers Chart.js's parts and the site's sans-serif font (the same woff2 the pages load), once. */
function setUp(): void {
  if (ready) return;
  Chart.register(...registerables);
  const require = createRequire(import.meta.url);
  for (const subset of ['latin', 'latin-ext', 'cyrillic']) {
    const file = require.resolve(`@fontsource-variable/source-sans-3/files/source-sans-3-${subset}-wght-normal.woff2`);
    GlobalFonts.registerFromPath(file, 'Source Sans 3 Variable');
  }
  ready = true;
}

/**
 * The chart as SVG markup. `prefix` makes its internal ids (clip paths) unique
 * on a page that holds several figures.
 */
export function renderChartSvg(model: ChartModel, prefix: string): string {
  setUp();
  const canvas = createCanvas(model.width, model.height, SvgExportFlag.NoPrettyXML);
  const ctx = canvas.getContext('2d');
  // Every string drawn, in order: the SVG writes each as several runs, which themeSvg joins again.
  const texts: string[] = [];
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number): void => {
    texts.push(text);
    if (maxWidth === undefined) fillText(text, x, y);
    else fillText(text, x, y, maxWidth);
  };
  // Chart.js types the context as the DOM's; the napi canvas implements the same API.
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, chartConfig(model, sentinelPalette));
  const raw = canvas.getContent().toString('utf8');
  chart.destroy();
  return themeSvg(raw, { width: model.width, height: model.height, prefix, texts });
}
