/**
 * Renders a chart model to SVG at build time: Chart.js drawing on a
 * @napi-rs/canvas SVG canvas, with the site's own font registered so text is
 * measured as the page sets it. The output is post-processed into small,
 * deterministic SVG whose colours follow the page's scheme through classes.
 *
 * Only the site's font is ever used: it is registered under a private family
 * name no system font has, every font the chart asks for is mapped to it, and a
 * string with a character the font lacks stops the render, naming the string
 * and the figure (the canvas would otherwise take the glyph from whatever
 * system font it finds, and the SVG would differ from machine to machine).
 * @see ../../../shared/notes/STACK.md (Chart.js at build time)
 */
import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { chartFont, chartConfig, type ChartModel } from './config.ts';
import { themeSvg } from './svg.ts';
import { sentinelPalette } from './palette.ts';
import { chartFontFile, describeChar } from '../fonts/fonts.ts';

/** The family the canvas knows the site's font by: a name no installed font has, so none can stand in. */
const privateFamily = 'Report Build Sans';

let covered: ReadonlySet<number> | undefined;

/** Registers Chart.js's parts and the site's sans-serif font (src/fonts/faces.ts: the source the pages' files are cut from), once. */
function setUp(): ReadonlySet<number> {
  if (covered) return covered;
  Chart.register(...registerables);
  const font = chartFontFile();
  if (GlobalFonts.register(Buffer.from(font.sfnt), privateFamily) === null)
    throw new Error(`the canvas could not register the ${font.family} font`);
  covered = font.codePoints;
  return covered;
}

/** A string the chart draws that the font cannot: an error naming the figure, the string and the characters. */
export function checkDrawable(text: string, figure: string, codePoints: ReadonlySet<number>): void {
  const missing = [...new Set([...text].filter((ch) => !codePoints.has(ch.codePointAt(0) ?? 0) && !/[\n\r\t]/.test(ch)))];
  if (missing.length === 0) return;
  throw new Error(
    `figure "${figure}": the chart text "${text}" has ${missing.map((ch) => describeChar(ch.codePointAt(0) ?? 0)).join(', ')}, ` +
      "which the site's font (Source Sans 3) does not have; use another character (for example in the data or the label)",
  );
}

/** Chart.js's font strings name the page's stack; on the canvas they name the private family instead. */
const onCanvas = (font: string): string => font.replace(chartFont, `'${privateFamily}'`);

/**
 * The chart as SVG markup. `prefix` makes its internal ids (clip paths) unique
 * on a page that holds several figures.
 */
export function renderChartSvg(model: ChartModel, prefix: string): string {
  const codePoints = setUp();
  const canvas = createCanvas(model.width, model.height, SvgExportFlag.NoPrettyXML);
  const ctx = canvas.getContext('2d');
  const proto = Object.getPrototypeOf(ctx) as object;
  const fontProperty = Object.getOwnPropertyDescriptor(proto, 'font');
  if (!fontProperty?.get || !fontProperty.set) throw new Error('the canvas context has no font property');
  const { get: getFont, set: setFont } = fontProperty;
  Object.defineProperty(ctx, 'font', {
    get: () => getFont.call(ctx) as string,
    set: (value: string) => {
      const font = onCanvas(value);
      if (!font.includes(privateFamily))
        throw new Error(`figure "${prefix}": the chart asks for the font "${value}", which the site does not ship`);
      setFont.call(ctx, font);
    },
  });
  // Every string drawn, in order: the SVG writes each as several runs, which themeSvg joins again.
  const texts: string[] = [];
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number): void => {
    checkDrawable(text, prefix, codePoints);
    texts.push(text);
    if (maxWidth === undefined) fillText(text, x, y);
    else fillText(text, x, y, maxWidth);
  };
  const measureText = ctx.measureText.bind(ctx);
  ctx.measureText = (text: string): TextMetrics => {
    checkDrawable(text, prefix, codePoints);
    return measureText(text);
  };
  // Chart.js types the context as the DOM's; the napi canvas implements the same API.
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, chartConfig(model, sentinelPalette));
  const raw = canvas.getContent().toString('utf8');
  chart.destroy();
  return themeSvg(raw, { width: model.width, height: model.height, prefix, texts });
}
