/**
 * The characters a built site draws, per edition: the text of every HTML page
 * and SVG figure (outside <script>, <style>, <pre>, <code> and <textarea>,
 * which are never set in the site's typefaces) in the edition its path belongs
 * to (`/ru/…` is Russian, the rest the default language's), and the strings CSS
 * inserts with `content:` in every edition; apart, the text set in italic, which
 * alone the italic face needs. The font step cuts each edition's files to these;
 * the coverage test checks them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseFragment } from 'parse5';
import { splitLocale, type Locale } from '../i18n/locales.ts';
import { listFiles } from '../lib/files.ts';

type Node = { nodeName: string; value?: string; childNodes?: Node[]; content?: Node };

/** Elements whose text is not drawn in the site's fonts (code is in the system monospace). */
const skipped = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

/**
 * Elements whose text is set in italic: the browser's own (em, i, cite, dfn, var, address) and the
 * site's CSS's (blockquote). Only their text goes in the italic face; tests/quality/fonts.test.ts
 * checks that no stylesheet sets italic on anything else.
 */
export const italicElements: ReadonlySet<string> = new Set(['em', 'i', 'cite', 'dfn', 'var', 'address', 'blockquote']);

function collect(node: Node, italic: boolean, out: (text: string, italic: boolean) => void): void {
  if (node.nodeName === '#text') {
    if (node.value) out(node.value, italic);
    return;
  }
  if (skipped.has(node.nodeName)) return;
  const inItalic = italic || italicElements.has(node.nodeName);
  for (const child of node.childNodes ?? []) collect(child, inItalic, out);
}

/** The drawn text of one HTML page or SVG file, and the part of it set in italic. */
export function drawnText(markup: string, kind: 'html' | 'svg'): { all: string; italic: string } {
  const all: string[] = [];
  const italic: string[] = [];
  // Without scripting, <noscript> content parses as markup, as a reader without JavaScript sees it.
  const root = (kind === 'html'
    ? parse(markup, { scriptingEnabled: false })
    : parseFragment(markup, { scriptingEnabled: false })) as unknown as Node;
  collect(root, false, (t, i) => {
    all.push(t);
    if (i) italic.push(t);
  });
  return { all: all.join(''), italic: italic.join('') };
}

/** The strings of `content: "…"` declarations in a stylesheet (CSS escapes decoded). */
export function cssContentText(css: string): string {
  const parts: string[] = [];
  for (const m of css.matchAll(/content:\s*((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^;}"']+)+)/g)) {
    for (const s of (m[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
      const raw = s[1] ?? s[2] ?? '';
      parts.push(
        raw.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, ch: string | undefined) =>
          hex ? String.fromCodePoint(parseInt(hex, 16)) : (ch ?? ''),
        ),
      );
    }
  }
  return parts.join('');
}

/** Characters that are never drawn as glyphs (line breaks, tabs): they need no coverage. */
const undrawn = (cp: number): boolean => cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfeff || cp === 0x200b || cp === 0x200d;

/** The characters an edition draws, each with the first file that draws it: all of them, and those set in italic. */
export interface EditionText {
  all: Map<number, string>;
  italic: Map<number, string>;
}

/**
 * Every character each edition of the site at `dir` draws, by locale code (in
 * the order of `locales`, every locale present), each with the first file
 * (relative to `dir`) that draws it. Files are read in sorted order, so the
 * answer is the same on every machine. The font step's own files are not read.
 */
export function siteCharacters(dir: string, locales: readonly Locale[]): Map<string, EditionText> {
  const editions = new Map(locales.map((l) => [l.code, { all: new Map<number, string>(), italic: new Map<number, string>() }]));
  const add = (seen: Map<number, string>, text: string, file: string): void => {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!undrawn(cp) && !seen.has(cp)) seen.set(cp, file);
    }
  };
  for (const file of listFiles(dir)) {
    if (file.startsWith('pagefind/') || file.startsWith('fonts/')) continue;
    const ext = path.extname(file);
    if (ext !== '.html' && ext !== '.svg' && ext !== '.css') continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    // A stylesheet serves every edition (its `content:` strings may be set in italic); a page or figure, the edition of its path.
    if (ext === '.css') {
      const content = cssContentText(text);
      for (const seen of editions.values()) for (const m of [seen.all, seen.italic]) add(m, content, file);
      continue;
    }
    const seen = editions.get(splitLocale(locales, `/${file}`).code);
    if (!seen) continue;
    const drawn = drawnText(text, ext === '.html' ? 'html' : 'svg');
    add(seen.all, drawn.all, file);
    add(seen.italic, drawn.italic, file);
  }
  return editions;
}
