/**
 * Everything a `<Map>` shows: the SVG, a default caption, a description
 * generated from the data, the table and the sources. Pure apart from the
 * boundaries it is given.
 */
import { exportsFigure, figureError, populationFigure, type FigureContent, type FigureData } from '../charts/figures.ts';
import { datasetOf, figurePropIssues, figureId, type FigureProps } from '../charts/spec.ts';
import type { ColourToken } from '../charts/palette.ts';
import { formatNumber } from '../lib/format.ts';
import { uniqueSources } from '../lib/sources.ts';
import type { Geo } from './geo.ts';
import { arc, fitProjection, renderMap, type RegionStyle } from './render.ts';

export interface MapContent extends FigureContent {
  svg: string;
  /** The region pages the map links, by name: the page lists them, since a map shown as an image has no links of its own. */
  links: RegionLink[];
}

export interface RegionLink {
  name: string;
  href: string;
}

/** Where a region links to: its row in the data, until regions have pages. */
export type RegionHref = (id: string) => string;

const component = 'Map';

function need(geo: Geo, ids: readonly string[], props: FigureProps, prop: string): void {
  const known = new Set(geo.regions.map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0)
    throw figureError(
      component,
      props,
      prop,
      `no boundary for ${missing.join(', ')} in data/geo/regions.topo.json; add the region to data/geo/selection.json and run "npm run topology"`,
    );
}

/** The regions a map styles, with their links, sorted by name. */
function linksOf(styles: ReadonlyMap<string, RegionStyle>, data: FigureData): RegionLink[] {
  return [...styles]
    .map(([id, style]) => ({ name: data.regions.find((r) => r.id === id)?.shortName ?? id, href: style.href }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const compact = (n: number): string =>
  n >= 1e6 ? `${formatNumber(Math.round(n / 1e5) / 10)} m` : n >= 1e3 ? `${formatNumber(Math.round(n / 1e2) / 10)}k` : formatNumber(n);

function locator(props: FigureProps, data: FigureData, geo: Geo, href: RegionHref): MapContent {
  const border = data.regions.filter((r) => r.border && (props.country === undefined || r.country === props.country));
  if (border.length === 0) throw figureError(component, props, 'country', 'no border region in the data');
  need(
    geo,
    border.map((r) => r.id),
    props,
    'dataset',
  );
  const countries = [...new Set(border.map((r) => r.country))];
  const tokens: ColourToken[] = ['s1', 's5', 's3', 's4'];
  const tokenOf = (c: string): ColourToken => tokens[countries.indexOf(c) % tokens.length] ?? 's1';
  const styles = new Map<string, RegionStyle>(
    border.map((r) => [
      r.id,
      {
        fill: tokenOf(r.country),
        title: `${r.nameEn} (${r.country}), border region`,
        label: r.shortName.replace(/ (Kazakhstan|Republic|Krai)$/, '\n$1'),
        href: href(r.id),
      },
    ]),
  );
  const focus = geo.regions.filter((g) => styles.has(g.id));
  const byCountry = countries.map((c) => `${border.filter((r) => r.country === c).length} in ${c}`).join(' and ');
  return {
    id: figureId(component, props),
    component,
    caption: 'The border regions',
    description: `${border.length} border regions, ${byCountry}, along the state border (the heavy line). Other regions are shown muted for context.`,
    sources: uniqueSources(border.map((r) => r.source)),
    // The administrative centre is shown only where the data gives one (it needs a source of its own).
    table: border.some((r) => r.capital !== undefined)
      ? {
          columns: [
            { label: 'Region', numeric: false },
            { label: 'Country', numeric: false },
            { label: 'Administrative centre', numeric: false },
          ],
          rows: border.map((r) => [r.nameEn, r.country, r.capital ?? '—']),
          csvColumns: ['region_id', 'region', 'country', 'capital'],
          csvRows: border.map((r) => [r.id, r.nameEn, r.country, r.capital ?? null]),
        }
      : {
          columns: [
            { label: 'Region', numeric: false },
            { label: 'Country', numeric: false },
          ],
          rows: border.map((r) => [r.nameEn, r.country]),
          csvColumns: ['region_id', 'region', 'country'],
          csvRows: border.map((r) => [r.id, r.nameEn, r.country]),
        },
    links: linksOf(styles, data),
    svg: renderMap({
      geo,
      styles,
      prefix: figureId(component, props),
      label: 'Map of the border regions',
      projection: fitProjection(focus),
      legend: [
        ...countries.map((c) => ({ token: tokenOf(c), label: `Border region, ${c}`, shape: 'box' as const })),
        { token: 'land', label: 'Other region', shape: 'box' },
        { token: 'text', label: 'State border', shape: 'line', width: 2 },
      ],
    }),
  };
}

/** Class breaks at round numbers: n classes of equal width between the smallest and largest value. */
export function breaks(values: readonly number[], n: number): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(step || 1));
  const round = (v: number): number => Math.round(v / mag) * mag;
  return Array.from({ length: n - 1 }, (_, i) => round(lo + step * (i + 1)));
}

function choropleth(props: FigureProps, data: FigureData, geo: Geo, href: RegionHref): MapContent {
  const f = populationFigure(component, props, data);
  need(
    geo,
    f.rows.map((r) => r.id),
    props,
    'dataset',
  );
  const ramp: ColourToken[] = ['q1', 'q2', 'q3', 'q4', 'q5'];
  const n = Math.min(ramp.length, Math.max(2, f.rows.length - 1));
  const cuts = breaks(
    f.rows.map((r) => r.value),
    n,
  );
  const classOf = (v: number): ColourToken => ramp[Math.round((cuts.filter((c) => v >= c).length * (ramp.length - 1)) / (n - 1))] ?? 'q1';
  const styles = new Map<string, RegionStyle>(
    f.rows.map((r) => [
      r.id,
      {
        fill: classOf(r.value),
        title: `${r.name}: ${formatNumber(r.value)} people`,
        label: `${r.name.replace(/ Kazakhstan$/, '\nKazakhstan')}\n${compact(r.value)}`,
        href: href(r.id),
      },
    ]),
  );
  const focus = geo.regions.filter((g) => styles.has(g.id));
  const bounds = [Math.min(...f.rows.map((r) => r.value)), ...cuts, Math.max(...f.rows.map((r) => r.value))];
  const legend = bounds
    .slice(0, -1)
    .map((lo, i) => ({ token: classOf(lo), label: `${compact(lo)}–${compact(bounds[i + 1] ?? lo)}`, shape: 'box' as const }));
  return {
    ...f,
    caption: f.caption.replace('Population by region', 'Population of the regions'),
    links: linksOf(styles, data),
    svg: renderMap({
      geo,
      styles,
      prefix: f.id,
      label: f.caption,
      projection: fitProjection(focus),
      legend: [...legend, { token: 'land', label: 'No data', shape: 'box' }],
    }),
  };
}

function flows(props: FigureProps, data: FigureData, geo: Geo, href: RegionHref): MapContent {
  const f = exportsFigure(component, props, data);
  const ids = [...new Set(f.rows.flatMap((r) => [r.from, r.to]))];
  need(geo, ids, props, 'dataset');
  const max = Math.max(...f.rows.map((r) => r.value));
  // Width by the square root of the value, never thinner than 1.5 px: the small flows stay visible.
  const width = (v: number): number => Math.round((1.5 + 16 * Math.sqrt(v / max)) * 10) / 10;
  const exporters = new Set(f.rows.map((r) => r.from));
  const name = (id: string): string => data.regions.find((r) => r.id === id)?.shortName ?? id;
  const styles = new Map<string, RegionStyle>(
    ids.map((id) => [
      id,
      {
        fill: exporters.has(id) ? 's6' : 'q1',
        title: `${name(id)}: ${exporters.has(id) ? 'exports' : 'imports'} ${f.rows
          .filter((r) => r.from === id || r.to === id)
          .map((r) => `${exporters.has(id) ? name(r.to) : name(r.from)} ${formatNumber(r.value)}`)
          .join(', ')} (thousand US dollars)`,
        label: name(id).replace(/ (Kazakhstan|Republic|Krai)$/, '\n$1'),
        href: href(id),
      },
    ]),
  );
  const focus = geo.regions.filter((g) => styles.has(g.id));
  const point = (id: string): [number, number] => geo.regions.find((g) => g.id === id)?.properties.label ?? [0, 0];
  const legendValues = [max, max / 10, max / 100].map((v) => Number(v.toPrecision(1)));
  return {
    ...f,
    caption: f.caption.replace('Exports by pair of regions', 'Exports between regions'),
    description: `${f.description} Line width grows with the square root of the value, so the small flows stay visible.`,
    links: linksOf(styles, data),
    svg: renderMap({
      geo,
      styles,
      prefix: f.id,
      label: f.caption,
      projection: fitProjection(focus),
      overlay: (project) =>
        `<g fill="none" stroke-linecap="round" class="flows">${[...f.rows]
          .sort((a, b) => b.value - a.value)
          .map(
            (r) =>
              `<path d="${arc(project(...point(r.from)), project(...point(r.to)))}" stroke="#d55e00" stroke-opacity="0.85" stroke-width="${width(r.value)}" class="s-s2"><title>${r.label}: ${formatNumber(r.value)} thousand US dollars</title></path>`,
          )
          .join('')}</g>`,
      legend: [
        { token: 's6', label: 'Exporting', shape: 'box' },
        { token: 'q1', label: 'Importing', shape: 'box' },
        ...legendValues.map((v) => ({ token: 's2' as const, label: `${compact(v)}`, shape: 'line' as const, width: width(v) })),
      ],
    }),
  };
}

function points(props: FigureProps, data: FigureData, geo: Geo, href: RegionHref): MapContent {
  const forums = [...data.forums].sort((a, b) => a.date.localeCompare(b.date));
  const cities = forums.map((f) => {
    const city = geo.cities.find((c) => c.name === f.city);
    if (!city)
      throw figureError(component, props, 'dataset', `no point for the city "${f.city}" (forum "${f.id}") in data/geo/cities.json`);
    return { forum: f, city };
  });
  const border = data.regions.filter((r) => r.border);
  const hosts = new Set(forums.map((f) => f.region));
  const styles = new Map<string, RegionStyle>(
    [...border.map((r) => r.id), ...hosts].map((id) => {
      const r = data.regions.find((x) => x.id === id);
      const held = forums.filter((f) => f.region === id);
      return [
        id,
        {
          fill: held.length > 0 ? 'q2' : 'q1',
          title: `${r?.nameEn ?? id}${held.length > 0 ? `: forum in ${held.map((f) => `${f.city} ${f.date.slice(0, 4)}`).join(', ')}` : ''}`,
          href: href(id),
        },
      ] as const;
    }),
  );
  need(geo, [...styles.keys()], props, 'dataset');
  const focus = geo.regions.filter((g) => styles.has(g.id));
  const roman = (n: number): string =>
    ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'][n] ?? String(n);
  return {
    id: figureId(component, props),
    component,
    caption: 'Where the forums met',
    description: `${forums.length} forums in ${new Set(cities.map((c) => c.city.name)).size} cities: ${cities.map((c) => `${c.city.name} (${c.forum.date.slice(0, 4)}${c.forum.planned ? ', planned' : ''})`).join(', ')}. Shaded regions hosted a forum.`,
    sources: uniqueSources(forums.map((f) => f.source)),
    table: {
      columns: [
        { label: 'Forum', numeric: true },
        { label: 'Year', numeric: true },
        { label: 'City', numeric: false },
      ],
      rows: forums.map((f) => [f.number === undefined ? '—' : String(f.number), f.date.slice(0, 4), f.city]),
      csvColumns: ['id', 'number', 'date', 'city', 'lon', 'lat', 'planned'],
      csvRows: cities.map(({ forum: f, city: c }) => [f.id, f.number ?? null, f.date, c.name, c.lon, c.lat, f.planned]),
    },
    links: linksOf(styles, data),
    svg: renderMap({
      geo,
      styles,
      prefix: figureId(component, props),
      label: 'Map of the forums’ host cities',
      projection: fitProjection(focus),
      overlay: (project) =>
        `<g font-size="12" font-family="&apos;Source Sans 3 Variable&apos;, &apos;Source Sans 3&apos;, sans-serif">${cities
          .map(({ forum: f, city: c }) => {
            const [x, y] = project(c.lon, c.lat);
            const label = `${f.number === undefined ? '' : `${roman(f.number)} `}${c.name} ${f.date.slice(0, 4)}`;
            const dot = f.planned ? `fill="${'#fcfbf8'}" class="f-bg s-s2"` : `fill="#d55e00" class="f-s2 s-s2"`;
            return `<circle cx="${x}" cy="${y}" r="5.5" ${dot} stroke="#d55e00" stroke-width="2"><title>${label}${f.planned ? ' (planned)' : ''}</title></circle><text x="${x + 8}" y="${y - 8}" fill="#1d1c1a" stroke="#fcfbf8" stroke-width="3" paint-order="stroke" class="f-text s-bg" aria-hidden="true">${label}</text>`;
          })
          .join('')}</g>`,
      legend: [
        { token: 's2', label: 'Forum held', shape: 'dot' },
        { token: 'q2', label: 'Host region', shape: 'box' },
        { token: 'q1', label: 'Other border region', shape: 'box' },
      ],
    }),
  };
}

/** Everything a `<Map>` shows. */
export function mapContent(props: FigureProps, data: FigureData, geo: Geo, href: RegionHref): MapContent {
  const [issue] = figurePropIssues(component, props as Record<string, unknown>);
  if (issue) throw figureError(component, props, issue.prop, issue.message);
  const withCaption = (c: MapContent): MapContent => (props.caption === undefined ? c : { ...c, caption: props.caption });
  switch (props.kind) {
    case 'locator':
      return withCaption(locator(props, data, geo, href));
    case 'choropleth':
      return withCaption(choropleth(props, data, geo, href));
    case 'flows':
      return withCaption(flows(props, data, geo, href));
    default:
      if (datasetOf(component, props) === 'forums') return withCaption(points(props, data, geo, href));
      throw figureError(component, props, 'kind', `unknown kind "${String(props.kind)}"`);
  }
}
