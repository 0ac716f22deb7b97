/** What the grammar's components read while a page renders: the report's tables and the page's locale. */
import type { GrammarContext } from '../../grammar/component.ts';
import { tablesOf } from '../../grammar/tables.ts';
import { cachedReport } from '../../lib/report-cache.ts';

export function grammarContext(): GrammarContext {
  const report = cachedReport();
  return { tables: tablesOf(report), locale: report.site.lang };
}
