/**
 * Fonts of every built site. Each edition (locale) has its own font stylesheet
 * and files, and every page links its edition's. Every character a page draws
 * (text outside <pre>, <code>, <script> and <style>, and CSS `content:`) is in
 * the cmap of a font file of the stylesheet that page links, whose @font-face
 * unicode-range includes it, for each face declared; a figure's characters
 * likewise, with the stylesheet of its folder's edition; an edition's files hold
 * no character its pages do not draw (beyond printable ASCII); every font family
 * the CSS uses has a metric-matched fallback declared after it; the pages
 * preload only their edition's files, which exist. The checks are also seen to
 * fail on deliberately broken input.
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
import { requestedEdition } from '../../src/fonts/dev-server.ts';
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

/** Elements set in italic: by the browser (em, i, cite, dfn, var, address) and the site's CSS (blockquote). */
const italicTags = new Set(['em', 'i', 'cite', 'dfn', 'var', 'address', 'blockquote']);

/** The characters drawn by one HTML page or SVG file: all of them, and those inside an italic element. */
export function drawnIn(markup: string, kind: 'html' | 'svg'): { all: Set<string>; italic: Set<string> } {
  const all = new Set<string>();
  const italic = new Set<string>();
  const visit = (node: T.Node, inItalic: boolean): void => {
    if (node.nodeName === '#text') {
      for (const ch of (node as T.TextNode).value)
        if (!/[\s\u200b\ufeff]/u.test(ch) || ch === '\u00a0' || ch === '\u202f') {
          all.add(ch);
          if (inItalic) italic.add(ch);
        }
      return;
    }
    if (isElement(node) && notDrawn.has(node.tagName)) return;
    const nowItalic = inItalic || (isElement(node) && italicTags.has(node.tagName));
    for (const child of (node as T.ParentNode).childNodes ?? []) visit(child, nowItalic);
  };
  visit(kind === 'html' ? parse(markup, { scriptingEnabled: false }) : parseFragment(markup, { scriptingEnabled: false }), false);
  return { all, italic };
}

/**
 * Selectors of rules that set italic (font-style or the font shorthand) whose element is not one of
 * the italic elements the font step knows: their text would be missing from the italic face.
 */
export function italicOutsideKnownElements(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/(?:^|;)\s*(?:font-style\s*:\s*(?:italic|oblique)|font\s*:[^;]*\b(?:italic|oblique)\b)/.test(m[2] ?? '')) continue;
    for (const selector of (m[1] ?? '').split(',')) {
      const last =
        selector
          .trim()
          .split(/[\s>+~]+/)
          .pop() ?? '';
      const tag = /^[a-z][a-z0-9-]*/.exec(last)?.[0];
      if (tag === undefined || !italicTags.has(tag) || last.includes('::')) found.push(selector.trim());
    }
  }
  return found;
}

/** The characters of the `content:` strings of the site's own stylesheets (not the font stylesheets). */
export function cssContentCharacters(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.css') && !f.startsWith('fonts/')))
    for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/content:\s*(?:"([^"]*)"|'([^']*)')/g))
      for (const ch of m[1] ?? m[2] ?? '') if (!found.has(ch)) found.set(ch, file);
  return found;
}

/** The font stylesheet a page links (relative to the site root), if any. */
export function linkedFontCss(doc: T.Document): string | undefined {
  const link = findAll(
    doc,
    (el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet' && /\/fonts\/[^/]+\.css$/.test(attr(el, 'href') ?? ''),
  );
  const href = link.length === 1 ? attr(link[0] as T.Element, 'href') : undefined;
  return href === undefined ? undefined : `fonts/${path.posix.basename(href)}`;
}

/**
 * Every character drawn in `dir`, by the font stylesheet that must cover it: a page's, the stylesheet it
 * links; a figure's (SVG file), the stylesheet of the nearest index.html above it (its edition's folder);
 * CSS `content:`, every stylesheet. Each character with a file that draws it.
 */
export function drawnByStylesheet(dir: string): Map<string, { all: Map<string, string>; italic: Map<string, string> }> {
  const out = new Map<string, { all: Map<string, string>; italic: Map<string, string> }>();
  const add = (css: string, drawn: { all: Iterable<string>; italic: Iterable<string> }, file: string): void => {
    const m = out.get(css) ?? { all: new Map<string, string>(), italic: new Map<string, string>() };
    for (const ch of drawn.all) if (!m.all.has(ch)) m.all.set(ch, file);
    for (const ch of drawn.italic) if (!m.italic.has(ch)) m.italic.set(ch, file);
    out.set(css, m);
  };
  const files = listFiles(dir).filter((f) => !f.startsWith('pagefind/'));
  const linked = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const doc = parse(fs.readFileSync(path.join(dir, file), 'utf8'), { scriptingEnabled: false });
    const css = linkedFontCss(doc);
    if (css === undefined) throw new Error(`${file} links no font stylesheet (fonts/<code>.css)`);
    linked.set(file, css);
    add(css, drawnIn(fs.readFileSync(path.join(dir, file), 'utf8'), 'html'), file);
  }
  for (const file of files.filter((f) => f.endsWith('.svg'))) {
    let folder = path.posix.dirname(file);
    while (folder !== '.' && !linked.has(`${folder}/index.html`)) folder = path.posix.dirname(folder);
    const css = linked.get(folder === '.' ? 'index.html' : `${folder}/index.html`);
    if (css === undefined) throw new Error(`${file}: no index.html above it links a font stylesheet`);
    add(css, drawnIn(fs.readFileSync(path.join(dir, file), 'utf8'), 'svg'), file);
  }
  // CSS `content:` may be set in any face.
  const content = cssContentCharacters(dir);
  for (const css of out.keys()) for (const [ch, file] of content) add(css, { all: [ch], italic: [ch] }, file);
  return out;
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

/** Printable ASCII, kept in every edition's files; U+FFFF ends a cmap's last segment and is no character. */
const alwaysAllowed = (cp: number): boolean => (cp >= 0x20 && cp <= 0x7e) || cp === 0xffff;

describe.each(siteNames)('fonts of the %s site', (name) => {
  const site = inject('sites')[name];
  /** The @font-face rules of each font stylesheet (fonts/<code>.css), by its path. */
  const stylesheets = new Map<string, FontFace[]>();
  let drawn: ReturnType<typeof drawnByStylesheet> = new Map();
  const cmaps = new Map<string, Set<number>>();
  beforeAll(() => {
    if (!site.ok) throw new Error(`the ${name} site did not build:\n${site.log}`);
    for (const file of listFiles(site.outDir).filter((f) => f.startsWith('fonts/') && f.endsWith('.css')))
      stylesheets.set(file, fontFaces(fs.readFileSync(path.join(site.outDir, file), 'utf8'), file));
    for (const f of [...stylesheets.values()].flat())
      if (f.file !== undefined && !cmaps.has(f.file)) {
        const font = create(fs.readFileSync(path.join(site.outDir, f.file)));
        if (!('characterSet' in font)) throw new Error(`${f.file}: a font collection`);
        cmaps.set(f.file, new Set(font.characterSet));
      }
    drawn = drawnByStylesheet(site.outDir);
  });

  it('ships, per edition, woff2 files for both typefaces, and only files its stylesheets name', () => {
    const shipped = listFiles(site.outDir).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(shipped.sort()).toEqual([...cmaps.keys()].sort());
    expect(stylesheets.size, 'one stylesheet per edition').toBeGreaterThanOrEqual(2);
    for (const [css, faces] of stylesheets) {
      expect(new Set(faces.filter((f) => f.file).map((f) => f.family)), css).toEqual(new Set(['Source Serif 4', 'Source Sans 3']));
      // An edition's files are its own: fonts/<face>-<code>.woff2 beside fonts/<code>.css.
      const code = path.posix.basename(css, '.css');
      for (const f of faces.filter((x) => x.file)) expect(f.file, css).toMatch(new RegExp(`^fonts/[\\w-]+-${code}\\.woff2$`));
    }
  });

  it('covers every character of every page and figure with each face of the stylesheet it links (italic: its italic text), within its unicode-range', () => {
    expect([...drawn.keys()].sort(), 'every stylesheet is linked, and only they').toEqual([...stylesheets.keys()].sort());
    for (const [css, chars] of drawn) {
      expect(chars.all.size, css).toBeGreaterThan(60);
      const faces = stylesheets.get(css) ?? [];
      expect(
        uncovered(
          chars.all,
          faces.filter((f) => f.style !== 'italic'),
          cmaps,
        ),
        css,
      ).toEqual([]);
      expect(
        uncovered(
          chars.italic,
          faces.filter((f) => f.style === 'italic'),
          cmaps,
        ),
        css,
      ).toEqual([]);
    }
  });

  it('sets italic only on the elements whose text the italic face is cut to', () => {
    const styles = listFiles(site.outDir)
      .filter((f) => (f.endsWith('.css') && !f.startsWith('fonts/')) || f.endsWith('.html'))
      .map((f) => {
        const text = fs.readFileSync(path.join(site.outDir, f), 'utf8');
        return f.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
      })
      .join('\n');
    expect(styles).toMatch(/font-style:\s*italic/);
    expect(italicOutsideKnownElements(styles)).toEqual([]);
  });

  it('cuts each edition’s files to what its pages draw: no other character but printable ASCII', () => {
    for (const [css, faces] of stylesheets) {
      for (const f of faces.filter((x) => x.file !== undefined)) {
        const chars = f.style === 'italic' ? drawn.get(css)?.italic : drawn.get(css)?.all;
        const own = new Set([...(chars?.keys() ?? [])].map((ch) => ch.codePointAt(0) ?? 0));
        const extra = [...(cmaps.get(f.file ?? '') ?? [])].filter((cp) => !own.has(cp) && !alwaysAllowed(cp));
        expect(extra.map((cp) => String.fromCodePoint(cp)).join(''), f.file).toBe('');
      }
    }
  });

  it('declares a metric-matched fallback for every font family its CSS uses', () => {
    const allCss = listFiles(site.outDir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(path.join(site.outDir, f), 'utf8'))
      .join('\n');
    expect(allCss).toMatch(/font-family:\s*var\(--font-serif\)/);
    for (const [css, faces] of stylesheets) expect(familiesWithoutFallback(allCss, faces), css).toEqual([]);
  });

  it('links on every page its edition’s stylesheet and preloads only its two first-screen files, which exist', () => {
    const pages = listFiles(site.outDir).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const doc = parse(fs.readFileSync(path.join(site.outDir, file), 'utf8'));
      const lang = findAll(doc, (el) => el.tagName === 'html').map((el) => attr(el, 'lang'))[0] ?? '';
      expect(linkedFontCss(doc), file).toBe(`fonts/${lang}.css`);
      const preloads = findAll(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'preload' && attr(el, 'as') === 'font');
      expect(preloads.map((l) => path.posix.basename(attr(l, 'href') ?? '')).sort(), file).toEqual([
        `sans-${lang}.woff2`,
        `serif-400-${lang}.woff2`,
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
  const english = { code: 'en', name: 'English' };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-fonts-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('the font step stops on a character no font has, naming it and the page', async () => {
    fs.writeFileSync(path.join(work, 'index.html'), '<!doctype html><title>t</title><p>Back ↩</p><pre>☃ in code is fine</pre>');
    await expect(writeSiteFonts(work, [english])).rejects.toThrow(/U\+21A9 \(↩\), drawn in index\.html, is not in Source Serif 4/);
    expect(fs.existsSync(path.join(work, 'fonts/en.css'))).toBe(false);
  });

  it('the font step cuts each edition to its own pages: Cyrillic only in the Russian files, a stylesheet per edition', async () => {
    const dir = path.join(work, 'two-editions');
    fs.mkdirSync(path.join(dir, 'ru'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><title>t</title><p>Border café <em>naïve</em></p>');
    fs.writeFileSync(path.join(dir, 'ru/index.html'), '<!doctype html><html lang="ru"><title>t</title><p>Граница «ЕАЭС»</p>');
    const { files, css } = await writeSiteFonts(dir, [english, { code: 'ru', name: 'Русский' }]);
    expect([...css.keys()]).toEqual(['en', 'ru']);
    expect(files.map((f) => f.file).sort()).toEqual(
      ['sans', 'serif-400', 'serif-italic'].flatMap((id) => [`fonts/${id}-en.woff2`, `fonts/${id}-ru.woff2`]).sort(),
    );
    const chars = (edition: string): string =>
      String.fromCodePoint(
        ...(files.find((f) => f.edition === edition && f.face.id === 'sans')?.codePoints ?? []).filter((cp) => cp > 0x7e),
      );
    expect(chars('en')).toBe('éï');
    expect(chars('ru')).toBe('«»АГЕСЭаинрц');
    const italic = (edition: string): string =>
      String.fromCodePoint(
        ...(files.find((f) => f.edition === edition && f.face.id === 'serif-italic')?.codePoints ?? []).filter((cp) => cp > 0x7e),
      );
    expect(italic('en'), 'the italic face holds only italic text').toBe('ï');
    expect(italic('ru')).toBe('');
    expect(fs.readFileSync(path.join(dir, 'fonts/ru.css'), 'utf8')).toContain('url(sans-ru.woff2)');
    expect(fs.readFileSync(path.join(dir, 'fonts/en.css'), 'utf8')).not.toContain('-ru.woff2');
  });

  it('a character outside a face’s unicode-range, or missing from its cmap, is reported', () => {
    const faces = fontFaces("@font-face{font-family:'A';src:url(a.woff2) format('woff2');unicode-range:U+41-42}", 'fonts/fonts.css');
    const cmaps = new Map([['fonts/a.woff2', new Set([0x41, 0x43])]]);
    expect(uncovered(new Map([['A', 'x.html']]), faces, cmaps)).toEqual([]);
    expect(uncovered(new Map([['B', 'x.html']]), faces, cmaps)).toEqual(['U+0042 (B) drawn in x.html is not covered by A normal 400']);
    expect(uncovered(new Map([['C', 'y.svg']]), faces, cmaps)).toHaveLength(1);
  });

  it('a page that links no font stylesheet is reported, and a figure is checked against its edition’s', () => {
    const dir = path.join(work, 'links');
    fs.mkdirSync(path.join(dir, 'ru/data'), { recursive: true });
    const page = (lang: string, text: string): string =>
      `<!doctype html><html lang="${lang}"><link rel="stylesheet" href="/base/fonts/${lang}.css"><p>${text}</p>`;
    fs.writeFileSync(path.join(dir, 'index.html'), page('en', 'Home'));
    fs.writeFileSync(path.join(dir, 'ru/index.html'), page('ru', 'Дом'));
    fs.writeFileSync(path.join(dir, 'ru/data/f.svg'), '<svg><text>Ёж</text></svg>');
    const drawn = drawnByStylesheet(dir);
    expect([...(drawn.get('fonts/ru.css')?.all.keys() ?? [])].join('')).toBe('ДомЁж');
    expect([...(drawn.get('fonts/en.css')?.all.keys() ?? [])].join('')).toBe('Home');
    fs.writeFileSync(path.join(dir, 'about.html'), '<!doctype html><html lang="en"><p>No fonts</p>');
    expect(() => drawnByStylesheet(dir)).toThrow(/about\.html links no font stylesheet/);
  });

  it('italic set on an element the font step does not cut the italic face for is reported', () => {
    const css =
      '.prose blockquote,em{font-style:italic}.note{font-style:italic}p{font:italic 1rem serif}h2::before{font-style:italic}a{font-style:normal}';
    expect(italicOutsideKnownElements(css)).toEqual(['.note', 'p', 'h2::before']);
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

describe('the dev server’s font requests', () => {
  it('names the edition of a stylesheet or font file, and nothing else', () => {
    expect(requestedEdition('ru.css')).toBe('ru');
    expect(requestedEdition('sans-ru.woff2')).toBe('ru');
    expect(requestedEdition('serif-400-pt-BR.woff2')).toBe('pt-BR');
    expect(requestedEdition('serif-italic-en.woff2')).toBe('en');
    expect(requestedEdition('fonts.css')).toBeUndefined();
    expect(requestedEdition('mono-en.woff2')).toBeUndefined();
    expect(requestedEdition('sans-ru.woff')).toBeUndefined();
  });
});
