/** A chapter's table of contents, from the headings Astro collects while rendering it. */
import type { MarkdownHeading } from 'astro';

export interface TocItem {
  slug: string;
  text: string;
  depth: number;
  children: TocItem[];
}

/**
 * Nests headings of depth `min`..`max` (h2 and h3 by default): each deeper
 * heading goes under the closest shallower one before it; one that has none
 * stays at the top level rather than being dropped.
 * @see https://docs.astro.build/en/reference/modules/astro-content/#render
 */
export function buildToc(headings: readonly MarkdownHeading[], min = 2, max = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < min || h.depth > max || h.slug === '') continue;
    const item: TocItem = { slug: h.slug, text: h.text, depth: h.depth, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= h.depth) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}
