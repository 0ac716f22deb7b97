/**
 * A chart's model (plain, serialisable data: what the server renders and the
 * page embeds) and the Chart.js configuration made from it. Shared by the
 * build-time renderer and the interactive version in the browser, so both draw
 * the same chart; only the colours differ (sentinels on the server, the
 * page's computed colours in the browser).
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ColourToken, Palette } from './palette.ts';

export interface BarSeries {
  label: string;
  values: number[];
  colour: ColourToken;
  /** Text printed at the end of each bar, or none. */
  valueLabels?: string[];
}

export interface BarModel {
  type: 'bar';
  width: number;
  height: number;
  horizontal: boolean;
  stacked: boolean;
  log: boolean;
  /** Category labels; an array is one label on several lines. */
  labels: Array<string | string[]>;
  series: BarSeries[];
  /** Print the value labels inside the bars (stacked parts) rather than after them. */
  labelsInside?: boolean;
  /** Title of the value axis, with its unit. */
  valueTitle: string;
  /** How the value axis ticks are written. */
  ticks: 'number' | 'compact';
  /** The words of its numbers, when not the default ones (src/figures/chart/encode.ts numberWords). */
  numbers?: NumberWords;
  legend: boolean;
}

/** How a chart writes tick numbers: the locale of its marks, and its words for thousands, millions, billions ("{n}k"). */
export interface NumberWords {
  locale: string;
  thousands: string;
  millions: string;
  billions: string;
}

/** The words charts use when their model gives none. */
export const defaultNumberWords: NumberWords = { locale: 'en-GB', thousands: '{n}k', millions: '{n} m', billions: '{n} bn' };

export interface TimelinePoint {
  /** Decimal year. */
  x: number;
  /** Index into `rows`. */
  row: number;
  label: string;
  /** Hollow dots mark planned or uncertain entries. */
  hollow: boolean;
}

export interface TimelineModel {
  type: 'timeline';
  width: number;
  height: number;
  rows: string[];
  points: TimelinePoint[];
  xMin: number;
  xMax: number;
  /** Print each point's label beside it. */
  pointLabels: boolean;
  legend: Array<{ label: string; hollow: boolean }>;
}

export interface XYSeries {
  label: string;
  colour: ColourToken;
  points: Array<{ x: number; y: number }>;
  /** Text printed above each point, or none. */
  valueLabels?: string[];
}

/** Lines, areas or dots over a number, year or date axis (or evenly spaced categories). */
export interface XYModel {
  type: 'xy';
  mark: 'line' | 'area' | 'dot';
  width: number;
  height: number;
  log: boolean;
  /** Set when x is a text: the category of each position 0, 1, 2 … */
  xCategories?: string[];
  xTitle: string;
  valueTitle: string;
  ticks: 'number' | 'compact';
  numbers?: NumberWords;
  legend: boolean;
  series: XYSeries[];
}

export type ChartModel = BarModel | TimelineModel | XYModel;

/** The family charts are set in: the site's sans (src/fonts/faces.ts); on the build machine render.ts maps it to the registered font. */
export const chartFont = "'Source Sans 3', sans-serif";

const compact = (v: number, w: NumberWords = defaultNumberWords): string => {
  const abs = Math.abs(v);
  const fmt = (n: number, words: string): string => words.replace('{n}', Number(n.toFixed(1)).toLocaleString(w.locale));
  if (abs >= 1e9) return fmt(v / 1e9, w.billions);
  if (abs >= 1e6) return fmt(v / 1e6, w.millions);
  if (abs >= 1e3) return fmt(v / 1e3, w.thousands);
  return v.toLocaleString(w.locale);
};

/** Draws the value labels at the end of each bar and the labels beside timeline points. */
function labelPlugin(model: ChartModel, palette: Palette): Plugin {
  return {
    id: 'figureLabels',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `13px ${chartFont}`;
      ctx.fillStyle = palette.text;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((_, di) => {
        const meta = chart.getDatasetMeta(di);
        if (meta.hidden) return;
        meta.data.forEach((el, i) => {
          if (model.type === 'bar') {
            const text = model.series[di]?.valueLabels?.[i];
            if (text === undefined) return;
            const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
            if (model.labelsInside === true) {
              const { base } = el.getProps(['base'], true) as { base: number };
              ctx.textAlign = 'center';
              ctx.fillStyle = palette.bg;
              if (model.horizontal) ctx.fillText(text, (x + base) / 2, y);
              else ctx.fillText(text, x, (y + base) / 2);
              ctx.fillStyle = palette.text;
            } else if (model.horizontal) {
              ctx.textAlign = 'left';
              ctx.fillText(text, x + 6, y);
            } else {
              ctx.textAlign = 'center';
              ctx.fillText(text, x, y - 10);
            }
          } else if (model.type === 'xy') {
            const text = model.series[di]?.valueLabels?.[i];
            if (text === undefined) return;
            const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
            ctx.textAlign = 'center';
            ctx.fillText(text, x, y - 12);
          } else if (model.pointLabels) {
            const p = model.points[i];
            if (p === undefined) return;
            const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
            ctx.textAlign = 'center';
            ctx.fillText(p.label, x, y + ([-16, 17, -32, 33][i % 4] ?? 0));
          }
        });
      });
      ctx.restore();
    },
  };
}

/** The Chart.js configuration of `model`, in `palette`'s colours. */
export function chartConfig(model: ChartModel, palette: Palette): ChartConfiguration {
  const font = { family: chartFont, size: 13 };
  const grid = { color: palette.grid };
  const ticks = { color: palette.text, font };
  const title = (text: string): { display: boolean; text: string; color: string; font: typeof font } => ({
    display: text !== '',
    text,
    color: palette.muted,
    font,
  });
  const common = {
    responsive: false,
    animation: false as const,
    devicePixelRatio: 1,
    font,
    color: palette.text,
  };
  if (model.type === 'bar') {
    const valueAxis = model.log
      ? {
          type: 'logarithmic' as const,
          grid,
          ticks: {
            ...ticks,
            maxRotation: 0,
            callback: (v: number | string): string => (Number.isInteger(Math.log10(Number(v))) ? compact(Number(v), model.numbers) : ''),
          },
          title: title(model.valueTitle),
          stacked: model.stacked,
        }
      : {
          type: 'linear' as const,
          beginAtZero: true,
          grid,
          ticks: {
            ...ticks,
            callback: (v: number | string): string =>
              model.ticks === 'compact'
                ? compact(Number(v), model.numbers)
                : Number(v).toLocaleString((model.numbers ?? defaultNumberWords).locale),
          },
          title: title(model.valueTitle),
          stacked: model.stacked,
        };
    const categoryAxis = { type: 'category' as const, grid: { display: false }, ticks, stacked: model.stacked };
    // Room for the value labels beyond the longest bar.
    const labelRoom = model.labelsInside !== true && model.series.some((s) => s.valueLabels) ? 130 : 12;
    return {
      type: 'bar',
      data: {
        labels: model.labels,
        datasets: model.series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: palette[s.colour],
          borderWidth: 0,
          maxBarThickness: 28,
        })),
      },
      options: {
        ...common,
        indexAxis: model.horizontal ? 'y' : 'x',
        layout: { padding: model.horizontal ? { right: labelRoom, top: 4 } : { top: 24 } },
        scales: model.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: model.legend, position: 'top', align: 'start', labels: { color: palette.text, font, boxWidth: 14 } },
          tooltip: { enabled: true },
        },
      },
      plugins: [labelPlugin(model, palette)],
    };
  }
  if (model.type === 'xy') return xyConfig(model, palette, { font, grid, ticks, title, common });
  const rows = model.rows;
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: model.legend[0]?.label ?? '',
          data: model.points.map((p) => ({ x: p.x, y: p.row })),
          backgroundColor: model.points.map((p) => (p.hollow ? palette.bg : palette.s1)),
          borderColor: palette.s1,
          borderWidth: 2,
          pointRadius: 6,
          pointHoverRadius: 8,
        },
      ],
    },
    options: {
      ...common,
      layout: { padding: { top: 8, right: 16, left: 4 } },
      scales: {
        x: {
          type: 'linear',
          min: model.xMin,
          max: model.xMax,
          grid,
          ticks: { ...ticks, stepSize: model.xMax - model.xMin > 20 ? 5 : 1, callback: (v: number | string): string => String(v) },
        },
        y: {
          type: 'linear',
          min: -0.6,
          max: rows.length - 0.4,
          reverse: true,
          grid: { color: palette.grid },
          ticks: { ...ticks, stepSize: 1, autoSkip: false, callback: (v: number | string): string => rows[Number(v)] ?? '' },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: true, callbacks: { label: (item) => model.points[item.dataIndex]?.label ?? '' } },
      },
    },
    plugins: [labelPlugin(model, palette)],
  };
}

/** A colour at a quarter of its strength, for an area's fill: "#rrggbb" or "rgb(r, g, b)" (what the page's computed style gives). */
export function translucent(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex)
    return `rgba(${hex
      .slice(1)
      .map((h) => parseInt(h, 16))
      .join(', ')}, 0.25)`;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  return rgb ? `rgba(${rgb.slice(1).join(', ')}, 0.25)` : colour;
}

interface Parts {
  font: { family: string; size: number };
  grid: { color: string };
  ticks: { color: string; font: { family: string; size: number } };
  title: (text: string) => { display: boolean; text: string; color: string; font: { family: string; size: number } };
  common: { responsive: boolean; animation: false; devicePixelRatio: number; font: { family: string; size: number }; color: string };
}

/** Lines, areas and dots: Chart.js's line chart on a linear x axis (a scatter without lines for dots). */
function xyConfig(model: XYModel, palette: Palette, { font, grid, ticks, title, common }: Parts): ChartConfiguration {
  const categories = model.xCategories;
  const xs = model.series.flatMap((s) => s.points.map((p) => p.x));
  // Whole numbers (years) get half a step of room at each end, so the first and last points are not cut.
  const pad = xs.every(Number.isInteger) ? 0.5 : 0;
  const [xMin, xMax] = [Math.min(...xs) - pad, Math.max(...xs) + pad];
  const value = (v: number | string): string =>
    model.ticks === 'compact' ? compact(Number(v), model.numbers) : Number(v).toLocaleString((model.numbers ?? defaultNumberWords).locale);
  return {
    type: 'line',
    data: {
      datasets: model.series.map((s) => ({
        label: s.label,
        data: s.points,
        borderColor: palette[s.colour],
        backgroundColor: model.mark === 'area' ? translucent(palette[s.colour]) : palette[s.colour],
        borderWidth: 2,
        showLine: model.mark !== 'dot',
        fill: model.mark === 'area' ? 'origin' : false,
        pointRadius: model.mark === 'dot' ? 5 : 3,
        pointHoverRadius: 7,
        tension: 0,
      })),
    },
    options: {
      ...common,
      layout: { padding: { top: model.series.some((s) => s.valueLabels) ? 24 : 8, right: 16, left: 4 } },
      scales: {
        x: {
          type: 'linear',
          min: categories ? -0.5 : xMin,
          max: categories ? categories.length - 0.5 : xMax,
          grid,
          title: title(model.xTitle),
          // With room at the ends, ticks stay on the whole numbers (the years) between them.
          ...(pad > 0 && !categories
            ? {
                afterBuildTicks: (axis: { ticks: Array<{ value: number }> }): void => {
                  const from = Math.ceil(xMin);
                  axis.ticks = Array.from({ length: Math.floor(xMax) - from + 1 }, (_, i) => ({ value: from + i }));
                },
              }
            : {}),
          ticks: {
            ...ticks,
            ...(categories ? { stepSize: 1, autoSkip: false } : { precision: 0 }),
            // Years are written as years: 2014, not 2,014.
            callback: (v: number | string): string =>
              categories ? (categories[Number(v)] ?? '') : Number.isInteger(Number(v)) ? String(v) : '',
          },
        },
        y: model.log
          ? {
              type: 'logarithmic',
              grid,
              title: title(model.valueTitle),
              ticks: {
                ...ticks,
                callback: (v: number | string): string =>
                  Number.isInteger(Math.log10(Number(v))) ? compact(Number(v), model.numbers) : '',
              },
            }
          : { type: 'linear', beginAtZero: true, grid, title: title(model.valueTitle), ticks: { ...ticks, callback: value } },
      },
      plugins: {
        legend: { display: model.legend, position: 'top', align: 'start', labels: { color: palette.text, font, boxWidth: 14 } },
        tooltip: { enabled: true },
      },
    },
    plugins: [labelPlugin(model, palette)],
  };
}
