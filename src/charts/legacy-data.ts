/**
 * TRANSITIONAL, removed when the grammar's <Chart> and <Map> replace
 * src/charts/figures.ts and src/maps/figures.ts: that code still reads trade
 * flows, key figures and populations as the records they were before they
 * became declared datasets (data/trade-flows.*, key-figures.*, population.*).
 * This rebuilds those records from the datasets, so the old figures draw as
 * before meanwhile. Nothing else may use it.
 */
import type { Dataset } from '../datasets/index.ts';
import type { Report, ReportData } from '../report/load.ts';
import type { Source } from '../lib/sources.ts';

export interface TradeFlow {
  id: string;
  year: number;
  from: string;
  to: string;
  value: number;
  source: Source;
}

export type KeyFigureUnit = 'km' | 'USD' | 'percent' | 'count' | 'rank' | 'people' | 'tonnes';
export interface KeyFigure {
  id: string;
  label: string;
  value: number;
  unit: KeyFigureUnit;
  noun?: string | undefined;
  qualifier: 'exactly' | 'about' | 'over' | 'under';
  year?: string | undefined;
  source: Source;
}

export type Region = ReportData['regions'][number] & { population?: { year: number; value: number; source: Source } | undefined };

export type FigureRecords = Omit<ReportData, 'regions'> & { regions: Region[]; tradeFlows: TradeFlow[]; keyFigures: KeyFigure[] };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const firstSource = (d: Dataset | undefined): Source => {
  const s = d?.sources[0];
  return { ref: s?.ref ?? '', locator: s?.locator ?? '' };
};

/** The printed unit back to the old unit names. */
function unitOf(unit: string): { unit: KeyFigureUnit; noun?: string } {
  if (unit === '') return { unit: 'rank' };
  if (unit === 'US dollars') return { unit: 'USD' };
  if (unit === '%') return { unit: 'percent' };
  if (unit === 'km' || unit === 'people' || unit === 'tonnes') return { unit };
  return { unit: 'count', noun: unit };
}

const cache = new WeakMap<Report, FigureRecords>();

/** The report's records with trade flows, key figures and populations rebuilt from the datasets. */
export function figureRecords(report: Pick<Report, 'data' | 'datasets'> & object): FigureRecords {
  const hit = cache.get(report as Report);
  if (hit) return hit;
  const byName = new Map(report.datasets.map((d) => [d.name, d]));
  const flows = byName.get('trade-flows');
  const figures = byName.get('key-figures');
  const population = byName.get('population');
  const tradeFlows: TradeFlow[] = (flows?.rows ?? []).map((r) => ({
    id: `${text(r.values['from'])}-${text(r.values['to'])}`.toLowerCase(),
    year: num(r.values['year']),
    from: text(r.values['from']),
    to: text(r.values['to']),
    value: num(r.values['value']),
    source: firstSource(flows),
  }));
  const keyFigures: KeyFigure[] = (figures?.rows ?? []).map((r) => ({
    id: text(r.values['id']),
    label: text(r.values['label']),
    value: num(r.values['value']),
    ...unitOf(text(r.values['unit'])),
    qualifier: (text(r.values['qualifier']) || 'exactly') as KeyFigure['qualifier'],
    year: r.values['year'] === null ? undefined : text(r.values['year']),
    source: { ref: text(r.values['source']), locator: text(r.values['locator']) },
  }));
  const regions: Region[] = report.data.regions.map((region) => {
    const p = population?.rows.find((r) => r.values['region'] === region.id);
    return p === undefined
      ? region
      : { ...region, population: { year: num(p.values['year']), value: num(p.values['value']), source: firstSource(population) } };
  });
  const out = { ...report.data, regions, tradeFlows, keyFigures };
  cache.set(report as Report, out);
  return out;
}
