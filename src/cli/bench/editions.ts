/**
 * The editions (languages) of the real site in `npm run bench`: how many
 * pages each has, and what a first search in its own language costs in
 * Chromium, from its home page's header box and on its own search page
 * (each language has its own Pagefind index). The query of another edition
 * is the first word of four letters or more of its title in content/site.yaml.
 */
import { siteLocales } from '../../i18n/locales.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { editionOf, sitePages } from '../bench-pages.ts';
import { browserSearch, type BrowserSearch } from './search-browser.ts';
import { kib } from './weights.ts';

/** Markdown lines: one row per edition. `defaultSearch` is the default edition's search, measured already with `query`. */
export async function editionsReport(
  outDir: string,
  site: SiteConfig,
  query: string,
  defaultSearch: BrowserSearch | undefined,
  browser: boolean,
): Promise<string[]> {
  const locales = siteLocales(site);
  const others = locales.slice(1).map((l) => l.code);
  const pages = sitePages(outDir);
  const lines = [
    '',
    '| edition | pages | first search in its language | header box (Chromium) | search page (Chromium) |',
    '| --- | ---: | --- | ---: | ---: |',
  ];
  for (const [i, locale] of locales.entries()) {
    const code = i === 0 ? undefined : locale.code;
    const count = pages.filter((p) => editionOf(p, others)[0] === code).length;
    const q = i === 0 ? query : (/\p{L}{4,}/u.exec(locale.title ?? '')?.[0] ?? query).toLocaleLowerCase(locale.code);
    let search = i === 0 ? defaultSearch : undefined;
    if (i > 0 && browser) {
      console.error(`[bench] ${locale.code}: first search for "${q}"…`);
      search = await browserSearch(outDir, q, `/${locale.code}/search/`, `/${locale.code}/`);
    }
    const cell = (t: { bytes: number } | undefined): string => (t ? kib(t.bytes) : 'n/a');
    lines.push(`| ${locale.code} (${locale.name}) | ${count} | "${q}" | ${cell(search?.header)} | ${cell(search?.page)} |`);
  }
  return lines;
}
