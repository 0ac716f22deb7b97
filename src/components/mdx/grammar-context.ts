/** What the grammar's components read while a page renders: the report's tables and the page's locale. */
import type { GrammarContext } from '../../grammar/component.ts';
import { tablesOf } from '../../grammar/tables.ts';
import { cachedReport } from '../../lib/report-cache.ts';

/** `locale`: the page's language (src/i18n/page.ts), so numbers are written for it ("5 638 263"); the site's by default. */
export function grammarContext(locale?: string): GrammarContext {
  const report = cachedReport();
  return { tables: tablesOf(report), locale: locale ?? report.site.lang };
}
