/** `npm run validate`: checks the report's content and data without building. */
import { loadReport } from '../report/load.ts';
import { ReportError } from '../report/errors.ts';
import { loadDatasetsOrThrow } from '../datasets/index.ts';

try {
  const report = loadReport();
  const datasets = loadDatasetsOrThrow(report.root, new Set(report.data.references.map((r) => r.id)));
  const counts = Object.entries(report.data).map(([name, rows]) => `${rows.length} ${name}`);
  console.log(`valid: ${report.chapters.length} chapters, ${counts.join(', ')}, ${datasets.length} declared datasets`);
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
