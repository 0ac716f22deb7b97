/**
 * The edition a page belongs to, as citations see it: its language, its citation style (the
 * locale's `citationStyle` in site.yaml, else the site's), the site's title there, and its URLs.
 * One definition for the pages, the "Cite this" panel and the download files.
 */
import { styleOf } from '../../csl/styles.ts';
import { localizedPath, siteLocales, splitLocale } from '../../i18n/locales.ts';
import { editorName, type Edition } from '../../lib/cite-this.ts';
import { editorIn } from '../../schemas/site.ts';
import { absoluteUrl, report } from '../../lib/site.ts';
import { translator } from '../../i18n/messages.ts';
import { withBase } from '../../lib/url.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The edition of locale `code`. */
export function citeEdition(code: string): Edition {
  const { site } = report();
  const locales = siteLocales(site);
  const locale = locales.find((l) => l.code === code);
  if (locale === undefined) throw new Error(`unknown locale "${code}"; the site has: ${locales.map((l) => l.code).join(', ')}`);
  const isDefault = locales[0]?.code === code;
  const catalogue = report().catalogues.get(code);
  if (catalogue === undefined) throw new Error(`no messages for the locale "${code}"`);
  return {
    code,
    style: styleOf(site, code),
    siteTitle: locale.title ?? site.title,
    filePrefix: isDefault ? '' : `${code}/`,
    t: translator(code, catalogue),
    authors: site.editors.map((e) => editorName(editorIn(e, code))),
    url: (url) => {
      const { pathname, hash } = new URL(url);
      const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
      return absoluteUrl(withBase(localizedPath(locales, code, splitLocale(locales, sitePath).path))) + hash;
    },
  };
}

/** The site path of a download file of the edition's: "/cite/ru/chapter-x.gost.txt". */
export const citeFile = (file: string): string => withBase(`/cite/${file}`);
