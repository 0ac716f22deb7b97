/**
 * Rehype plugin: GFM footnotes (`text[^1]` … `[^1]: note`) also become
 * sidenotes. Each footnote reference gets a copy of its note right after it,
 * <span class="sidenote">, which the stylesheet (src/components/cite/notes.css)
 * floats into the margin on wide screens; on narrow screens and in print the
 * sidenotes are hidden and the notes at the end (GFM's own section) show.
 * The copy is aria-hidden and its links are out of the tab order, so
 * assistive technology meets each note once, in the section at the end.
 * No JavaScript. GFM's own words (the section's heading "Footnotes", the
 * back-links' "Back to reference 1") are replaced by the messages of the
 * chapter's edition (footnote.*).
 */
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { siteLocales } from '../i18n/locales.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { cachedReport } from '../lib/report-cache.ts';
import { reportRoot } from '../report/paths.ts';
import { editionOf } from '../remark/citations.ts';

const isElement = (n: unknown): n is Element => typeof n === 'object' && n !== null && (n as { type?: unknown }).type === 'element';
const hasProp = (el: Element, name: string): boolean => el.properties[name] !== undefined && el.properties[name] !== false;

/** Block elements of a note as inline spans (a sidenote sits inside a paragraph); back-links dropped; links out of the tab order. */
function inlineCopy(nodes: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      out.push(structuredClone(node));
      continue;
    }
    if (hasProp(node, 'dataFootnoteBackref')) continue;
    const children = inlineCopy(node.children);
    if (['p', 'div', 'ul', 'ol', 'li', 'blockquote'].includes(node.tagName)) {
      out.push({ type: 'element', tagName: 'span', properties: { className: ['sidenote-block'] }, children });
    } else {
      const properties = { ...node.properties };
      delete properties['id'];
      if (node.tagName === 'a') properties['tabIndex'] = -1;
      out.push({ ...node, properties, children });
    }
  }
  // Trailing white space left where a back-link was.
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out;
}

/** The messages of the edition a chapter file belongs to (content/<code>/chapters/ or the default's); none outside a report. */
function messagesOf(file: string | undefined): Translate | undefined {
  if (file === undefined) return undefined;
  const root = reportRoot();
  const report = cachedReport(root);
  const code = editionOf(path.relative(root, file)) ?? siteLocales(report.site)[0]?.code ?? report.site.lang;
  const catalogue = report.catalogues.get(code);
  return catalogue === undefined ? undefined : translator(code, catalogue);
}

/** GFM's footnote words in the edition's: the section's heading and each back-link's label ("Back to reference 2-1"). */
function localizeFootnotes(tree: Root, t: Translate): void {
  visit(tree, 'element', (el) => {
    if (el.properties['id'] === 'footnote-label') el.children = [{ type: 'text', value: t('footnote.label') }];
    const label = el.properties['ariaLabel'];
    if (hasProp(el, 'dataFootnoteBackref') && typeof label === 'string') {
      const ref = /(\d+(?:-\d+)?)$/.exec(label)?.[1];
      if (ref !== undefined) el.properties['ariaLabel'] = t('footnote.back', { ref });
    }
  });
}

export default function rehypeSidenotes() {
  return (tree: Root, file?: { path?: string | undefined }): void => {
    const t = messagesOf(file?.path);
    if (t !== undefined) localizeFootnotes(tree, t);
    const notes = new Map<string, ElementContent[]>();
    visit(tree, 'element', (el) => {
      if (el.tagName !== 'section' || !hasProp(el, 'dataFootnotes')) return;
      const classes = Array.isArray(el.properties['className']) ? el.properties['className'] : [];
      el.properties['className'] = [...classes.map(String), 'endnotes'];
      visit(el, 'element', (li) => {
        const id = li.properties['id'];
        if (li.tagName === 'li' && typeof id === 'string') notes.set(id, li.children);
      });
    });
    if (notes.size === 0) return;
    visit(tree, 'element', (sup, index, parent) => {
      if (sup.tagName !== 'sup' || parent === undefined || index === undefined) return;
      const ref = sup.children.find((c): c is Element => isElement(c) && hasProp(c, 'dataFootnoteRef'));
      const href = ref?.properties['href'];
      if (!ref || typeof href !== 'string') return;
      const note = notes.get(decodeURIComponent(href.replace(/^#/, '')));
      if (!note) return;
      const number = ref.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const sidenote: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote'], ariaHidden: 'true' },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['sidenote-number'] }, children: [{ type: 'text', value: number }] },
          { type: 'text', value: ' ' },
          ...inlineCopy(note),
        ],
      };
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
  };
}
