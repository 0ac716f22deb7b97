/**
 * Pages in every locale from one route file: each page lives in
 * src/pages/[...locale]/, whose optional `locale` param is empty for the
 * default language (today's URLs) and the locale's code for the others.
 * Pure helpers, so the routing is tested without a build.
 */
import type { Locale } from './locales.ts';

/** The `locale` param of each locale: undefined (no prefix) for the default, the code for the others. */
export function localeParams(locales: readonly Locale[]): Array<{ locale: string | undefined }> {
  return locales.map((l, i) => ({ locale: i === 0 ? undefined : l.code }));
}

/** A page's static paths, repeated for every locale, in locale order then the page's own order. */
export function perLocale<P extends Record<string, string>, T>(
  locales: readonly Locale[],
  paths: ReadonlyArray<{ params: P; props: T }>,
): Array<{ params: P & { locale: string | undefined }; props: T }> {
  return localeParams(locales).flatMap(({ locale }) => paths.map((p) => ({ params: { ...p.params, locale }, props: p.props })));
}

/** The locale code a `locale` param stands for: the default when it is empty. */
export function codeOfParam(locales: readonly Locale[], param: string | undefined): string {
  const [first] = locales;
  if (param === undefined || param === '') return first?.code ?? 'en';
  if (!locales.some((l) => l.code === param)) throw new Error(`unknown locale "${param}" in the URL`);
  return param;
}

/** The id of a chapter's translation in the `translations` collection (content/<code>/chapters/<id>.mdx). */
export const translationId = (code: string, chapterId: string): string => `${code}/chapters/${chapterId}`;

/** The site path of a chapter in the default edition: "/" for the home chapter ("index"), else "/chapters/<id>/". */
export const chapterPath = (id: string): string => (id === 'index' ? '/' : `/chapters/${id}/`);
