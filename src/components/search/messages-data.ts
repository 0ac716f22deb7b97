/** The search.* messages of a catalogue, as the JSON the search scripts read (messages.ts). Server side only. */
import type { Catalogue } from '../../i18n/messages.ts';

export function searchMessages(catalogue: Readonly<Catalogue>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(catalogue).filter(([k]) => k.startsWith('search.'))));
}
