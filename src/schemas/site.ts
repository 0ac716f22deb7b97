/**
 * The site configuration of a report (content/site.yaml): everything the chrome
 * needs to know about the site itself. It describes this site and its text, not
 * the publication the site retells: that publication is a reference in
 * data/references.yaml, named by `sourceWork`, and keeps its own authors and date.
 */
import { z } from 'astro/zod';
import { partialDate } from './common.ts';
import { citationStyles } from '../csl/styles.ts';
import { localesSchema } from '../i18n/locales.ts';
import { gatherFields } from '../i18n/fields.ts';

/** The URL a report gets when it names none: fine for dev and tests, refused by a publishing build (src/report/site.ts). */
export const placeholderUrl = 'https://example.org';

/** Who wrote the site's own text, until a report names its editors. */
export const defaultEditors = [{ name: 'Report site editors', kind: 'group' as const }];

/** The fields of an editor written in each of the site's languages: `name@ru` beside `name` (src/i18n/fields.ts). */
export const editorTranslatable = ['name', 'family'] as const;

/** A person or a group who wrote and edits the site's text. */
const editorFields = z.strictObject({
  /** The name as shown on the pages: "Jane Q. Doe", or a group's name ("Report site editors"). */
  name: z.string().min(1),
  /**
   * "person" (the default): cited as family name and initials ("Doe, J. Q."), the family name being
   * the last word of `name` unless `family` says otherwise. "group": cited by its name, as it is.
   */
  kind: z.enum(['person', 'group'], { error: 'expected "person" or "group"' }).default('person'),
  /** A person's family name when it is not the last word of `name` ("de la Cruz"). */
  family: z.string().min(1).optional(),
  /** The name (and family name) in the site's other languages, by locale code: `name@ru` in site.yaml. */
  translations: z
    .record(z.string(), z.strictObject({ name: z.string().min(1).optional(), family: z.string().min(1).optional() }))
    .optional(),
});
export const editorSchema = z.preprocess((v) => gatherFields(v, editorTranslatable), editorFields);
export type Editor = z.infer<typeof editorFields>;

/** An editor as a page in the locale `code` names them: their name (and family name) there. */
export function editorIn(editor: Editor, code: string): Editor {
  const t = editor.translations?.[code];
  return { ...editor, name: t?.name ?? editor.name, ...(editor.family === undefined ? {} : { family: t?.family ?? editor.family }) };
}

const langTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "en"' });

/**
 * The fields whose values a report lists in its `vocabularies`, as `<collection>.<field>`, and the
 * meanings the engine acts on that a value of each may carry (`means:`). A meaning is the engine's
 * only knowledge of a value; the values themselves and their labels are the report's.
 */
export const vocabularyMeanings = {
  /** draft: a kind of document that is only a draft: its date reads "Approved as a draft". */
  'instruments.kind': ['draft'],
  'instruments.level': [],
  /**
   * in-force: schema.org InForce, and an instrument with `replacedBy` may not have it (src/report/load.ts);
   * not-in-force: schema.org NotInForce, and what that error suggests instead;
   * draft: the instrument was only approved as a draft (as for the kind).
   */
  'instruments.status': ['in-force', 'not-in-force', 'draft'],
  'instruments.topics': [],
  /** state: the party is a country: it names its country code on region pages, and is a schema.org Country. */
  'parties.kind': ['state'],
  'editorialNotes.kind': [],
} as const satisfies Record<string, readonly string[]>;
export type VocabularyName = keyof typeof vocabularyMeanings;
/**
 * Vocabularies a report may leave out even when its data uses the field: free tags, whose values
 * are then shown as written ("science-and-technology" → "Science and technology").
 */
export const optionalVocabularies: readonly VocabularyName[] = ['instruments.topics'];
/** What a value means to the engine (see docs/editor-guide.md, "Vocabularies"). */
export type Meaning = (typeof vocabularyMeanings)[VocabularyName][number];

/**
 * A label: text in the site's language ("In force"), or texts by language tag
 * (`{ en: In force, ru: Действует }`), which must include the site's `lang`.
 */
export const labelSchema = z.union([z.string().min(1), z.record(langTag, z.string().min(1))], {
  error: 'expected a label ("In force") or labels by language ({ en: In force, ru: Действует })',
});
export type Label = z.infer<typeof labelSchema>;

/** The form every value of a vocabulary takes once read: its label and, optionally, its meaning to the engine. */
export interface Term {
  label: Label;
  means?: Meaning | undefined;
}

const valuePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * One vocabulary: its values (lower-case words joined by hyphens), in display order, each with its
 * label, written as the label alone or as `{ label: …, means: … }`; read as the latter.
 */
const vocabularySchema = (meanings: readonly string[]) => {
  const term = z.preprocess(
    (v) => (typeof v === 'object' && v !== null && 'label' in v ? v : { label: v }),
    z.strictObject({
      label: labelSchema,
      /** What the engine does with the value: one of the meanings this vocabulary allows. */
      means: (meanings.length > 0
        ? z.enum(meanings as [string, ...string[]], { error: `expected one of: ${meanings.join(', ')}` })
        : z.never({ error: 'the engine gives the values of this vocabulary no meaning: remove "means"' })
      ).optional(),
    }),
  ) as unknown as z.ZodType<Term>;
  return z
    .record(z.string().regex(valuePattern), term, {
      error: (iss) =>
        iss.code === 'invalid_key'
          ? `"${String(iss.path?.at(-1) ?? '')}" is not a value: expected lower-case words joined by hyphens, starting with a letter, such as "in-force"`
          : undefined,
    })
    .refine((v) => Object.keys(v).length > 0, { error: 'expected at least one value with its label' });
};

const vocabulariesSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(vocabularyMeanings).map(([name, meanings]) => [name, vocabularySchema(meanings).optional()])) as {
      [K in VocabularyName]: z.ZodOptional<ReturnType<typeof vocabularySchema>>;
    },
  )
  .default({});
export type Vocabularies = z.infer<typeof vocabulariesSchema>;

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

export const siteSchema = z
  .strictObject({
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
     * The languages the site is published in, default first (its code must be `lang`): each gets
     * every page, the default at today's URLs and the others under /<code>/ (src/i18n/locales.ts).
     * Without it, the site has one language: `lang` (siteLocales in src/i18n/locales.ts).
     */
    locales: localesSchema.optional(),
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
    /**
     * Id of the reference (data/references.yaml) this site is based on. Every page says so with its
     * full citation, "Cite this" offers it first, and the JSON-LD names it as `isBasedOn`.
     */
    sourceWork: z.string().optional(),
    /** CSL style of citations and the bibliography: "apa" (default), "gost-r-7.0.100-2018", "harvard1" or "vancouver". */
    citationStyle: z.enum(citationStyles, { error: `expected one of ${citationStyles.map((s) => `"${s}"`).join(', ')}` }).default('apa'),
    /** Maps: the TopoJSON file of the regions they draw, relative to the report (default data/geo/regions.topo.json). */
    maps: z.strictObject({ boundaries: z.string().min(1).optional() }).optional(),
    /** Search: synonyms that the search box expands a query with (src/lib/search/synonyms.ts). */
    search: searchConfigSchema.default({ synonyms: [] }),
    /**
     * The values of the fields the engine knows as concepts but not their words: an instrument's kind,
     * level and status, a party's kind, an editorial note's kind. Keyed by `<collection>.<field>`
     * (see `vocabularyMeanings`); each lists the allowed values in display order with their labels,
     * and a value may say what it means to the engine (`{ label: In force, means: in-force }`). A data
     * entry whose value is not listed is an error; a vocabulary a report's data does not use may be left out.
     */
    vocabularies: vocabulariesSchema,
  })
  .check((ctx) => {
    // Labels by language fall back to the site's own language: each must have it.
    const { lang, vocabularies, locales } = ctx.value;
    const first = locales?.[0]?.code;
    if (first !== undefined && first !== lang)
      ctx.issues.push({
        code: 'custom',
        input: first,
        path: ['locales', 0, 'code'],
        message: `the first locale is the default and must be the site's language "${lang}" (lang:); got "${first}"`,
      });
    for (const [name, terms] of Object.entries(vocabularies)) {
      for (const [value, term] of Object.entries(terms ?? {})) {
        const label = term.label;
        if (typeof label === 'string' || lang in label) continue;
        ctx.issues.push({
          code: 'custom',
          input: label,
          path: ['vocabularies', name, value, 'label'],
          message: `labels by language must include the site's language "${lang}" (lang:); got ${Object.keys(label).join(', ')}`,
        });
      }
    }
  });
export type SiteConfig = z.infer<typeof siteSchema>;
