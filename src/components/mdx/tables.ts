/**
 * The rows, totals and sources of the data tables, as strings ready to print.
 * Pure: the presentational components only lay them out, and the totals come
 * from src/lib/figures.ts, never from the text.
 */
import { byId, flowShare, groupFlowsByExporter, populationRows, selectFlows, sumFlows, sumPopulation } from '../../lib/figures.ts';
import { formatDecimal, formatNumber, formatPercent } from '../../lib/format.ts';
import type { Region } from '../../report/load.ts';
import type { MdxData } from './data.ts';
import { sourceNamer, uniqueSources, type NamedSource } from './sources.ts';

export interface TableProps {
  year: number | string;
  /** ISO 3166-1 alpha-2 code: only regions (or exporters) of this country. */
  country?: string;
  /** Id of the table ("tbl-population"): numbers it automatically ("Table 1", in page order) and lets the text refer to it as @tbl-population. */
  id?: string;
  /** An explicit label ("Table 1"), for a table without `id`. */
  label?: string;
  caption?: string;
}

export interface TableHead {
  /** Id of the caption, for the figure's and the scroll region's names. */
  id: string;
  label: string | undefined;
  caption: string;
  sources: NamedSource[];
}

export interface PopulationTableModel extends TableHead {
  rows: Array<{ region: string; value: string }>;
  total: string;
}

export interface FlowTableModel extends TableHead {
  groups: Array<{ exporter: string; rows: Array<{ importer: string; value: string; share: string }> }>;
  total: string;
  totalShare: string;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function head(
  component: string,
  props: TableProps,
  fallback: string,
): { year: number; id: string; label: string | undefined; caption: string } {
  const year = Number(props.year);
  if (!Number.isInteger(year))
    throw new Error(`<${component}>: prop "year": expected a year such as year={2015}, got "${String(props.year)}"`);
  const caption = props.caption ?? fallback.replace('{year}', String(year));
  return {
    year,
    id: props.id ?? `table-${slug(props.label ?? `${component}-${year}-${props.country ?? ''}`)}`,
    label: props.label,
    caption,
  };
}

const regionName = (regions: readonly Region[], id: string): string => byId(regions, id)?.shortName ?? id;

/** Table of the regions' populations counted in one year, with their computed total. */
export function populationTableModel(props: TableProps, data: MdxData): PopulationTableModel {
  const h = head('PopulationTable', props, 'Population by region, {year}');
  const rows = populationRows(data.regions, h.year, props.country);
  if (rows.length === 0)
    throw new Error(
      `<PopulationTable year={${h.year}}${props.country === undefined ? '' : ` country="${props.country}"`}>: prop "year": no region has a population counted in ${h.year}`,
    );
  const name = sourceNamer(data.references);
  return {
    ...h,
    rows: rows.map((r) => ({ region: r.region.shortName, value: formatNumber(r.value) })),
    total: formatNumber(sumPopulation(data.regions, h.year, props.country)),
    sources: uniqueSources(rows.flatMap((r) => (r.region.population ? [r.region.population.source] : []))).map(name),
  };
}

/** Table of one year's trade flows grouped by exporting region, with computed shares and total. */
export function flowTableModel(props: TableProps, data: MdxData): FlowTableModel {
  const h = head('FlowTable', props, 'Exports by pair of regions, {year}, thousand US dollars');
  const flows = selectFlows(data.tradeFlows, data.regions, h.year, props.country);
  if (flows.length === 0)
    throw new Error(
      `<FlowTable year={${h.year}}${props.country === undefined ? '' : ` country="${props.country}"`}>: prop "year": no trade flow in ${h.year}`,
    );
  const name = sourceNamer(data.references);
  const shares = flows.map((f) => flowShare(f, flows));
  return {
    ...h,
    groups: groupFlowsByExporter(flows).map((g) => ({
      exporter: regionName(data.regions, g.from),
      rows: g.flows.map((f) => ({
        importer: regionName(data.regions, f.to),
        value: formatDecimal(f.value, 1),
        share: formatPercent(flowShare(f, flows), 1),
      })),
    })),
    total: formatDecimal(sumFlows(flows), 1),
    totalShare: formatPercent(
      shares.reduce((a, b) => a + b, 0),
      1,
    ),
    sources: uniqueSources(flows.map((f) => f.source)).map(name),
  };
}
