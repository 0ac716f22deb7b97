/** Names the source of a datum (reference plus locator), the same way in every component. */
import { citationLabels, narrative, parenthetical, type CitationStyle, type CiteLabel, type Reference } from '../../lib/bibliography.ts';
import { cachedReport } from '../../lib/report-cache.ts';
import { styleOf } from '../../csl/styles.ts';
import { localized } from '../../i18n/fields.ts';

export type { Source } from '../../lib/sources.ts';
export { uniqueSources } from '../../lib/sources.ts';
import type { Source } from '../../lib/sources.ts';

/** A source ready to print: the reference's id (for its link), its citation label and the locator. */
export interface NamedSource {
  ref: string;
  /** "Valley Statistics Office (2024)". */
  name: string;
  /** "Valley Statistics Office, 2024". */
  short: string;
  locator: string;
}

/**
 * Citation labels of `references` in the report's citation style (or an edition's, in its language `lang`),
 * with each source's locator in the locale `code` (the default language's as written when none), failing
 * loudly for a source whose reference is missing.
 */
export function sourceNamer(
  references: readonly Reference[],
  style: CitationStyle = cachedReport().site.citationStyle,
  lang?: string,
  code?: string,
): (s: Source) => NamedSource {
  const labels = citationLabels(references, style, lang);
  return (s) => {
    const ref = s.ref;
    const label: CiteLabel | undefined = labels.get(ref);
    if (!label) throw new Error(`unknown reference id "${ref}" in a source; expected the id of an entry in data/references.yaml`);
    return {
      ref,
      name: narrative(label),
      short: parenthetical(label),
      locator: code === undefined ? s.locator : localized(s, 'locator', code),
    };
  };
}

/** The namer of an edition: the report's references as the edition `code` cites them (its style, its words). */
export const editionSourceNamer = (code: string): ((s: Source) => NamedSource) => {
  const report = cachedReport();
  return sourceNamer(report.data.references, styleOf(report.site, code), code, code);
};

/** "Valley Statistics Office, 2024, Table 1; Example, 2025, section 1": sources in a title attribute. */
export const sourcesText = (named: readonly NamedSource[]): string => named.map((n) => `${n.short}, ${n.locator}`).join('; ');
