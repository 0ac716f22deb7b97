/**
 * What the catalogue's code needs of a page's language: its code, its
 * messages, its dates and lists, and links within its edition. A page passes
 * its pageLocale (src/i18n/page.ts); tests build one with `wordsFor`.
 */
import type { PageLocale } from '../../i18n/page.ts';
import { translator, type Catalogue } from '../../i18n/messages.ts';
import { formatDate } from '../../i18n/dates.ts';

export type Words = Pick<PageLocale, 'code' | 't' | 'date' | 'list' | 'href'>;

/** The words of a locale from its catalogue, outside a page (links as given). */
export function wordsFor(code: string, catalogue: Readonly<Catalogue>, href: (path: string) => string = (p) => p): Words {
  return {
    code,
    t: translator(code, catalogue),
    date: (d) => formatDate(d, code),
    list: (names) => new Intl.ListFormat(code, { type: 'conjunction' }).format(names),
    href,
  };
}

/** A message around one link: the text before and after its `{name}` placeholder. */
export function around(w: Words, key: string, name: string): [string, string] {
  const mark = '\u0000';
  const [before = '', after = ''] = w.t(key, { [name]: mark }).split(mark);
  return [before, after];
}
