/**
 * Synonyms from the report's config (site.yaml `search.synonyms`). Pagefind
 * has no synonyms of its own, and it matches every word of a query, so adding
 * "Russia" to "RF trade" would ask for pages with both. Instead a query is
 * turned into its alternatives (each synonym put in place of the one typed),
 * each alternative is searched, and the results are merged (find.ts).
 */

export type SynonymGroups = readonly (readonly string[])[];

/** At most this many alternatives are searched, the query as typed first. */
export const maxAlternatives = 6;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Match {
  start: number;
  end: number;
  group: readonly string[];
}

/** Where the query holds a term of a group, as a whole word or phrase; longer terms first, no overlaps. */
function matches(query: string, groups: SynonymGroups): Match[] {
  const terms = groups.flatMap((group) => group.map((term) => ({ term, group }))).sort((a, b) => b.term.length - a.term.length);
  const found: Match[] = [];
  for (const { term, group } of terms) {
    const words = term.trim().split(/\s+/).map(escape).join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of query.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, group });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The query as typed, then the same query with synonyms in place of the terms it holds (at most `max`). */
export function alternatives(query: string, groups: SynonymGroups, max = maxAlternatives): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  const out = [q];
  const found = matches(q, groups);
  if (found.length === 0) return out;
  // Every combination, built left to right; the first found term varies slowest.
  let variants: string[] = [''];
  let at = 0;
  for (const m of found) {
    const before = q.slice(at, m.start);
    const typed = q.slice(m.start, m.end);
    const choices = [typed, ...m.group.filter((t) => t.toLowerCase() !== typed.toLowerCase())];
    variants = variants.flatMap((v) => choices.map((c) => `${v}${before}${c}`));
    at = m.end;
    if (variants.length > max * 4) break;
  }
  const tail = q.slice(at);
  for (const v of variants) {
    const full = `${v}${tail}`;
    if (!out.some((o) => o.toLowerCase() === full.toLowerCase())) out.push(full);
    if (out.length >= max) break;
  }
  return out;
}
