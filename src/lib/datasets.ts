/**
 * The report's declared datasets for the pages (/data/, datapackage.json,
 * the CSV files): read once per report reading, validated against the
 * report's references.
 */
import { dataPackage, loadDatasetsOrThrow, packageName, type Dataset, type PackageContext } from '../datasets/index.ts';
import type { Report } from '../report/load.ts';
import { cachedReport } from './report-cache.ts';
import { referenceHref } from './url.ts';

const memo = new WeakMap<Report, Dataset[]>();

/** The declared datasets of the current report, sorted by name; throws a ReportError when one is invalid. */
export function reportDatasets(report: Report = cachedReport()): Dataset[] {
  let hit = memo.get(report);
  if (hit === undefined) {
    hit = loadDatasetsOrThrow(report.root, new Set(report.data.references.map((r) => r.id)));
    memo.set(report, hit);
  }
  return hit;
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
