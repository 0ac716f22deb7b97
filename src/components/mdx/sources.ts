/** Names the source of a datum (reference plus locator), the same way in every component. */
import { citationLabels, narrative, parenthetical, type CitationStyle, type CiteLabel, type Reference } from '../../lib/bibliography.ts';
import { cachedReport } from '../../lib/report-cache.ts';

/** A datum's source as the validated report holds it: `ref` is a references id. */
export interface Source {
  ref: string;
  locator: string;
}

/** A source ready to print: the reference's id (for its link), its citation label and the locator. */
export interface NamedSource {
  ref: string;
  /** "Valley Statistics Office (2024)". */
  name: string;
  /** "Valley Statistics Office, 2024". */
  short: string;
  locator: string;
}

/** Citation labels of `references` in the report's citation style, failing loudly for a source whose reference is missing. */
export function sourceNamer(
  references: readonly Reference[],
  style: CitationStyle = cachedReport().site.citationStyle,
): (s: Source) => NamedSource {
  const labels = citationLabels(references, style);
  return (s) => {
    const ref = s.ref;
    const label: CiteLabel | undefined = labels.get(ref);
    if (!label) throw new Error(`unknown reference id "${ref}" in a source; expected the id of an entry in data/references.yaml`);
    return { ref, name: narrative(label), short: parenthetical(label), locator: s.locator };
  };
}

/** Distinct sources in first-seen order, so a table of many rows from one table names it once. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) {
    const key = `${s.ref}\u0000${s.locator}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/** "Valley Statistics Office, 2024, Table 1; Example, 2025, section 1": sources in a title attribute. */
export const sourcesText = (named: readonly NamedSource[]): string => named.map((n) => `${n.short}, ${n.locator}`).join('; ');
