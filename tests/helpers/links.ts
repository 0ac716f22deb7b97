/** Internal links of a built site that lead nowhere: a missing page, asset or fragment. */
import fs from 'node:fs';
import path from 'node:path';
import { attr, findAll, type Page } from './html.ts';

const linking: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src' };

/** The file a site path points at ("/base/chapters/x/" → "chapters/x/index.html"), or undefined if outside `base`. */
function fileFor(sitePath: string, base: string): string | undefined {
  if (!sitePath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(sitePath.slice(base.length));
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/**
 * Every internal href/src of every page (each once) that does not resolve to a file of
 * the site (or to an element id, for a fragment). Links are resolved against
 * the page's URL under `base`, as a browser would.
 */
export function brokenLinks(outDir: string, pages: readonly Page[], base = '/'): string[] {
  const origin = 'https://site.invalid';
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const page = pages.find((p) => p.file === file);
      set = new Set(page ? findAll(page.document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id') ?? '') : []);
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.url}`, origin);
    for (const el of findAll(page.document, (e) => e.tagName in linking)) {
      const value = attr(el, linking[el.tagName] ?? '');
      if (value === undefined || value === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) continue; // external, mailto:, data:
      const url = new URL(value, pageUrl);
      const file = fileFor(url.pathname, base);
      const where = `${page.url}: <${el.tagName} ${linking[el.tagName]}="${value}">`;
      if (file === undefined) {
        broken.push(`${where} leaves the base path ${base}`);
        continue;
      }
      if (!fs.existsSync(path.join(outDir, file))) {
        broken.push(`${where} → no file ${file}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== '' && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${where} → no id "${fragment}" in ${file}`);
    }
  }
  return [...new Set(broken)];
}
