/**
 * "Did you mean" (imported only when needed): when a search finds nothing (or only faint partial
 * matches), the page's vocabulary is fetched (the first such search only)
 * and the closest known words are offered, if searching them finds something.
 */
import { vocabulary } from '../../lib/search/client.ts';
import { find, type SearchApi } from '../../lib/search/find.ts';
import { suggest } from '../../lib/search/suggest.ts';
import type { SynonymGroups } from '../../lib/search/synonyms.ts';

export async function didYouMean(api: SearchApi, base: string, query: string, synonyms: SynonymGroups): Promise<string | undefined> {
  const lang = document.documentElement.lang;
  const words = await vocabulary(base, lang);
  const suggestion = suggest(query, words);
  if (suggestion === undefined) return undefined;
  const found = await find(api, suggestion, synonyms, {}, undefined, lang);
  return found !== null && !found.faint ? suggestion : undefined;
}
