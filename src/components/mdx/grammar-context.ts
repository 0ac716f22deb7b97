/** What the grammar's components read while a page renders: the report's tables and the page's locale. */
import type { GrammarContext } from '../../grammar/component.ts';
import { tablesOf } from '../../grammar/tables.ts';
import { cachedReport } from '../../lib/report-cache.ts';
import { translator } from '../../i18n/messages.ts';

/**
 * `locale`: the page's language (src/i18n/page.ts), so numbers are written for
 * it ("5 638 263"), tables and their labels are in its words and so are the
 * grammar's own; the site's by default.
 */
export function grammarContext(locale?: string): GrammarContext {
  const report = cachedReport();
  const code = locale ?? report.site.lang;
  const catalogue = report.catalogues.get(code);
  return { tables: tablesOf(report, code), locale: code, ...(catalogue === undefined ? {} : { t: translator(code, catalogue) }) };
}
