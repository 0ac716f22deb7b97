/**
 * The site configuration of a report (content/site.yaml): everything the chrome
 * needs to know about the site itself. It describes this site and its text, not
 * the publication the site retells: that publication is a reference in
 * data/references.yaml, named by `sourceWork`, and keeps its own authors and date.
 */
import { z } from 'astro/zod';
import { partialDate } from './common.ts';
import { citationStyles } from '../csl/styles.ts';

/** The URL a report gets when it names none: fine for dev and tests, refused by a publishing build (src/report/site.ts). */
export const placeholderUrl = 'https://example.org';

/** Who wrote the site's own text, until a report names its editors. */
export const defaultEditors = [{ name: 'Report site editors', kind: 'group' as const }];

/** A person or a group who wrote and edits the site's text. */
export const editorSchema = z.strictObject({
  /** The name as shown on the pages: "Jane Q. Doe", or a group's name ("Report site editors"). */
  name: z.string().min(1),
  /**
   * "person" (the default): cited as family name and initials ("Doe, J. Q."), the family name being
   * the last word of `name` unless `family` says otherwise. "group": cited by its name, as it is.
   */
  kind: z.enum(['person', 'group'], { error: 'expected "person" or "group"' }).default('person'),
  /** A person's family name when it is not the last word of `name` ("de la Cruz"). */
  family: z.string().min(1).optional(),
});
export type Editor = z.infer<typeof editorSchema>;

/** A synonym group: words or phrases a reader may type for the same thing ("RF", "Russia", "Russian Federation"). */
const synonymGroup = z
  .array(z.string().trim().min(1, { error: 'expected a word or phrase' }), {
    error: 'expected a list such as [RF, Russia, Russian Federation]',
  })
  .min(2, { error: 'expected at least two words or phrases that mean the same' });

/** The search section of site.yaml. */
export const searchConfigSchema = z.strictObject({
  /** Groups of synonyms: a query with one of them also finds the pages that use another. Any language; each group applies where its words occur. */
  synonyms: z
    .array(synonymGroup)
    .default([])
    .superRefine((groups, ctx) => {
      // A word in two groups would make the groups one: say so rather than merge them silently.
      const seen = new Map<string, number>();
      groups.forEach((group, g) =>
        group.forEach((term, t) => {
          const key = term.toLowerCase();
          const first = seen.get(key);
          if (first !== undefined && first !== g)
            ctx.addIssue({
              code: 'custom',
              path: [g, t],
              message: `"${term}" is already in synonym group ${first + 1}: put the words of one meaning in one group`,
            });
          seen.set(key, first ?? g);
        }),
      );
    }),
});
export type SearchConfig = z.infer<typeof searchConfigSchema>;

export const siteSchema = z.strictObject({
  /** Full title of the site. */
  title: z.string().min(1),
  /** Short title for the header and the <title> suffix. */
  shortTitle: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(1),
  /** Language of the site as a BCP 47 tag. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "en"' })
    .default('en'),
  /**
   * Public URL of the site, without the base path: canonical URLs, Open Graph, the sitemap and
   * citations. The deploy normally sets it instead (SITE_URL, see src/report/site.ts); without
   * either, dev and test builds use a placeholder and a publishing build stops.
   */
  url: z.url({ error: 'expected an absolute URL such as "https://reports.example.net"' }).default(placeholderUrl),
  /** Sub-path the site is served under, such as "/report"; "/" for the root. SITE_URL or SITE_BASE override it. */
  base: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._-]+\/?)*$/, { error: 'expected a path starting with "/"' })
    .default('/'),
  /**
   * The authors of the site's own text (not of the publication it retells). Until a person is
   * named, a neutral group name: "Report site editors".
   */
  editors: z.array(editorSchema).min(1, { error: 'expected at least one editor' }).default(defaultEditors),
  /**
   * Date of this edition of the site: what its citation gives and the byline shows. Set by hand
   * when a new edition is published; never the build's clock, so builds stay byte-identical.
   */
  date: partialDate,
  /** Licence of the site's own text and data. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
  /** Keywords of the site. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Extra links for the header navigation, after the chapters. */
  nav: z.array(z.strictObject({ label: z.string().min(1), href: z.string().min(1) })).default([]),
  /** Search: synonyms that the search box expands a query with (src/lib/search/synonyms.ts). */
  search: searchConfigSchema.default({ synonyms: [] }),
  /**
   * Id of the reference (data/references.yaml) this site is based on. Every page says so with its
   * full citation, "Cite this" offers it first, and the JSON-LD names it as `isBasedOn`.
   */
  sourceWork: z.string().optional(),
  /** CSL style of citations and the bibliography: "apa" (default), "gost-r-7.0.100-2018", "harvard1" or "vancouver". */
  citationStyle: z.enum(citationStyles, { error: `expected one of ${citationStyles.map((s) => `"${s}"`).join(', ')}` }).default('apa'),
});
export type SiteConfig = z.infer<typeof siteSchema>;
