/**
 * /search/header.json: what the header's search box needs once a reader starts
 * using it (the words its dropdown says, the synonym groups), fetched with the
 * dropdown on first focus rather than carried in every page's HTML.
 */
import type { APIRoute } from 'astro';
import { en } from '../../i18n/catalogues.ts';
import { site } from '../../lib/site.ts';
import { dropdownKeys, searchCatalogue } from '../../components/search/messages-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ messages: searchCatalogue(en, dropdownKeys), synonyms: site().search.synonyms }), {
    headers: { 'Content-Type': 'application/json' },
  });
