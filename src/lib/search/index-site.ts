/**
 * The search index: Pagefind reads the finished (staged) site and writes its
 * index and scripts into <site>/pagefind/. It runs as the last post-build step
 * of the engine's integration (src/integration.ts, `astro:build:done`), so
 * every built site carries an index that matches its pages. Only pages with `data-pagefind-body` are indexed (chapters and
 * record pages); lists, the search page and the 404 page are not.
 * @see https://pagefind.app/docs/node-api/
 */
import fs from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { writeVocabularies } from './vocabulary.ts';

/** The folder, inside the site, that holds the index and Pagefind's scripts. */
export const searchFolder = 'pagefind';

/** Files of Pagefind's own search UIs (default, modular, component), which this site does not use; its highlight script it keeps (highlight.ts). */
const unusedUi = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$|^pagefind-highlight\.css$/;

export interface IndexSummary {
  pages: number;
  /** Words in the "did you mean" vocabulary of each language (vocabulary.ts). */
  vocabulary: Record<string, number>;
}

/** Indexes the site in `siteDir` and writes the index into `siteDir/pagefind/`. Throws on any Pagefind error. */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const fail = (what: string, errors: readonly string[]): never => {
    throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length > 0) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', ['no page has data-pagefind-body, or the site is empty']);
    const out = path.join(siteDir, searchFolder);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    // The site talks to Pagefind's JS API only (src/lib/search/client.ts): its ready-made UIs are not published.
    for (const name of fs.readdirSync(out)) {
      if (unusedUi.test(name)) fs.rmSync(path.join(out, name));
    }
    return { pages: added.page_count, vocabulary: writeVocabularies(siteDir, out) };
  } finally {
    await close();
  }
}
