/**
 * The report's content collections. Every data collection is fed by
 * `reportLoader`, which validates the whole report first (see
 * src/report/load.ts): a wrong field or an unknown id stops the build with the
 * file, line and field named. Cross-references use Astro's `reference()` so
 * pages can resolve them with `getEntry`.
 */
import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { dataSchemas, type DataCollectionName } from './schemas/data.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { loadReport } from './report/load.ts';
import { cachedReport } from './lib/report-cache.ts';
import { ReportError } from './report/errors.ts';
import { noteReportProblem } from './report/dev-errors.ts';
import { chaptersDir, dataDir, dataFiles, isReportFile, reportRoot, siteFile } from './report/paths.ts';

/** A loader that stores one collection of the validated report. */
function reportLoader(name: DataCollectionName): Loader {
  return {
    name: `report:${name}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const root = reportRoot();
      const file = path.join(root, dataFiles[name]);
      // The first load shares one validated reading among all collections; a change in dev reads afresh.
      const sync = async (fresh: boolean): Promise<void> => {
        const report = fresh ? loadReport(root) : cachedReport(root);
        store.clear();
        for (const item of report.raw[name]) {
          const id = String(item['id']);
          const data = await parseData({ id, data: item, filePath: file });
          store.set({ id, data, filePath: dataFiles[name] });
        }
      };
      // In dev (a watcher), an invalid report keeps the last good entries (none, if it was invalid
      // from the start): the integration (src/integration.ts) prints the report's message once and
      // shows it on every page. Until a reading succeeds, a change to ANY file of the report reads
      // it again, since the fix may be in another file. A build stops on it (src/cli/build.ts has
      // validated the report already).
      let stale = false;
      const syncOrSay = async (fresh: boolean): Promise<void> => {
        try {
          await sync(fresh);
          stale = false;
        } catch (error) {
          if (!watcher || !(error instanceof ReportError)) throw error;
          stale = true;
          noteReportProblem(error, logger);
        }
      };
      await syncOrSay(false);
      watcher?.add([path.join(root, siteFile), path.join(root, dataDir), path.join(root, chaptersDir)]);
      watcher?.on('change', (changed) => {
        const ours = path.resolve(changed) === file;
        if (!ours && !(stale && isReportFile(root, changed))) return;
        syncOrSay(true).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

const schemas = dataSchemas(reference);

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(reportRoot(), chaptersDir) }),
    schema: chapterSchema,
  }),
  regions: defineCollection({ loader: reportLoader('regions'), schema: schemas.regions }),
  parties: defineCollection({ loader: reportLoader('parties'), schema: schemas.parties }),
  instruments: defineCollection({ loader: reportLoader('instruments'), schema: schemas.instruments }),
  forums: defineCollection({ loader: reportLoader('forums'), schema: schemas.forums }),
  institutions: defineCollection({ loader: reportLoader('institutions'), schema: schemas.institutions }),
  references: defineCollection({ loader: reportLoader('references'), schema: schemas.references }),
  editorialNotes: defineCollection({ loader: reportLoader('editorialNotes'), schema: schemas.editorialNotes }),
};
