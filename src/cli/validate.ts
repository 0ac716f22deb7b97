/** `npm run validate`: checks the report's content and data without building. */
import { loadReport } from '../report/load.ts';
import { ReportError } from '../report/errors.ts';
import { loadRelevance } from '../lib/search/relevance.ts';

try {
  const report = loadReport();
  const counts = Object.entries(report.data).map(([name, rows]) => `${rows.length} ${name}`);
  console.log(`valid: ${report.chapters.length} chapters, ${counts.join(', ')}, ${report.datasets.length} declared datasets`);
  // The search's relevance set (content/search/relevance.yaml), if the report has one.
  const relevance = Object.entries(loadRelevance(report.root) ?? {}).map(([lang, queries]) => `${queries.length} ${lang}`);
  if (relevance.length > 0) console.log(`valid: search relevance set, queries: ${relevance.join(', ')}`);
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
