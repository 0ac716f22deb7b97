/** `npm run validate`: checks the report's content and data without building. */
import { loadReport } from '../report/load.ts';
import { ReportError } from '../report/errors.ts';

try {
  const report = loadReport();
  const counts = Object.entries(report.data).map(([name, rows]) => `${rows.length} ${name}`);
  console.log(`valid: ${report.chapters.length} chapters, ${counts.join(', ')}, ${report.datasets.length} declared datasets`);
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
