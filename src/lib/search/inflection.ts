/**
 * A workaround for Pagefind 1.6's Russian stemming: Pagefind folds diacritics
 * before it stems, so "й" becomes "и" and the Snowball stemmer no longer
 * knows the endings -ой, -ый, -ий, -ей. "приграничной" is then stemmed apart
 * from "приграничная" and "приграничного", and a reader's inflected query
 * («приграничной торговли», «Костанайской области») misses the pages that use
 * another case. A query holding such a word is also searched with the word in
 * a form that stems like the rest of its paradigm (-ой → -ого, -ей → -его),
 * and the results are merged (find.ts), as for synonyms. Keyed by the page's
 * language; a language without an entry is searched as typed.
 */

interface Refold {
  /** A word ending in a folded ending, with at least three letters before it. */
  pattern: RegExp;
  /** The ending to put in its place: one the stemmer removes. */
  ending: (folded: string) => string;
}

const refolds: Readonly<Record<string, readonly Refold[]>> = {
  ru: [
    {
      pattern: /(?<=[\p{L}]{3})([оыиеОЫИЕ])[йЙ](?![\p{L}\p{M}])/gu,
      ending: (vowel) => {
        const e = /[оыОЫ]/.test(vowel) ? 'ого' : 'его';
        return vowel === vowel.toUpperCase() ? e.toUpperCase() : e;
      },
    },
  ],
};

/** The query with each word in a folded ending put in a form the stemmer knows; undefined when nothing changes. */
export function refolded(query: string, lang: string): string | undefined {
  const rules = refolds[(lang.split('-')[0] ?? '').toLowerCase()];
  if (rules === undefined) return undefined;
  let out = query;
  for (const r of rules) out = out.replace(r.pattern, (_m, vowel: string) => r.ending(vowel));
  return out === query ? undefined : out;
}

/** Each query, followed by its refolded form when it has one (no duplicates). */
export function withRefolded(queries: readonly string[], lang: string): string[] {
  const out: string[] = [];
  for (const q of queries) {
    for (const v of [q, refolded(q, lang)]) {
      if (v !== undefined && !out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
    }
  }
  return out;
}
