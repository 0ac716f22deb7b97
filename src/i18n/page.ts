/**
 * The page's language, as the templates see it: read from the page's URL, so
 * any component (header, footer, figure) knows it without a prop. Gives the
 * locale's translator, links within the locale's edition, and the same page
 * in every locale (language switch, hreflang).
 */
import { getCollection } from 'astro:content';
import { joinNames, report } from '../lib/site.ts';
import type { ChapterData } from '../schemas/chapter.ts';
import { alternates, localizedPath, siteLocales, splitLocale, type Locale } from './locales.ts';
import { translator, type Catalogue, type Translate } from './messages.ts';
import { formatDate } from './dates.ts';
import { localeParams, perLocale, translationId } from './routes.ts';

export interface PageLocale {
  /** The page's language code: its `lang`. */
  code: string;
  /** The site's default language. */
  defaultCode: string;
  isDefault: boolean;
  locales: readonly Locale[];
  /** The locale's messages, and their catalogue (for scripts that carry them to the browser). */
  t: Translate;
  catalogue: Readonly<Catalogue>;
  /** A site path of the default edition ("/chapters/x/") in this page's edition, with the base. */
  href: (path: string) => string;
  /** This page in every locale, with the base: the language switch and hreflang links. */
  alternates: Array<{ code: string; name: string; href: string }>;
  /** The site's title, short title and description in this locale (site.yaml `locales`), else the default's. */
  title: string;
  shortTitle: string;
  description: string;
  /** Names as a list in the locale's words: "A, B and C", "A, B и C". */
  list: (names: readonly string[]) => string;
  /** A date as precise as given ("2026-11"), in the locale's words. */
  date: (date: string) => string;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const withBase = (path: string): string => `${base}${path.replace(/^\//, '')}`;

/** A site-absolute href without the base ("/repo/chapters/x/" → "/chapters/x/"), to be put in a locale's edition. */
export function sitePath(href: string): string {
  return href.startsWith(base) ? `/${href.slice(base.length)}` : href;
}

/** The page's locale, from its URL (Astro.url). */
export function pageLocale(url: URL): PageLocale {
  const { site, catalogues } = report();
  const locales = siteLocales(site);
  const { code, path } = splitLocale(locales, sitePath(url.pathname));
  const defaultCode = locales[0]?.code ?? site.lang;
  const locale = locales.find((l) => l.code === code);
  const catalogue = catalogues.get(code);
  if (catalogue === undefined) throw new Error(`no messages for the locale "${code}"`);
  return {
    code,
    defaultCode,
    isDefault: code === defaultCode,
    locales,
    t: translator(code, catalogue),
    catalogue,
    href: (p) => withBase(localizedPath(locales, code, p)),
    alternates: alternates(locales, path).map((a) => ({ code: a.code, name: a.name, href: withBase(a.path) })),
    title: locale?.title ?? site.title,
    shortTitle: locale?.shortTitle ?? site.shortTitle,
    description: locale?.description ?? site.description,
    // English keeps the site's house style (no serial comma: joinNames); other languages ask Intl.
    list: (names) => (code === 'en' ? joinNames(names) : new Intl.ListFormat(code, { type: 'conjunction' }).format(names)),
    date: (d) => formatDate(d, code),
  };
}

/** The frontmatter of each chapter translated into `code` (content/<code>/chapters/), by chapter id. */
export async function translatedChapters(code: string): Promise<Map<string, ChapterData>> {
  const entries = await getCollection('translations', (e) => e.id.startsWith(`${code}/chapters/`));
  return new Map(entries.map((e) => [e.id.slice(translationId(code, '').length), e.data]));
}

/** getStaticPaths of a page without params of its own: one page per locale. */
export function localePaths(): Array<{ params: { locale: string | undefined } }> {
  return localeParams(siteLocales(report().site)).map((params) => ({ params }));
}

/** getStaticPaths of a page with params: its paths in every locale. */
export function inEveryLocale<P extends Record<string, string>, T>(
  paths: ReadonlyArray<{ params: P; props: T }>,
): Array<{ params: P & { locale: string | undefined }; props: T }> {
  return perLocale(siteLocales(report().site), paths);
}
