/**
 * The editions (languages) of a built site, so every gate can show that it
 * ran over each of them and not over the default language's pages alone.
 */
import { siteLocales, splitLocale } from '../../src/i18n/locales.ts';
import { loadSite } from '../../src/report/load.ts';
import { fixtureRoot, projectRoot } from './paths.ts';
import type { SiteName } from './sites.ts';

/** The report each built site is made from. */
export const siteRoots: Record<SiteName, string> = { real: projectRoot, fixture: fixtureRoot, fixtureUnderBase: fixtureRoot };

/** The locale codes a report declares, the default first. */
export function localeCodes(root: string): string[] {
  return siteLocales(loadSite(root)).map((l) => l.code);
}

/** Site paths ("/ru/chapters/x/", without the base) by the edition they belong to; every declared locale is a key. */
export function byEdition(root: string, urls: readonly string[]): Map<string, string[]> {
  const site = loadSite(root);
  const locales = siteLocales(site);
  const out = new Map<string, string[]>(locales.map((l) => [l.code, []]));
  for (const url of urls) out.get(splitLocale(locales, url).code)?.push(url);
  return out;
}

/** "en 82, ru 81": how many of `urls` each edition has, for a test's message. */
export function editionCounts(editions: ReadonlyMap<string, readonly string[]>): string {
  return [...editions].map(([code, urls]) => `${code} ${urls.length}`).join(', ');
}

/** Editions none of `urls` belongs to (empty when the gate covers every language). */
export function editionsLeftOut(root: string, urls: readonly string[]): string[] {
  return [...byEdition(root, urls)].filter(([, list]) => list.length === 0).map(([code]) => code);
}
