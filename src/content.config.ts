/**
 * The Astro collections: the chapters and their translations, which Astro
 * compiles and renders as MDX. Everything else (site, records, datasets) is read once, validated, by
 * the report loader (src/report/load.ts through src/lib/report-cache.ts): one
 * way to read the report. The frontmatter schema here is the same one the
 * validator applies, so a chapter error is reported once, by the validator,
 * with its file and line.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { chaptersDir, reportRoot } from './report/paths.ts';

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(reportRoot(), chaptersDir) }),
    schema: chapterSchema,
  }),
  // Chapters translated into the site's other languages: content/<code>/chapters/<id>.mdx, with the
  // same ids as content/chapters/ (id "ru/chapters/legal-framework"). A chapter without one falls back
  // to the default language's, with a notice (src/pages/[...locale]/chapters/[id].astro).
  translations: defineCollection({
    // The id is the path without ".mdx": Astro's default would make "ru/chapters/index.mdx" the id "ru/chapters".
    loader: glob({
      pattern: '*/chapters/*.mdx',
      base: path.join(reportRoot(), path.dirname(chaptersDir)),
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: chapterSchema,
  }),
};
