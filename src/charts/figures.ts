/**
 * What the maps of src/maps/figures.ts draw from the report's data: regions'
 * population and flows between regions in a year, with their description,
 * table and sources. (`<Chart>` draws any table through src/figures/chart/;
 * this module goes when the maps do the same in src/figures/map/.)
 */
import { exactSum, populationRows, selectFlows } from '../lib/figures.ts';
import { formatDecimal, formatNumber, formatPercent } from '../lib/format.ts';
import type { FigureRecords } from './legacy-data.ts';
import { uniqueSources } from '../lib/sources.ts';
import { figureId, type FigureComponent, type FigureProps } from './spec.ts';

export type FigureData = Pick<FigureRecords, 'regions' | 'tradeFlows' | 'keyFigures' | 'instruments' | 'forums' | 'references'>;

export type { Source, FigureContent, FigureTable } from '../figures/figure.ts';
import type { FigureContent } from '../figures/figure.ts';

/** An error naming the component, its props and the prop at fault, as the build prints it. */
export function figureError(component: FigureComponent, props: FigureProps, prop: string, message: string): Error {
  const shown = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (typeof v === 'string' ? ` ${k}="${v}"` : ` ${k}={${JSON.stringify(v)}}`))
    .join('');
  return new Error(`<${component}${shown} />: prop "${prop}": ${message}`);
}

const regionName = (data: FigureData, id: string): string => data.regions.find((r) => r.id === id)?.shortName ?? id;

function yearOf(component: FigureComponent, props: FigureProps): number {
  const year = Number(props.year);
  if (!Number.isInteger(year)) throw figureError(component, props, 'year', `expected a year such as year={2015}`);
  return year;
}

/** Regions' population in one year, largest first. */
export function populationFigure(
  component: FigureComponent,
  props: FigureProps,
  data: FigureData,
): Omit<FigureContent, 'chart'> & { rows: Array<{ id: string; name: string; value: number }> } {
  const year = yearOf(component, props);
  const found = populationRows(data.regions, year, props.country);
  if (found.length === 0)
    throw figureError(
      component,
      props,
      'year',
      `no region${props.country === undefined ? '' : ` of ${props.country}`} has a population counted in ${year}`,
    );
  const rows = [...found].sort((a, b) => b.value - a.value).map((r) => ({ id: r.region.id, name: r.region.shortName, value: r.value }));
  const total = exactSum(rows.map((r) => r.value));
  const share = (v: number): string => formatPercent((v / total) * 100, 1);
  const first = rows[0];
  const last = rows.at(-1);
  const description =
    first && last
      ? `${rows.length} regions with ${formatNumber(total)} people in ${year}. ${first.name} has the most, ${formatNumber(first.value)} (${share(first.value)} of the total); ${last.name} the fewest, ${formatNumber(last.value)} (${share(last.value)}).`
      : '';
  return {
    id: figureId(component, props),
    component,
    caption: `Population by region, ${year}`,
    description,
    sources: uniqueSources(found.flatMap((r) => (r.region.population ? [r.region.population.source] : []))),
    rows,
    table: {
      columns: [
        { label: 'Region', numeric: false },
        { label: 'Population', numeric: true },
        { label: 'Share of total', numeric: true },
      ],
      rows: rows.map((r) => [r.name, formatNumber(r.value), share(r.value)]),
      foot: ['Total', formatNumber(total), '100%'],
      csvColumns: ['region_id', 'region', 'year', 'population'],
      csvRows: rows.map((r) => [r.id, r.name, year, r.value]),
    },
  };
}

/** One year's flows between regions, largest first. */
export function exportsFigure(
  component: FigureComponent,
  props: FigureProps,
  data: FigureData,
): Omit<FigureContent, 'chart'> & { rows: Array<{ from: string; to: string; label: string; value: number; share: number }> } {
  const year = yearOf(component, props);
  const flows = selectFlows(data.tradeFlows, data.regions, year, props.country);
  if (flows.length === 0) throw figureError(component, props, 'year', `no trade flow in ${year}`);
  const total = exactSum(flows.map((f) => f.value));
  const rows = [...flows]
    .sort((a, b) => b.value - a.value)
    .map((f) => ({
      from: f.from,
      to: f.to,
      label: `${regionName(data, f.from)} → ${regionName(data, f.to)}`,
      value: f.value,
      share: (f.value / total) * 100,
    }));
  const first = rows[0];
  const last = rows.at(-1);
  const description =
    first && last
      ? `${rows.length} pairs of regions, ${formatDecimal(total, 1)} thousand US dollars in ${year}. ${first.label} alone carries ${formatPercent(first.share, 1)} (${formatDecimal(first.value, 1)}); the other ${rows.length - 1} pairs share the remaining ${formatPercent(100 - first.share, 1)}. The smallest, ${last.label}, is ${formatDecimal(last.value, 1)} (${formatPercent(last.share, 1)}).`
      : '';
  return {
    id: figureId(component, props),
    component,
    caption: `Exports by pair of regions, ${year}, thousand US dollars`,
    description,
    sources: uniqueSources(flows.map((f) => f.source)),
    rows,
    table: {
      columns: [
        { label: 'From → to', numeric: false },
        { label: 'Thousand US dollars', numeric: true },
        { label: 'Share', numeric: true },
      ],
      rows: rows.map((r) => [r.label, formatDecimal(r.value, 1), formatPercent(r.share, 1)]),
      foot: ['Total', formatDecimal(total, 1), '100%'],
      csvColumns: ['from_id', 'from', 'to_id', 'to', 'year', 'value_thousand_usd', 'share_percent'],
      csvRows: rows.map((r) => [
        r.from,
        regionName(data, r.from),
        r.to,
        regionName(data, r.to),
        year,
        r.value,
        Math.round(r.share * 100) / 100,
      ]),
    },
  };
}
