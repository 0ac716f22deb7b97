/**
 * The report's declared datasets for the pages (/data/, datapackage.json,
 * the CSV files). They are read and validated with the rest of the report
 * (src/report/load.ts), and read again when a file in data/ changes.
 */
import { dataPackage, packageName, type Dataset, type PackageContext } from '../datasets/index.ts';
import type { Report } from '../report/load.ts';
import { cachedReport } from './report-cache.ts';
import { referenceHref } from './url.ts';

/** The declared datasets of the current report, sorted by name (validated with the rest of the report). */
export function reportDatasets(report: Report = cachedReport()): Dataset[] {
  return report.datasets;
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
