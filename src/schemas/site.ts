/** The site configuration of a report: everything the chrome needs to know. */
import { z } from 'astro/zod';
import { partialDate } from './common.ts';
import { citationStyles } from '../csl/styles.ts';

export const siteSchema = z.strictObject({
  /** Full title of the report. */
  title: z.string().min(1),
  /** Short title for the header and the <title> suffix. */
  shortTitle: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(1),
  /** Language of the report as a BCP 47 tag. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "en"' })
    .default('en'),
  /** Public URL of the site, without the base path: used for canonical URLs and the sitemap. */
  url: z.url({ error: 'expected an absolute URL such as "https://example.org"' }),
  /** Sub-path the site is served under, such as "/report"; "/" for the root. */
  base: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._-]+\/?)*$/, { error: 'expected a path starting with "/"' })
    .default('/'),
  authors: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** Id of an entry in `affiliations`. */
        affiliation: z.string().optional(),
      }),
    )
    .min(1, { error: 'expected at least one author' }),
  affiliations: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1), address: z.string().optional() })).default([]),
  /** Date the site edition was published. */
  published: partialDate,
  /** Licence of the site's own text and data. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
  /** Keywords of the report. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Extra links for the header navigation, after the chapters. */
  nav: z.array(z.strictObject({ label: z.string().min(1), href: z.string().min(1) })).default([]),
  /** Id of the reference that is the publication this site retells. */
  sourceWork: z.string().optional(),
  /** CSL style of citations and the bibliography: "apa" (default), "gost-r-7.0.100-2018", "harvard1" or "vancouver". */
  citationStyle: z.enum(citationStyles, { error: `expected one of ${citationStyles.map((s) => `"${s}"`).join(', ')}` }).default('apa'),
});
export type SiteConfig = z.infer<typeof siteSchema>;
