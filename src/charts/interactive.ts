/**
 * The interactive version of a chart, loaded on the reader's first
 * interaction with it: Chart.js draws the same model on a canvas of the same
 * size, in the page's current colours, and replaces the static SVG in place.
 * Tooltips and legend toggles come with Chart.js.
 */
import { Chart, registerables } from 'chart.js';
import { chartConfig, type ChartModel } from './config.ts';
import { tokenNames, type Palette } from './palette.ts';

Chart.register(...registerables);

/** The page's colour tokens, resolved (custom properties hold light-dark(), which only a used value resolves). */
function pagePalette(within: HTMLElement): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  within.append(probe);
  const out = {} as Palette;
  for (const t of tokenNames) {
    probe.style.color = `var(--chart-${t})`;
    out[t] = getComputedStyle(probe).color;
  }
  probe.remove();
  return out;
}

/** Replaces the figure's static SVG with the interactive chart. */
export function enhance(figure: HTMLElement): void {
  const data = figure.querySelector('script[data-chart-model]');
  const svg = figure.querySelector('.graphic svg');
  if (!data?.textContent || !svg) return;
  const model = JSON.parse(data.textContent) as ChartModel;
  const canvas = document.createElement('canvas');
  canvas.width = model.width;
  canvas.height = model.height;
  canvas.setAttribute('role', 'img');
  const label = svg.getAttribute('aria-labelledby');
  if (label) canvas.setAttribute('aria-labelledby', label);
  const described = svg.getAttribute('aria-describedby');
  if (described) canvas.setAttribute('aria-describedby', described);
  const config = chartConfig(model, pagePalette(figure));
  config.options = { ...config.options, devicePixelRatio: window.devicePixelRatio };
  svg.replaceWith(canvas);
  new Chart(canvas, config);
  canvas.style.width = '100%';
  canvas.style.maxWidth = `${model.width}px`;
  canvas.style.height = 'auto';
  figure.dataset['interactive'] = 'true';
}
