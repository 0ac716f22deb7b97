/**
 * Reading a built site the way a browser would: every page parsed with
 * parse5 (the WHATWG HTML parser), its visible text, its tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { listFiles } from '../../src/lib/files.ts';

export { listFiles };

export type Element = T.Element;

export interface Page {
  /** Path of the file inside the output folder, such as "chapters/methods/index.html". */
  file: string;
  /** Site path it is served at, such as "/chapters/methods/". */
  url: string;
  html: string;
  document: T.Document;
}

/** Every HTML page of a built site. */
export function readPages(outDir: string): Page[] {
  return listFiles(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      return { file, url, html, document: parse(html) };
    });
}

export function isElement(node: T.Node): node is T.Element {
  return 'tagName' in node;
}

function childrenOf(node: T.Node): T.ChildNode[] {
  if (node.nodeName === 'template') return (node as T.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** All elements under `root` (depth first, document order) that satisfy `test`. */
export function findAll(root: T.Node, test: (el: T.Element) => boolean): T.Element[] {
  const out: T.Element[] = [];
  const walk = (node: T.Node): void => {
    for (const child of childrenOf(node)) {
      if (isElement(child)) {
        if (test(child)) out.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

export const byTag =
  (...tags: string[]) =>
  (el: T.Element): boolean =>
    tags.includes(el.tagName);

export function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

const hidden = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/**
 * The text a reader sees in `node`: scripts, styles and inline SVG left out,
 * block boundaries turned into spaces, every run of white space (no-break
 * and thin spaces included) collapsed into one space.
 */
export function textOf(node: T.Node): string {
  const parts: string[] = [];
  const walk = (n: T.Node): void => {
    if (n.nodeName === '#text') {
      parts.push((n as T.TextNode).value);
      return;
    }
    if (!isElement(n) && n.nodeName !== '#document' && n.nodeName !== '#document-fragment') return;
    if (isElement(n) && hidden.has(n.tagName)) return;
    const block = isElement(n) && blocks.has(n.tagName);
    if (block) parts.push(' ');
    for (const child of childrenOf(n)) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return normalizeSpace(parts.join(''));
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2009\u202f\u2007]+/g, ' ').trim();
}

/** The visible text of a page's <body>. */
export function bodyText(page: Page): string {
  const body = findAll(page.document, byTag('body'))[0];
  return body ? textOf(body) : '';
}

/** The text of the page's <title>. */
export function titleOf(page: Page): string {
  const title = findAll(page.document, byTag('title'))[0];
  return title ? textOf(title) : '';
}

export interface Table {
  page: string;
  /** Text of the <caption>, or of the <figcaption> of the <figure> around the table. */
  caption: string;
  /** Text of the header row's cells (the last row of <thead>). */
  header: string[];
  /** Body rows (<tbody>, or rows outside any section), cell texts in order. */
  body: string[][];
  /** Footer rows (<tfoot>). */
  foot: string[][];
}

function rowsOf(section: T.Element): string[][] {
  return findAll(section, byTag('tr'))
    .filter((tr) => nearest(tr, 'table') === nearest(section, 'table'))
    .map((tr) => tr.childNodes.filter(isElement).filter(byTag('td', 'th')).map(textOf));
}

function nearest(el: T.Element, tag: string): T.Element | undefined {
  for (let p: T.ParentNode | null = el.tagName === tag ? el : el.parentNode; p; p = 'parentNode' in p ? p.parentNode : null) {
    if (isElement(p) && p.tagName === tag) return p;
  }
  return undefined;
}

/** Every table of a page, with its caption, header, body and footer rows as text. */
export function tablesOf(page: Page): Table[] {
  return findAll(page.document, byTag('table')).map((table) => {
    const direct = (tag: string): T.Element[] => table.childNodes.filter(isElement).filter(byTag(tag));
    let caption = direct('caption').map(textOf).join(' ');
    const figure = nearest(table, 'figure');
    if (!caption && figure) caption = findAll(figure, byTag('figcaption')).map(textOf).join(' ');
    const head = direct('thead').flatMap(rowsOf);
    const bodies = direct('tbody');
    const body = bodies.length > 0 ? bodies.flatMap(rowsOf) : direct('tr').length > 0 ? rowsOf(table) : [];
    return { page: page.url, caption, header: head.at(-1) ?? [], body, foot: direct('tfoot').flatMap(rowsOf) };
  });
}

/**
 * The number a table cell or a sentence shows: "5,638,263", "45 422,0",
 * "743,897.5", "1 395 324" (grouping by commas or spaces; a comma followed by
 * exactly one or two digits at the end is a decimal comma). Undefined if the text holds no number.
 */
export function parseShownNumber(text: string): number | undefined {
  const m = /-?\d[\d,\s\u00a0\u2009\u202f]*(?:\.\d+)?/.exec(text);
  if (!m) return undefined;
  let s = m[0].replace(/[\s\u00a0\u2009\u202f]/g, '');
  if (/,\d{1,2}$/.test(s)) s = s.replace(/,(\d{1,2})$/, '.$1');
  s = s.replace(/,/g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A lookup of built pages by URL that names the missing URL and the pages there are. */
export function pageLookup(pages: () => readonly Page[]): (url: string) => Page {
  return (url) => {
    const found = pages().find((p) => p.url === url);
    if (!found)
      throw new Error(
        `no page at ${url}; pages: ${pages()
          .map((p) => p.url)
          .join(', ')}`,
      );
    return found;
  };
}
