/** Every page in every locale: the routing helpers behind src/pages/[...locale]/ and Astro's i18n config. */
import { describe, expect, it } from 'vitest';
import { astroI18n, nativeName, siteLocales } from '../../src/i18n/locales.ts';
import { chapterPath, codeOfParam, localeParams, perLocale, translationId } from '../../src/i18n/routes.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const locales = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'kk', name: 'Қазақша' },
];

describe('locale params', () => {
  it('gives the default locale no prefix and every other its code', () => {
    expect(localeParams(locales)).toEqual([{ locale: undefined }, { locale: 'ru' }, { locale: 'kk' }]);
    expect(localeParams(locales.slice(0, 1))).toEqual([{ locale: undefined }]);
  });

  it('repeats a page’s paths for every locale, keeping their props', () => {
    const paths = perLocale(locales.slice(0, 2), [
      { params: { id: 'a' }, props: { n: 1 } },
      { params: { id: 'b' }, props: { n: 2 } },
    ]);
    expect(paths).toEqual([
      { params: { id: 'a', locale: undefined }, props: { n: 1 } },
      { params: { id: 'b', locale: undefined }, props: { n: 2 } },
      { params: { id: 'a', locale: 'ru' }, props: { n: 1 } },
      { params: { id: 'b', locale: 'ru' }, props: { n: 2 } },
    ]);
  });

  it('reads a param back as a locale code, and refuses an unknown one', () => {
    expect(codeOfParam(locales, undefined)).toBe('en');
    expect(codeOfParam(locales, '')).toBe('en');
    expect(codeOfParam(locales, 'kk')).toBe('kk');
    expect(() => codeOfParam(locales, 'de')).toThrow(/unknown locale "de"/);
  });

  it('names chapters and their translations', () => {
    expect(chapterPath('index')).toBe('/');
    expect(chapterPath('methods')).toBe('/chapters/methods/');
    expect(translationId('ru', 'methods')).toBe('ru/chapters/methods');
  });
});

describe('the site’s locales', () => {
  it('are `lang` alone when site.yaml declares none, named in their own language', () => {
    expect(siteLocales({ lang: 'ru' })).toEqual([{ code: 'ru', name: 'Русский' }]);
    expect(nativeName('en')).toBe('English');
    expect(siteLocales({ lang: 'en', locales })).toBe(locales);
  });

  it('give Astro its i18n config with the default language unprefixed', () => {
    expect(astroI18n(locales)).toEqual({
      locales: ['en', 'ru', 'kk'],
      defaultLocale: 'en',
      routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false, fallbackType: 'rewrite' },
    });
  });

  const base = {
    title: 'T',
    shortTitle: 'T',
    description: 'D',
    lang: 'en',
    date: '2026',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    vocabularies: {},
  };

  it('must start with the site’s language', () => {
    const result = siteSchema.safeParse({ ...base, locales: [locales[1], locales[0]] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'locales.0.code',
      'the first locale is the default and must be the site\'s language "en" (lang:); got "ru"',
    ]);
  });

  it('list a code once', () => {
    const result = siteSchema.safeParse({ ...base, locales: [locales[0], locales[1], locales[1]] });
    expect(result.error?.issues.map((i) => i.message)).toContain('the locale "ru" is listed twice');
  });

  it('accept a title and description per locale', () => {
    const result = siteSchema.safeParse({ ...base, locales: [locales[0], { code: 'ru', name: 'Русский', title: 'Т', description: 'О' }] });
    expect(result.success).toBe(true);
  });
});
