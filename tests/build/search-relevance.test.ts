/**
 * The real report's search relevance, on purpose read from the report's own
 * content (content/search/relevance.yaml), like facts.ts: at least 30 queries
 * per language, each with the pages and sections it must bring into the first
 * three, run as a reader's search runs (the browser's ranking, the synonyms of
 * content/site.yaml, "did you mean"). The test prints the hit rate and fails
 * below `threshold`; every expected page and section must exist in the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOutcomes, loadRelevance, measure, relevanceFile } from '../../src/lib/search/relevance.ts';
import type { VocabularyFile } from '../../src/lib/search/suggest.ts';
import { loadSite } from '../../src/report/load.ts';
import { projectRoot } from '../helpers/paths.ts';
import { useSite } from '../helpers/sites.ts';
import { loadPagefind } from '../search/pagefind-node.ts';

/** The share of queries that must hit: below it, ranking or content has regressed. */
const threshold = 0.9;
/** What the issue asks of each language. */
const minQueries = 30;

const real = useSite('real');
const set = loadRelevance(projectRoot);
const site = loadSite(projectRoot);

describe(`the report's relevance set (${relevanceFile})`, () => {
  it('exists, with at least 30 queries for the site language', () => {
    expect(set, `${relevanceFile} is missing`).toBeDefined();
    expect(set?.[site.lang.split('-')[0] ?? 'en']?.length ?? 0).toBeGreaterThanOrEqual(minQueries);
    for (const [lang, queries] of Object.entries(set ?? {})) expect(queries.length, lang).toBeGreaterThanOrEqual(minQueries);
  });

  it('names pages and sections the build has', () => {
    const wrong: string[] = [];
    for (const [lang, queries] of Object.entries(set ?? {})) {
      for (const q of queries) {
        for (const target of q.expect ?? []) {
          const [page = '', anchor] = target.split('#');
          const file = path.join(real.outDir, page, 'index.html');
          if (!fs.existsSync(file)) wrong.push(`${lang} "${q.query}": no page ${page}`);
          else if (anchor !== undefined && !fs.readFileSync(file, 'utf8').includes(`id="${anchor}"`))
            wrong.push(`${lang} "${q.query}": no section #${anchor} on ${page}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const [lang, queries] of Object.entries(set ?? {})) {
    it(`${lang}: at least ${threshold * 100}% of the queries bring their pages into the first three`, async () => {
      const vocabulary = path.join(real.outDir, 'pagefind', 'vocabulary', `${lang}.json`);
      const words = (JSON.parse(fs.readFileSync(vocabulary, 'utf8')) as VocabularyFile).words;
      const outcomes = await measure(() => loadPagefind(real.outDir, '/', true), queries, site.search.synonyms, words);
      const report = describeOutcomes(outcomes);
      console.log(`[search] relevance (${lang}): ${report}`);
      const rate = outcomes.filter((o) => o.hit).length / outcomes.length;
      expect(rate, report).toBeGreaterThanOrEqual(threshold);
    });
  }
});
