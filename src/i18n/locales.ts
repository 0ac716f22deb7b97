/**
 * The languages a report is published in. The first locale is the default:
 * its pages keep today's URLs (`/chapters/x/`); every other locale lives under
 * its code with the same paths (`/ru/chapters/x/`), as Astro's i18n routing
 * with `prefixDefaultLocale: false` lays them out.
 */
import { z } from 'astro/zod';
import { citationStyles } from '../csl/styles.ts';

export const localeSchema = z.strictObject({
  /** BCP 47 language tag: "en", "ru", "kk". Also the URL prefix of its pages. */
  code: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "ru"' }),
  /** The language's name in itself, for the language switch: "Русский". */
  name: z.string().min(1),
  /** The site's title, short title and description in this language; the default language's without them. */
  title: z.string().min(1).optional(),
  shortTitle: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  /** The CSL style of this edition's citations, references and "Cite this" (GOST R 7.0.100-2018 for Russian); the site's `citationStyle` without it. */
  citationStyle: z.enum(citationStyles, { error: `expected one of ${citationStyles.map((s) => `"${s}"`).join(', ')}` }).optional(),
});
export type Locale = z.infer<typeof localeSchema>;

/** Locales, default first; a code appears once. */
export const localesSchema = z
  .array(localeSchema)
  .min(1, { error: 'expected at least one locale' })
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((l, i) => {
      if (seen.has(l.code))
        ctx.issues.push({ code: 'custom', input: l.code, path: [i, 'code'], message: `the locale "${l.code}" is listed twice` });
      seen.add(l.code);
    });
  });

/** A path of the default locale ("/chapters/x/") in `code`'s edition: "/ru/chapters/x/". */
export function localizedPath(locales: readonly Locale[], code: string, path: string): string {
  const [first] = locales;
  if (!locales.some((l) => l.code === code))
    throw new Error(`unknown locale "${code}"; the site has: ${locales.map((l) => l.code).join(', ')}`);
  const clean = path.startsWith('/') ? path : `/${path}`;
  return first?.code === code ? clean : `/${code}${clean}`;
}

/** The locale of a path (without the base path) and the path in the default locale. */
export function splitLocale(locales: readonly Locale[], path: string): { code: string; path: string } {
  const [first, ...others] = locales;
  for (const l of others) {
    if (path === `/${l.code}` || path.startsWith(`/${l.code}/`)) return { code: l.code, path: path.slice(l.code.length + 1) || '/' };
  }
  return { code: first?.code ?? 'en', path };
}

/** The same page in every locale: for the language switch, `hreflang` links and the sitemap. */
export function alternates(locales: readonly Locale[], path: string): Array<{ code: string; name: string; path: string }> {
  const base = splitLocale(locales, path).path;
  return locales.map((l) => ({ code: l.code, name: l.name, path: localizedPath(locales, l.code, base) }));
}

/** A language's name in itself ("English", "русский"), from Intl: the default name of a declared locale. */
export function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The site's locales: `locales` in site.yaml, or its one language `lang`. */
export function siteLocales(site: { lang: string; locales?: readonly Locale[] | undefined }): readonly Locale[] {
  return site.locales ?? [{ code: site.lang, name: nativeName(site.lang) }];
}

/** Astro's i18n config for the locales: the default keeps unprefixed URLs (as Starlight does with a root locale). */
export function astroI18n(locales: readonly Locale[]): {
  locales: string[];
  defaultLocale: string;
  routing: { prefixDefaultLocale: false; redirectToDefaultLocale: false; fallbackType: 'rewrite' };
} {
  const codes = locales.map((l) => l.code);
  // No Astro `fallback`: the engine makes every page in every locale itself, a missing translation included.
  return {
    locales: codes,
    defaultLocale: codes[0] ?? 'en',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false, fallbackType: 'rewrite' },
  };
}
