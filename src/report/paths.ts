/** Where a report lives. The engine reads one report root: the project itself by default. */
import path from 'node:path';

/** The report root: `REPORT_ROOT` if set (a fixture, another report), else the working directory. */
export function reportRoot(): string {
  return path.resolve(process.env['REPORT_ROOT'] ?? process.cwd());
}

/** Data files of each collection, relative to the report root. */
export const dataFiles = {
  regions: 'data/regions.yaml',
  tradeFlows: 'data/trade-flows.yaml',
  keyFigures: 'data/key-figures.yaml',
  parties: 'data/parties.yaml',
  instruments: 'data/instruments.yaml',
  forums: 'data/forums.yaml',
  institutions: 'data/institutions.yaml',
  references: 'data/references.yaml',
  editorialNotes: 'data/editorial-notes.yaml',
} as const;

export const chaptersDir = 'content/chapters';
export const siteFile = 'content/site.yaml';
