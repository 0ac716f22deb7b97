/**
 * /search/header.json (and /<locale>/search/header.json): what the header's
 * search box needs once a reader starts using it (the words its dropdown says,
 * in the page's language, and the synonym groups), fetched with the dropdown
 * on first focus rather than carried in every page's HTML.
 */
import type { APIRoute } from 'astro';
import { site } from '../../../lib/site.ts';
import { localePaths, pageLocale } from '../../../i18n/page.ts';
import { dropdownKeys, searchCatalogue } from '../../../components/search/messages-data.ts';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = ({ url }) =>
  new Response(JSON.stringify({ messages: searchCatalogue(pageLocale(url).catalogue, dropdownKeys), synonyms: site().search.synonyms }), {
    headers: { 'Content-Type': 'application/json' },
  });
