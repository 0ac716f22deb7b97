/**
 * The engine as an Astro integration: validates the report before Astro
 * starts, so editors see every problem at once, each with file, line and field.
 */
import type { AstroIntegration } from 'astro';
import { loadReport } from './report/load.ts';

export default function reportEngine(): AstroIntegration {
  return {
    name: 'report-engine',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const report = loadReport();
        logger.info(`report "${report.site.shortTitle}": ${report.chapters.length} chapters, data valid`);
      },
    },
  };
}
