/**
 * The real report's search relevance, on purpose read from the report's own
 * content (content/search/relevance.yaml), like facts.ts: at least 30 queries
 * per language, each with the pages and sections it must bring into the first
 * three, run as a reader's search runs (the browser's ranking, the synonyms of
 * content/site.yaml, "did you mean") against that language's index. The test
 * prints the hit rate of each language and fails below `threshold`; every
 * expected page and section must exist in the build. An instrument's Russian
 * title (originalTitle, shown on its English page) finds it in the English index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOutcomes, loadRelevance, measure, relevanceFile, topN } from '../../src/lib/search/relevance.ts';
import type { VocabularyFile } from '../../src/lib/search/suggest.ts';
import { loadReport, loadSite } from '../../src/report/load.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
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
  it('exists, with at least 30 queries for every language of the site', () => {
    expect(set, `${relevanceFile} is missing`).toBeDefined();
    const langs = siteLocales(site).map((l) => l.code.split('-')[0] ?? l.code);
    for (const lang of langs) expect(set?.[lang]?.length ?? 0, lang).toBeGreaterThanOrEqual(minQueries);
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
      const outcomes = await measure(() => loadPagefind(real.outDir, '/', true, {}, lang), queries, site.search.synonyms, words, '/', lang);
      const report = describeOutcomes(outcomes);
      console.log(`[search] relevance (${lang}): ${report}`);
      const rate = outcomes.filter((o) => o.hit).length / outcomes.length;
      expect(rate, report).toBeGreaterThanOrEqual(threshold);
    });
  }

  it("an instrument's Russian title finds its page in the English edition's index", async () => {
    const titled = loadReport(projectRoot).data.instruments.flatMap((i) =>
      i.originalTitle === undefined ? [] : [{ query: i.originalTitle.text, expect: [`/treaties/${i.id}/`] }],
    );
    expect(titled.length).toBeGreaterThan(0);
    const outcomes = await measure(() => loadPagefind(real.outDir, '/', true, {}, 'en'), titled, site.search.synonyms, []);
    const report = describeOutcomes(outcomes);
    console.log(`[search] Russian titles in the English index (top ${topN}): ${report.split('\n')[0] ?? ''}`);
    expect(
      outcomes.filter((o) => !o.hit),
      report,
    ).toEqual([]);
  });
});
