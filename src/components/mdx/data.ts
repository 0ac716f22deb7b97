/**
 * The report's data as the MDX components read it: the validated report
 * itself (what the collections' loaders are fed from), in file order and with
 * cross-references as plain ids. Astro's getCollection() is not used because
 * it returns entries sorted by id, and the source's tables have their own order.
 */
import { cachedReport } from '../../lib/report-cache.ts';
import type { ReportData } from '../../report/load.ts';

/** The collections the MDX components read. */
export type MdxData = Pick<ReportData, 'regions' | 'references' | 'editorialNotes'>;

/** The data of the report being built (REPORT_ROOT or the working directory). */
export function mdxData(): MdxData {
  return cachedReport().data;
}
