/**
 * Relevance sets: queries and the pages (chapters, sections, records) each
 * must bring into the first three results. A report keeps its own in
 * content/search/relevance.yaml, one list per language; the engine validates
 * it (errors name the file and line) and measures it against a built index
 * with the same search the reader gets (find.ts: synonyms, then "did you
 * mean" when nothing is found).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { ReportError, type ReportIssue } from '../../report/errors.ts';
import { bestSections, find, type Hit, type SearchApi } from './find.ts';
import { suggest } from './suggest.ts';
import type { SynonymGroups } from './synonyms.ts';

/** Where a report keeps its relevance set. */
export const relevanceFile = 'content/search/relevance.yaml';

/** How many results a query's pages must be among. */
export const topN = 3;

/** A page path, and perhaps a heading's id: ids keep the heading's letters in any script ("#население"). */
const target = z.string().regex(/^\/(?:[^\s#?]*\/)?(?:#[\p{L}\p{M}\p{N}_-]+)?$/u, {
  error: 'expected a site path such as "/chapters/methods/" or a section "/chapters/methods/#approach"',
});

export const relevanceQuery = z
  .strictObject({
    /** What the reader types. */
    query: z.string().trim().min(1, { error: 'expected the words a reader types' }),
    /** Pages ("/treaties/water-agreement-1992/") or sections ("/chapters/methods/#approach") that must come in the first three. */
    expect: z
      .array(target, { error: 'expected a list of site paths' })
      .min(1, { error: 'expected at least one page or section' })
      .optional(),
    /** For a misspelt query: the "did you mean" the search must offer; the expected pages are those of the suggestion. */
    suggest: z.string().trim().min(1).optional(),
  })
  .refine((q) => q.expect !== undefined || q.suggest !== undefined, {
    error: 'expected "expect" (the pages or sections it must find), or "suggest" (the "did you mean" of a misspelt query), or both',
  });
export type RelevanceQuery = z.infer<typeof relevanceQuery>;

/** One list of queries per language code ("en", "ru"). */
export const relevanceSchema = z.record(
  z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code such as "en"' }),
  z.array(relevanceQuery, { error: 'expected a list of queries' }),
);
export type RelevanceSet = z.infer<typeof relevanceSchema>;

/** Reads and validates a report's relevance set; undefined when it has none; a ReportError naming file and line when it is wrong. */
export function loadRelevance(root: string, file = relevanceFile): RelevanceSet | undefined {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(fs.readFileSync(full, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const issues: ReportIssue[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, message: `not valid YAML: ${e.message.split('\n')[0] ?? ''}` };
  });
  if (issues.length === 0) {
    const result = relevanceSchema.safeParse(doc.toJS(), { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // The closest node that exists: a missing field is reported at its entry.
      let node: unknown;
      for (let n = at.length; n >= 0 && node === undefined; n--) node = doc.getIn(at.slice(0, n), true);
      const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      const pos = offset === undefined ? undefined : lines.linePos(offset);
      const [lang, index, ...field] = at;
      issues.push({
        file,
        line: pos?.line,
        column: pos?.col,
        entry: lang === undefined ? undefined : index === undefined ? String(lang) : `${String(lang)}[${String(index)}]`,
        field: field.length > 0 ? field.join('.') : undefined,
        message: issue.message,
      });
    }
  }
  throw new ReportError(issues, root);
}

/** What one query brought. */
export interface Outcome {
  query: string;
  /** The query whose results were measured: the "did you mean" suggestion, for a misspelt one. */
  searched: string;
  suggestion?: string | undefined;
  expect: string[];
  /** The first results' paths, each with its first sections ("/chapters/x/#y"). */
  top: string[];
  missing: string[];
  hit: boolean;
}

/** "/base/chapters/x/?highlight=y#z" → "/chapters/x/#z", decoded ("#население", not "#%D0%BD…"). */
export function sitePath(url: string, base: string): string {
  const u = new URL(url, 'https://site.invalid');
  const p = base !== '/' && u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
  return decodeURIComponent(`${p}${u.hash}`);
}

async function topPaths(results: readonly Hit[], base: string): Promise<string[]> {
  const out: string[] = [];
  for (const r of results.slice(0, topN)) {
    const d = await r.data();
    out.push(sitePath(d.url, base));
    for (const s of bestSections(d.sub_results)) out.push(sitePath(s.url, base));
  }
  return out;
}

/**
 * Runs each query as the search UI does (in the page language `lang`, whose
 * stemming find.ts helps), and says which expected pages and sections came in
 * the first three. `open` gives a Pagefind instance per query:
 * Pagefind's typo tolerance looks only in the index chunks loaded so far, so a
 * fresh instance makes each query's outcome independent of the ones before it.
 */
export async function measure(
  open: () => Promise<SearchApi>,
  queries: readonly RelevanceQuery[],
  synonyms: SynonymGroups,
  vocabulary: readonly string[],
  base = '/',
  lang = '',
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const q of queries) {
    const api = await open();
    let found = await find(api, q.query, synonyms, {}, undefined, lang);
    let searched = q.query;
    let suggestion: string | undefined;
    if (found?.faint === true) {
      suggestion = suggest(q.query, vocabulary);
      if (suggestion !== undefined) {
        searched = suggestion;
        found = await find(api, suggestion, synonyms, {}, undefined, lang);
      }
    }
    const top = await topPaths(found?.results ?? [], base);
    const expect = q.expect ?? [];
    const missing = expect.filter((e) => !top.includes(e));
    const wrongSuggestion = q.suggest !== undefined && suggestion?.toLowerCase() !== q.suggest.toLowerCase();
    out.push({ query: q.query, searched, suggestion, expect, top, missing, hit: missing.length === 0 && !wrongSuggestion });
  }
  return out;
}

/** A report of the outcomes, one line per query, for the test log. */
export function describeOutcomes(outcomes: readonly Outcome[]): string {
  const hits = outcomes.filter((o) => o.hit).length;
  const lines = outcomes.map(
    (o) =>
      `${o.hit ? 'ok  ' : 'MISS'} ${JSON.stringify(o.query)}${o.suggestion === undefined ? '' : ` → did you mean ${JSON.stringify(o.suggestion)}`}` +
      (o.hit ? '' : `: missing ${o.missing.join(', ') || '(the expected suggestion)'}; got ${o.top.join(' ')}`),
  );
  return `${hits}/${outcomes.length} queries hit (${((100 * hits) / Math.max(1, outcomes.length)).toFixed(0)}%)\n${lines.join('\n')}`;
}
