/**
 * The report's declared datasets for the pages (/data/, datapackage.json,
 * the CSV files): read again only when a file in data/ changes (so
 * `npm run dev` picks up edits), validated against the report's references.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataPackage, loadDatasetsOrThrow, packageName, type Dataset, type PackageContext } from '../datasets/index.ts';
import type { Report } from '../report/load.ts';
import { cachedReport } from './report-cache.ts';
import { referenceHref } from './url.ts';

const memo = new Map<string, { stamp: string; report: Report; datasets: Dataset[] }>();

/** Names and modification times of the files in data/. */
function stamp(root: string): string {
  const dir = path.join(root, 'data');
  try {
    return fs
      .readdirSync(dir)
      .sort()
      .map((n) => `${n}@${fs.statSync(path.join(dir, n)).mtimeMs}`)
      .join('|');
  } catch {
    return '';
  }
}

/** The declared datasets of the current report, sorted by name; throws a ReportError when one is invalid. */
export function reportDatasets(report: Report = cachedReport()): Dataset[] {
  const now = stamp(report.root);
  const hit = memo.get(report.root);
  if (hit !== undefined && hit.stamp === now && hit.report === report) return hit.datasets;
  const datasets = loadDatasetsOrThrow(report.root, new Set(report.data.references.map((r) => r.id)));
  memo.set(report.root, { stamp: now, report, datasets });
  return datasets;
}

/** What the Data Package needs of the report: its name, title, licence and bibliography. */
export function packageContext(report: Report = cachedReport()): PackageContext {
  return {
    name: packageName(report.site.shortTitle),
    title: report.site.title,
    licence: report.site.licence,
    references: new Map(report.data.references.map((r) => [r.id, { id: r.id, title: r.title, URL: r.URL }])),
    referenceUrl: (id) => new URL(referenceHref(id), report.site.url).href,
  };
}

/** The report's datapackage.json text. */
export function reportDataPackage(report: Report = cachedReport()): string {
  return `${JSON.stringify(dataPackage(reportDatasets(report), packageContext(report)), null, 2)}\n`;
}
