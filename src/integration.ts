/**
 * The engine as an Astro integration: validates the report before Astro
 * starts, so editors see every problem at once, each with file, line and field.
 */
import type { AstroIntegration } from 'astro';
import { loadReport } from './report/load.ts';
import { loadDatasetsOrThrow } from './datasets/index.ts';

export default function reportEngine(): AstroIntegration {
  return {
    name: 'report-engine',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const report = loadReport();
        loadDatasetsOrThrow(report.root, new Set(report.data.references.map((r) => r.id)));
        logger.info(`report "${report.site.shortTitle}": ${report.chapters.length} chapters, data valid`);
      },
    },
  };
}
