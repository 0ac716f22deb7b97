/** Test data: the second-report fixture as loaded by the engine, plus builders for entries the fixture lacks. */
import { loadReport } from '../../src/report/load.ts';
import { figureRecords, type FigureRecords, type KeyFigure, type TradeFlow } from '../../src/charts/legacy-data.ts';
import { fixtureRoot } from '../helpers/paths.ts';

/** The fixture's validated report. */
export const fixtureReport = loadReport(fixtureRoot);

/** The fixture's records as the chart code reads them (North 1,200 + East 800 people; flows 300.5 + 99.5). */
export const fixture: FigureRecords = figureRecords(fixtureReport);

const source = { ref: 'sample-2025', locator: 'section 1' };

/** A key figure with the given value and unit, sourced like the fixture's. */
export function figure(id: string, value: number, unit: KeyFigure['unit'], extra: Partial<KeyFigure> = {}): KeyFigure {
  return { id, label: `Figure ${id}`, value, unit, qualifier: 'exactly', source, ...extra };
}

/** A trade flow between two fixture regions. */
export function flow(id: string, value: number, year = 2024, from = 'XA-NOR'): TradeFlow {
  return { id, year, from, to: 'XB-SOU', value, source: { ref: 'valley-stats-2024', locator: 'Table 2' } };
}
