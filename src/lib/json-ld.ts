import type { Editor, SiteConfig } from '../schemas/site.ts';
import type { Reference } from './bibliography.ts';

/** JSON for a <script type="application/ld+json">: nothing in it can end the script or open markup. */
export function safeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * schema.org descriptions of the site's pages. A page of the site is a work by
 * the site's editors, dated by the site (content/site.yaml); the publication it
 * is based on is its `isBasedOn`, with that publication's own authors and date.
 */

type Json = Record<string, unknown>;
type Name = Reference['author'][number];

/** schema.org types of the CSL types a source can have; anything else is a CreativeWork. */
const schemaTypes: Record<string, string> = {
  'article-journal': 'ScholarlyArticle',
  'article-magazine': 'Article',
  'article-newspaper': 'NewsArticle',
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  thesis: 'Thesis',
  webpage: 'WebPage',
  legislation: 'Legislation',
  treaty: 'Legislation',
};

const personOrOrganisation = (n: Name): Json =>
  'literal' in n
    ? { '@type': 'Organization', name: n.literal }
    : {
        '@type': 'Person',
        name: n.given === undefined ? n.family : `${n.given} ${n.family}`,
        familyName: n.family,
        ...(n.given === undefined ? {} : { givenName: n.given }),
      };

/** The site's editors as schema.org agents: a person as a Person, a group as an Organization. */
export function editorsLd(editors: readonly Editor[]): Json[] {
  return editors.map((e) => (e.kind === 'group' ? { '@type': 'Organization', name: e.name } : { '@type': 'Person', name: e.name }));
}

/** The publication the site is based on, as its reference describes it: its authors, its date (none when unknown). */
export function sourceWorkLd(ref: Reference): Json {
  const type = schemaTypes[ref.type] ?? 'CreativeWork';
  return {
    '@type': type,
    name: ref.title,
    ...(type.endsWith('Article') ? { headline: ref.title } : {}),
    ...(ref.author.length > 0 ? { author: ref.author.map(personOrOrganisation) } : {}),
    ...(ref.issued === undefined ? {} : { datePublished: ref.issued }),
    ...(ref['container-title'] === undefined ? {} : { isPartOf: { '@type': 'Periodical', name: ref['container-title'] } }),
    ...(ref.publisher === undefined ? {} : { publisher: { '@type': 'Organization', name: ref.publisher } }),
    ...(ref.URL === undefined ? {} : { url: ref.URL }),
  };
}

/** The edition a page belongs to: its language and the site's title and description in it (pageLocale). */
export interface EditionLd {
  lang: string;
  title: string;
  description: string;
}

const defaultEdition = (site: SiteConfig): EditionLd => ({ lang: site.lang, title: site.title, description: site.description });

/** The site itself (its home page in an edition): a WebSite by the site's editors, based on the source. */
export function siteLd(site: SiteConfig, url: string, source: Reference | undefined, edition: EditionLd = defaultEdition(site)): Json {
  return {
    '@type': 'WebSite',
    name: edition.title,
    headline: edition.title,
    description: edition.description,
    url,
    author: editorsLd(site.editors),
    datePublished: site.date,
    inLanguage: edition.lang,
    license: site.licence.url,
    ...(site.keywords.length > 0 ? { keywords: site.keywords.join(', ') } : {}),
    ...(source === undefined ? {} : { isBasedOn: sourceWorkLd(source) }),
  };
}

/** A page of the site (a chapter): a WebPage by the site's editors, part of the site, based on the source. */
export function pageLd(
  site: SiteConfig,
  page: { title: string; description: string; url: string; siteUrl: string },
  source: Reference | undefined,
  edition: EditionLd = defaultEdition(site),
): Json {
  return {
    '@type': 'WebPage',
    name: page.title,
    headline: page.title,
    description: page.description,
    url: page.url,
    author: editorsLd(site.editors),
    datePublished: site.date,
    inLanguage: edition.lang,
    license: site.licence.url,
    isPartOf: { '@type': 'WebSite', name: edition.title, url: page.siteUrl },
    ...(source === undefined ? {} : { isBasedOn: sourceWorkLd(source) }),
  };
}
