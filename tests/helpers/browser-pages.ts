/**
 * Which built pages the browser tests visit at which window size. Every page
 * is checked at the sizes marked `everyPage`; at the others, one page of each
 * shape. A page's shape is read from its markup, not from a list of the
 * report's pages: the set of element kinds it is made of (tag and classes) and
 * of the components that style them (Astro's data-astro-cid-* attributes).
 * Two pages built from the same template with the same components have one
 * shape whatever their text; a record page with a relations table, a chapter
 * with a map, the references, the 404 page each have their own. A new page
 * kind is thus checked at every size without a list to update. Each language
 * (the page's <html lang>) has its own pages of each shape: a Russian page is
 * checked at every size as its English counterpart is.
 */
import { attr, findAll, type Page } from './html.ts';

export interface Viewport {
  /** Short name, used in test names and screenshot files. */
  name: string;
  width: number;
  height: number;
  /** Every page at this size (else one page of each shape). */
  everyPage: boolean;
}

/** Phone, tablet, laptop, and the 1280 × 900 window the other browser tests use. */
export const viewports: readonly Viewport[] = [
  { name: 'phone', width: 390, height: 844, everyPage: true },
  { name: 'tablet', width: 768, height: 1024, everyPage: false },
  { name: 'laptop', width: 1280, height: 720, everyPage: true },
  { name: 'desktop', width: 1280, height: 900, everyPage: false },
];

export const viewportLabel = (v: Viewport): string => `${v.name} ${v.width}×${v.height}`;

/** The shape of a page: its element kinds and style scopes, as one sorted string. */
export function pageShape(page: Pick<Page, 'document'>): string {
  const parts = new Set<string>();
  for (const el of findAll(page.document, () => true)) {
    const classes = (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean).sort();
    parts.add([el.tagName, ...classes].join('.'));
    for (const a of el.attrs) if (a.name.startsWith('data-astro-cid-')) parts.add(`[${a.name}]`);
  }
  return [...parts].sort().join(' ');
}

/** The language of a page (its <html lang>), or "" without one. */
export function pageLang(page: Pick<Page, 'document'>): string {
  const html = findAll(page.document, (el) => el.tagName === 'html')[0];
  return (html && attr(html, 'lang')) ?? '';
}

/** The first page (in URL order) of each shape, in each language. */
export function onePerShape<P extends Pick<Page, 'document' | 'url'>>(pages: readonly P[]): P[] {
  const first = new Map<string, P>();
  for (const p of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    const shape = `${pageLang(p)}|${pageShape(p)}`;
    if (!first.has(shape)) first.set(shape, p);
  }
  return [...first.values()];
}

/** The pages to visit at a window size. */
export function pagesAt<P extends Pick<Page, 'document' | 'url'>>(viewport: Viewport, pages: readonly P[]): P[] {
  return viewport.everyPage ? [...pages] : onePerShape(pages);
}
