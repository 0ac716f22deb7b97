/**
 * Maps as SVG at build time (d3-geo, no JavaScript in the page): a locator of
 * the border regions, a choropleth, a flow map and a map of points. Each
 * region with data is a keyboard-focusable link with an accessible name and a
 * tooltip. Colours come as light values plus token classes (see
 * src/charts/palette.ts), so the inline map follows the page's scheme.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { colourTokens, type ColourToken } from '../charts/palette.ts';
import type { RegionFeature, Geo } from './geo.ts';

export const mapWidth = 720;
export const mapHeight = 480;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const fill = (t: ColourToken): string => `fill="${colourTokens[t].light}"`;
const stroke = (t: ColourToken): string => `stroke="${colourTokens[t].light}"`;
const r1 = (n: number): number => Math.round(n * 10) / 10;

/** How finely region outlines are drawn, in pixels of the 720-pixel map: finer is invisible at its size. */
export const pathQuantum = 0.5;

/** A number as short as SVG path data allows: no leading zero, at most one decimal. */
const short = (n: number): string => String(r1(n)).replace(/^(-?)0\./, '$1.');

/**
 * Absolute path data (M, L, Z, as d3-geo writes it) as relative commands on a
 * grid of `quantum` pixels: each point snaps to the grid first, so the shared
 * border of two regions stays one line, and repeated points drop out. About a
 * third of the bytes of the absolute form at one decimal.
 */
export function compactPath(d: string, quantum = pathQuantum): string {
  const out: string[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let last = '';
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'Z') {
      out.push('z');
      [x, y, last] = [startX, startY, 'z'];
      continue;
    }
    const [px = 0, py = 0] = (m[2] ?? '').split(',').map(Number);
    const [qx, qy] = [Math.round(px / quantum) * quantum, Math.round(py / quantum) * quantum];
    const [dx, dy] = [r1(qx - x), r1(qy - y)];
    if (m[1] === 'L' && dx === 0 && dy === 0) continue;
    const cmd = m[1] === 'M' ? 'm' : 'l';
    const pair = `${short(dx)}${dy < 0 ? '' : ' '}${short(dy)}`;
    out.push(cmd !== last ? `${cmd}${pair}` : dx < 0 ? pair : ` ${pair}`);
    [x, y, last] = [qx, qy, cmd];
    if (cmd === 'm') [startX, startY] = [qx, qy];
  }
  return out.join('');
}

/**
 * A conic equal-area projection fitted to `focus`: its central meridian and
 * standard parallels (at one sixth and five sixths of the latitude span) come
 * from the focus's bounds, so it suits any area.
 */
export function fitProjection(focus: ReadonlyArray<Feature<Polygon | MultiPolygon>>, margin = 24, bottom = 64): GeoProjection {
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: [...focus] };
  const [[west, south], [east, north]] = geoBounds(collection);
  const span = north - south;
  return geoConicEqualArea()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + span / 6, north - span / 6])
    .fitExtent(
      [
        [margin, margin],
        [mapWidth - margin, mapHeight - bottom],
      ],
      collection,
    )
    .clipExtent([
      [0, 0],
      [mapWidth, mapHeight],
    ]);
}

export interface RegionStyle {
  fill: ColourToken;
  /** Accessible name and tooltip. */
  title: string;
  /** Printed at the region's label point. */
  label?: string;
  /** The region's page, when it has one. */
  href?: string | undefined;
}

export interface LegendItem {
  token: ColourToken;
  label: string;
  shape: 'box' | 'line' | 'dot';
  /** Line width, for a line. */
  width?: number;
}

export interface MapSpec {
  geo: Geo;
  projection: GeoProjection;
  /** Regions drawn as links, by id. Others are drawn as muted land. */
  styles: ReadonlyMap<string, RegionStyle>;
  /** Extra layers drawn above the regions and the state border (flows, points). */
  overlay?: (project: (lon: number, lat: number) => [number, number]) => string;
  legend: LegendItem[];
  /** Prefix for the ids inside the SVG. */
  prefix: string;
  label: string;
}

/** The map's SVG. */
export function renderMap(spec: MapSpec): string {
  const draw = geoPath(spec.projection).digits(2);
  // One compactPath per path element: relative commands start from where the element's own path starts.
  const path = (object: Parameters<typeof draw>[0]): string => compactPath(draw(object) ?? '');
  const project = (lon: number, lat: number): [number, number] => {
    const p = spec.projection([lon, lat]) ?? [0, 0];
    return [r1(p[0]), r1(p[1])];
  };
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}" width="${mapWidth}" height="${mapHeight}" aria-label="${esc(spec.label)}">`,
  );
  // Context: every region without data, muted, one path.
  const context = spec.geo.regions.filter((r) => !spec.styles.has(r.id));
  parts.push(
    `<path ${fill('land')} ${stroke('edge')} stroke-width="0.6" class="f-land s-edge" d="${compactPath(context.map((r) => draw(r) ?? '').join(''))}"/>`,
  );
  // Regions with data: links.
  const labels: string[] = [];
  for (const region of spec.geo.regions) {
    const style = spec.styles.get(region.id);
    if (!style) continue;
    const shape = `<path ${fill(style.fill)} ${stroke('edge')} stroke-width="0.8" class="region f-${style.fill} s-edge" d="${path(region)}"/>`;
    parts.push(
      style.href === undefined
        ? `<g role="img" aria-label="${esc(style.title)}"><title>${esc(style.title)}</title>${shape}</g>`
        : `<a href="${esc(style.href)}" aria-label="${esc(style.title)}"><title>${esc(style.title)}</title>${shape}</a>`,
    );
    if (style.label !== undefined) {
      const [x, y] = project(...region.properties.label);
      const lines = style.label.split('\n');
      const tspans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? r1(-(lines.length - 1) * 6.5) : 13}">${esc(l)}</tspan>`).join('');
      labels.push(
        `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="middle" class="label f-text s-bg" ${fill('text')} ${stroke('bg')} stroke-width="3" paint-order="stroke">${tspans}</text>`,
      );
    }
  }
  parts.push(
    `<path fill="none" ${stroke('text')} stroke-width="2" stroke-linejoin="round" class="s-text" d="${path(spec.geo.stateBorder)}"/>`,
  );
  if (spec.overlay) parts.push(spec.overlay(project));
  parts.push(
    `<g font-size="12" font-family="&apos;Source Sans 3 Variable&apos;, &apos;Source Sans 3&apos;, sans-serif" aria-hidden="true">${labels.join('')}${legend(spec.legend)}</g>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

function legend(items: readonly LegendItem[]): string {
  let x = 16;
  const y = mapHeight - 22;
  const out: string[] = [];
  for (const item of items) {
    if (item.shape === 'box')
      out.push(
        `<rect x="${x}" y="${y - 7}" width="14" height="14" ${fill(item.token)} ${stroke('muted')} stroke-width="0.5" class="f-${item.token} s-muted"/>`,
      );
    else if (item.shape === 'line')
      out.push(
        `<path d="M${x} ${y}h18" ${stroke(item.token)} stroke-width="${item.width ?? 2}" stroke-linecap="round" class="s-${item.token}"/>`,
      );
    else out.push(`<circle cx="${x + 7}" cy="${y}" r="5" ${fill(item.token)} ${stroke('bg')} class="f-${item.token} s-bg"/>`);
    // Round caps reach half the line width beyond its end.
    const w = item.shape === 'line' ? 24 + (item.width ?? 2) / 2 : 20;
    out.push(`<text x="${x + w}" y="${y}" dominant-baseline="middle" ${fill('text')} class="f-text">${esc(item.label)}</text>`);
    x += w + item.label.length * 6.4 + 18;
  }
  return out.join('');
}

/** A quadratic curve from a to b, bent to the right of the line, as path data. */
export function arc(a: [number, number], b: [number, number], bend = 0.18): string {
  const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  return `M${a[0]} ${a[1]}Q${r1(mx - dy * bend)} ${r1(my + dx * bend)} ${b[0]} ${b[1]}`;
}

export const labelPoint = (r: RegionFeature): [number, number] => r.properties.label;
