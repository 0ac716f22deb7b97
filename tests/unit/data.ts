/** Test data: the second-report fixture as loaded by the engine, plus builders for entries the fixture lacks. */
import { loadReport, type KeyFigure, type ReportData, type TradeFlow } from '../../src/report/load.ts';
import { fixtureRoot } from '../helpers/paths.ts';

/** The fixture's validated data (North 1,200 + East 800 people; flows 300.5 + 99.5). */
export const fixture: ReportData = loadReport(fixtureRoot).data;

const source = { ref: 'sample-2025', locator: 'section 1' };

/** A key figure with the given value and unit, sourced like the fixture's. */
export function figure(id: string, value: number, unit: KeyFigure['unit'], extra: Partial<KeyFigure> = {}): KeyFigure {
  return { id, label: `Figure ${id}`, value, unit, qualifier: 'exactly', source, ...extra };
}

/** A trade flow between two fixture regions. */
export function flow(id: string, value: number, year = 2024, from = 'XA-NOR'): TradeFlow {
  return { id, year, from, to: 'XB-SOU', value, source: { ref: 'valley-stats-2024', locator: 'Table 2' } };
}

/** The fixture with entries added to the collections the MDX components read. */
export function withData(
  extra: Partial<Pick<ReportData, 'regions' | 'tradeFlows' | 'keyFigures' | 'references' | 'editorialNotes'>>,
): ReportData {
  return {
    ...fixture,
    regions: [...fixture.regions, ...(extra.regions ?? [])],
    tradeFlows: [...fixture.tradeFlows, ...(extra.tradeFlows ?? [])],
    keyFigures: [...fixture.keyFigures, ...(extra.keyFigures ?? [])],
    references: [...fixture.references, ...(extra.references ?? [])],
    editorialNotes: [...fixture.editorialNotes, ...(extra.editorialNotes ?? [])],
  };
}
