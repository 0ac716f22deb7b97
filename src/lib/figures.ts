/**
 * Computations over the report's data: the totals, shares and groupings that
 * tables and prose show. Pure (plain data in, numbers out) so they are tested
 * directly and no total is ever typed by hand.
 */
import type { Region, TradeFlow } from '../charts/legacy-data.ts';

/** Decimal places written in a number (300.5 → 1), so sums can be exact in decimal. */
function decimals(n: number): number {
  const [mantissa = '', exponent = '0'] = String(n).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** Sum of decimal numbers without binary drift: 0.1 + 0.2 is 0.3, 17 table rows add up to the printed total. */
export function exactSum(values: readonly number[]): number {
  const d = Math.min(10, Math.max(0, ...values.map(decimals)));
  const f = 10 ** d;
  return values.reduce((acc, v) => acc + Math.round(v * f), 0) / f;
}

/** The entry with `id`, or undefined. */
export function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

export interface PopulationRow {
  region: Region;
  value: number;
}

/** Regions with a population counted in `year` (and in `country`, if given), in data order. */
export function populationRows(regions: readonly Region[], year: number, country?: string): PopulationRow[] {
  return regions.flatMap((region) =>
    region.population?.year === year && (country === undefined || region.country === country)
      ? [{ region, value: region.population.value }]
      : [],
  );
}

/** Total population counted in `year` of the regions of `country` (all countries if absent). */
export function sumPopulation(regions: readonly Region[], year: number, country?: string): number {
  return exactSum(populationRows(regions, year, country).map((r) => r.value));
}

/** Flows of `year`; with `country`, only those exported from a region of that country. */
export function selectFlows(flows: readonly TradeFlow[], regions: readonly Region[], year: number, country?: string): TradeFlow[] {
  return flows.filter((f) => f.year === year && (country === undefined || byId(regions, f.from)?.country === country));
}

/** Sum of the values of `flows` (thousand US dollars). */
export function sumFlows(flows: readonly TradeFlow[]): number {
  return exactSum(flows.map((f) => f.value));
}

/** A flow's share, in percent, of all flows of the same year in `all`. */
export function flowShare(flow: TradeFlow, all: readonly TradeFlow[]): number {
  const total = sumFlows(all.filter((f) => f.year === flow.year));
  if (total === 0) throw new Error(`flowShare: the flows of ${flow.year} add up to zero, so "${flow.id}" has no share`);
  return (flow.value / total) * 100;
}

export interface FlowGroup {
  /** Id of the exporting region. */
  from: string;
  flows: TradeFlow[];
}

/** Flows grouped by exporting region, groups and rows in data order (the source table's order). */
export function groupFlowsByExporter(flows: readonly TradeFlow[]): FlowGroup[] {
  const groups = new Map<string, TradeFlow[]>();
  for (const f of flows) {
    const group = groups.get(f.from);
    if (group) group.push(f);
    else groups.set(f.from, [f]);
  }
  return [...groups].map(([from, list]) => ({ from, flows: list }));
}

/** Number of regions on the border, of `country` if given. */
export function countBorderRegions(regions: readonly Region[], country?: string): number {
  return regions.filter((r) => r.border && (country === undefined || r.country === country)).length;
}
