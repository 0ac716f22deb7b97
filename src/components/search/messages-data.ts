/** The search.* messages of a catalogue, as the JSON the search scripts read (messages.ts). Server side only. */
import type { Catalogue } from '../../i18n/messages.ts';

/** The messages the header's dropdown says (dropdown.ts, render.ts): every page carries these, so only these. */
export const dropdownKeys = [
  'search.unavailable',
  'search.tryPage',
  'search.allResults',
  'search.noResults',
  'search.tabToResults',
  'search.didYouMean',
  'search.sections',
];

/** `keys` of the catalogue (every search.* message without them). */
export function searchCatalogue(catalogue: Readonly<Catalogue>, keys?: readonly string[]): Catalogue {
  const wanted = (k: string): boolean => (keys === undefined ? k.startsWith('search.') : keys.includes(k));
  return Object.fromEntries(Object.entries(catalogue).filter(([k]) => wanted(k)));
}

/** The same, as the JSON a page carries. */
export const searchMessages = (catalogue: Readonly<Catalogue>, keys?: readonly string[]): string =>
  JSON.stringify(searchCatalogue(catalogue, keys));
