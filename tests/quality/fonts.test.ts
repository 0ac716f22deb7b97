/**
 * Fonts of every built site. Every character a page or figure draws (text
 * outside <pre>, <code>, <script> and <style>, and CSS `content:`) is in the
 * cmap of a shipped font file whose @font-face unicode-range includes it, for
 * each face the site declares; every font family the CSS uses has a
 * metric-matched fallback declared after it; the pages preload only files that
 * exist. The checks are also seen to fail on deliberately broken input.
 *
 * The text is read here with the test helpers, not with the font step's own
 * reader (src/fonts/site-text.ts), so a character that reader misses is caught.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { create } from 'fontkitten';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeSiteFonts } from '../../src/fonts/fonts.ts';
import { attr, findAll, isElement, listFiles } from '../helpers/html.ts';
import { siteNames } from '../helpers/sites.ts';

interface FontFace {
  family: string;
  style: string;
  weight: string;
  /** The woff2 file, relative to the site root; undefined for a local() fallback. */
  file: string | undefined;
  local: string[];
  ranges: Array<[number, number]>;
  descriptors: Map<string, string>;
}

const unquote = (s: string): string => s.trim().replace(/^['"]|['"]$/g, '');

/** The @font-face rules of a stylesheet at `cssFile` (relative to the site root). */
export function fontFaces(css: string, cssFile: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => {
    const descriptors = new Map<string, string>();
    for (const d of (m[1] ?? '').split(';')) {
      const i = d.indexOf(':');
      if (i > 0) descriptors.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
    }
    const src = descriptors.get('src') ?? '';
    const url = /url\(([^)]+)\)/.exec(src)?.[1];
    const ranges = (descriptors.get('unicode-range') ?? 'U+0-10FFFF').split(',').map((r): [number, number] => {
      const [a = '0', b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    return {
      family: unquote(descriptors.get('font-family') ?? ''),
      style: descriptors.get('font-style') ?? 'normal',
      weight: descriptors.get('font-weight') ?? '400',
      file: url === undefined ? undefined : path.posix.join(path.posix.dirname(cssFile), unquote(url)),
      local: [...src.matchAll(/local\(([^)]+)\)/g)].map((l) => unquote(l[1] ?? '')),
      ranges,
      descriptors,
    };
  });
}

const notDrawn = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

/** Every character drawn by the HTML pages and SVG files of `dir`, each with a file that draws it. */
export function drawnCharacters(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: T.Node, file: string): void => {
    if (node.nodeName === '#text') {
      for (const ch of (node as T.TextNode).value)
        if (!/[\s\u200b\ufeff]/u.test(ch) || ch === '\u00a0' || ch === '\u202f') if (!found.has(ch)) found.set(ch, file);
      return;
    }
    if (isElement(node) && notDrawn.has(node.tagName)) return;
    for (const child of (node as T.ParentNode).childNodes ?? []) visit(child, file);
  };
  for (const file of listFiles(dir)) {
    if (file.startsWith('pagefind/')) continue;
    const text = () => fs.readFileSync(path.join(dir, file), 'utf8');
    if (file.endsWith('.html')) visit(parse(text(), { scriptingEnabled: false }), file);
    else if (file.endsWith('.svg')) visit(parseFragment(text(), { scriptingEnabled: false }), file);
    else if (file.endsWith('.css') && !file.startsWith('fonts/'))
      for (const m of text().matchAll(/content:\s*(?:"([^"]*)"|'([^']*)')/g))
        for (const ch of m[1] ?? m[2] ?? '') if (!found.has(ch)) found.set(ch, file);
  }
  return found;
}

const hex = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const inRanges = (cp: number, ranges: FontFace['ranges']): boolean => ranges.some(([a, b]) => cp >= a && cp <= b);

/** Characters of `chars` that some (family, style, weight) group of `faces` does not cover with a face whose range and cmap both hold them. */
export function uncovered(
  chars: ReadonlyMap<string, string>,
  faces: readonly FontFace[],
  cmaps: ReadonlyMap<string, ReadonlySet<number>>,
): string[] {
  const groups = new Map<string, FontFace[]>();
  for (const f of faces.filter((x) => x.file !== undefined)) {
    const key = `${f.family} ${f.style} ${f.weight}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const problems: string[] = [];
  for (const [ch, file] of chars) {
    const cp = ch.codePointAt(0) ?? 0;
    for (const [group, members] of groups)
      if (!members.some((f) => inRanges(cp, f.ranges) && cmaps.get(f.file ?? '')?.has(cp)))
        problems.push(`${hex(ch)} (${ch}) drawn in ${file} is not covered by ${group}`);
  }
  return problems;
}

/** Font families named by font-family declarations (custom properties resolved) that are web fonts without a metric-matched fallback after them. */
export function familiesWithoutFallback(css: string, faces: readonly FontFace[]): string[] {
  const vars = new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const web = new Set(faces.filter((f) => f.file !== undefined).map((f) => f.family));
  const matched = new Set(
    faces
      .filter(
        (f) =>
          f.local.length > 0 &&
          ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'].every((d) => f.descriptors.has(d)),
      )
      .map((f) => f.family),
  );
  const problems: string[] = [];
  // Declarations in rules, not the descriptors of @font-face rules.
  for (const m of css.replace(/@font-face\s*\{[^}]*\}/g, '').matchAll(/font-family\s*:\s*([^;}]+)/g)) {
    const value = (m[1] ?? '').replace(/var\((--[\w-]+)\)/g, (_, v: string) => vars.get(v) ?? '');
    const stack = value.split(',').map(unquote);
    stack.forEach((family, i) => {
      if (web.has(family) && !stack.slice(i + 1).some((f) => matched.has(f)))
        problems.push(`font-family: ${value.trim()} has no metric-matched fallback for ${family}`);
    });
  }
  return problems;
}

describe.each(siteNames)('fonts of the %s site', (name) => {
  const site = inject('sites')[name];
  let faces: FontFace[] = [];
  let css = '';
  const cmaps = new Map<string, Set<number>>();
  beforeAll(() => {
    if (!site.ok) throw new Error(`the ${name} site did not build:\n${site.log}`);
    css = fs.readFileSync(path.join(site.outDir, 'fonts/fonts.css'), 'utf8');
    faces = fontFaces(css, 'fonts/fonts.css');
    for (const f of faces)
      if (f.file !== undefined) {
        const font = create(fs.readFileSync(path.join(site.outDir, f.file)));
        if (!('characterSet' in font)) throw new Error(`${f.file}: a font collection`);
        cmaps.set(f.file, new Set(font.characterSet));
      }
  });

  it('ships woff2 files for both typefaces, and only files its stylesheet names', () => {
    const shipped = listFiles(site.outDir).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(shipped.sort()).toEqual([...cmaps.keys()].sort());
    expect(new Set(faces.filter((f) => f.file).map((f) => f.family))).toEqual(new Set(['Source Serif 4', 'Source Sans 3']));
  });

  it('covers every character of every page and figure with each face, within its unicode-range', () => {
    const chars = drawnCharacters(site.outDir);
    expect(chars.size).toBeGreaterThan(60);
    expect(uncovered(chars, faces, cmaps)).toEqual([]);
  });

  it('keeps each script in its own file: no Cyrillic in a Latin file and no Latin letter in a Cyrillic one', () => {
    for (const f of faces.filter((x) => x.file !== undefined)) {
      const cps = [...(cmaps.get(f.file ?? '') ?? [])].filter((cp) => inRanges(cp, f.ranges));
      const cyrillic = cps.filter((cp) => cp >= 0x400 && cp <= 0x52f);
      if (f.file?.endsWith('-latin.woff2')) expect(cyrillic, f.file).toEqual([]);
      else expect(cps.length - cyrillic.length, f.file).toBe(0);
    }
  });

  it('declares a metric-matched fallback for every font family its CSS uses', () => {
    const allCss = listFiles(site.outDir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(path.join(site.outDir, f), 'utf8'))
      .join('\n');
    expect(allCss).toMatch(/font-family:\s*var\(--font-serif\)/);
    expect(familiesWithoutFallback(allCss, faces)).toEqual([]);
  });

  it('preloads on every page only the two Latin files the first screen needs, and they exist', () => {
    const pages = listFiles(site.outDir).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const doc = parse(fs.readFileSync(path.join(site.outDir, file), 'utf8'));
      const preloads = findAll(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'preload' && attr(el, 'as') === 'font');
      expect(preloads.map((l) => path.posix.basename(attr(l, 'href') ?? '')).sort(), file).toEqual([
        'sans-latin.woff2',
        'serif-400-latin.woff2',
      ]);
      for (const l of preloads) {
        expect(attr(l, 'crossorigin'), file).toBeDefined();
        const href = attr(l, 'href') ?? '';
        const local = href.replace(/^\/(?:[^/]+\/)*?(fonts\/)/, '$1');
        expect(fs.existsSync(path.join(site.outDir, local)), `${file}: ${href}`).toBe(true);
      }
    }
  });
});

describe('the checks fail on broken input', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-fonts-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('the font step stops on a character no font has, naming it and the page', async () => {
    fs.writeFileSync(path.join(work, 'index.html'), '<!doctype html><title>t</title><p>Back ↩</p><pre>☃ in code is fine</pre>');
    await expect(writeSiteFonts(work)).rejects.toThrow(/U\+21A9 \(↩\), drawn in index\.html, is not in Source Serif 4/);
    expect(fs.existsSync(path.join(work, 'fonts/fonts.css'))).toBe(false);
  });

  it('a character outside a face’s unicode-range, or missing from its cmap, is reported', () => {
    const faces = fontFaces("@font-face{font-family:'A';src:url(a.woff2) format('woff2');unicode-range:U+41-42}", 'fonts/fonts.css');
    const cmaps = new Map([['fonts/a.woff2', new Set([0x41, 0x43])]]);
    expect(uncovered(new Map([['A', 'x.html']]), faces, cmaps)).toEqual([]);
    expect(uncovered(new Map([['B', 'x.html']]), faces, cmaps)).toEqual(['U+0042 (B) drawn in x.html is not covered by A normal 400']);
    expect(uncovered(new Map([['C', 'y.svg']]), faces, cmaps)).toHaveLength(1);
  });

  it('a family without a metric-matched fallback is reported', () => {
    const css =
      "@font-face{font-family:'Web';src:url(w.woff2)}@font-face{font-family:'Web Fallback';src:local('Arial');size-adjust:90%;ascent-override:1%;descent-override:1%;line-gap-override:0%}" +
      ':root{--f:"Web", sans-serif}body{font-family:var(--f)}h1{font-family:"Web","Web Fallback",sans-serif}';
    expect(familiesWithoutFallback(css, fontFaces(css, 'fonts/fonts.css'))).toEqual([
      'font-family: "Web", sans-serif has no metric-matched fallback for Web',
    ]);
  });
});
