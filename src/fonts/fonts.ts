/**
 * The font step. After Astro has written the pages, it reads every character
 * each edition's pages and figures draw (src/fonts/site-text.ts), cuts each face
 * of src/fonts/faces.ts from its full-coverage source down to those characters
 * (one file per face per edition, so an English page downloads no Cyrillic its
 * edition never draws, and a Russian page one file per face, not a Latin and a
 * Cyrillic one; the italic only what is set in italic), and writes
 * fonts/<face>-<edition>.woff2 and fonts/<edition>.css:
 * the @font-face rules, with unicode-range, and the metric-matched fallback
 * faces. A character a face lacks stops the build, naming the character and the
 * page. Same pages in, same bytes out.
 *
 * Also the chart renderer's font: the same source, instanced at the weight the
 * charts use, every glyph kept, registered with the canvas under a private name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fromBuffer } from '@capsizecss/unpack';
import { create } from 'fontkitten';
import wawoff2 from 'wawoff2';
import {
  alwaysKept,
  chartFace,
  fallbackFamily,
  faces,
  fontFile,
  fontsCss,
  fontsDir,
  keptFeatures,
  systemFallbacks,
  type Face,
  type FamilyName,
  type Metrics,
} from './faces.ts';
import { subsetSfnt } from './harfbuzz.ts';
import type { Locale } from '../i18n/locales.ts';
import { siteCharacters, type EditionText } from './site-text.ts';

const sources = new Map<string, Uint8Array>();

/** The full-coverage source file of a face, from its registry package. */
export function sourceFont(source: { pkg: string; file: string }): Uint8Array {
  const key = `${source.pkg}/${source.file}`;
  const hit = sources.get(key);
  if (hit) return hit;
  const require = createRequire(import.meta.url);
  const file = require.resolve(key);
  const bytes = new Uint8Array(fs.readFileSync(file));
  sources.set(key, bytes);
  return bytes;
}

/** The characters a font file (TTF, OTF, WOFF or WOFF2) maps to glyphs. */
const codePointCache = new WeakMap<Uint8Array, Set<number>>();

export function fontCodePoints(font: Uint8Array): Set<number> {
  const hit = codePointCache.get(font);
  if (hit) return hit;
  const f = create(Buffer.from(font));
  if (!('characterSet' in f)) throw new Error('a font collection where one font was expected');
  const set = new Set(f.characterSet);
  codePointCache.set(font, set);
  return set;
}

let chartFont: { sfnt: Uint8Array; codePoints: Set<number> } | undefined;

/** The charts' font: Source Sans 3 at weight 400, every glyph kept, and the characters it covers. */
export function chartFontFile(): { family: FamilyName; sfnt: Uint8Array; codePoints: Set<number> } {
  chartFont ??= (() => {
    const sfnt = subsetSfnt(sourceFont(chartFace.source), { codePoints: 'all', axes: chartFace.axes, features: keptFeatures });
    return { sfnt, codePoints: fontCodePoints(sfnt) };
  })();
  return { family: chartFace.family, ...chartFont };
}

/** "U+20-7E,U+A0,…": code points as the shortest list of ranges. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number): string => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const a = sorted[i] ?? 0;
    const b = sorted[j] ?? 0;
    parts.push(a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** "U+2192 (→)" for messages. */
export const describeChar = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${String.fromCodePoint(cp)})`;

const pct = (n: number): string => `${Number.parseFloat((n * 100).toFixed(4))}%`;

/**
 * A fallback face that takes the room the web font will take: the ratio of
 * average widths as size-adjust, the web font's vertical metrics as overrides
 * (Capsize's method, as Astro's Fonts API and Next.js compute it).
 */
export function fallbackFace(
  name: string,
  local: readonly string[],
  web: Metrics,
  system: Metrics,
  weight?: string,
  style?: 'italic',
): string {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (system.xWidthAvg / system.unitsPerEm);
  const em = web.unitsPerEm * sizeAdjust;
  return (
    `@font-face{font-family:'${name}';${style === undefined ? '' : `font-style:${style};`}${weight === undefined ? '' : `font-weight:${weight};`}src:${local.map((l) => `local('${l}')`).join(',')};` +
    `size-adjust:${pct(sizeAdjust)};ascent-override:${pct(web.ascent / em)};descent-override:${pct(Math.abs(web.descent) / em)};line-gap-override:${pct(web.lineGap / em)}}`
  );
}

const weightDescriptor = (w: Face['weight']): string => (typeof w === 'number' ? String(w) : `${w[0]} ${w[1]}`);

export interface FontFile {
  /** Path under the site root, e.g. fonts/serif-400-en.woff2. */
  file: string;
  face: Face;
  /** The locale code of the edition whose pages link it. */
  edition: string;
  codePoints: number[];
  woff2: Uint8Array;
}

export interface SiteFonts {
  files: FontFile[];
  /** Each edition's stylesheet (fonts/<edition>.css), by locale code. */
  css: Map<string, string>;
}

/** The regular face of each family, whose metrics the fallbacks match. */
const regularOf = (family: FamilyName): Face => {
  const face = faces.find((f) => f.family === family && f.style === 'normal');
  if (!face) throw new Error(`no regular face of ${family} in src/fonts/faces.ts`);
  return face;
};

async function familyMetrics(family: FamilyName, weight = 400, style: Face['style'] = 'normal'): Promise<Metrics> {
  const face = faces.find((f) => f.family === family && f.style === style) ?? regularOf(family);
  // Pinned at `weight` whatever range the shipped face keeps; the Latin letters capsize averages over.
  const axes = Object.fromEntries(
    Object.entries(face.axes).map(([k, v]) => [k, k === 'wght' ? weight : typeof v === 'number' ? v : v.min]),
  );
  const sfnt = subsetSfnt(sourceFont(face.source), { codePoints: alwaysKept, axes, features: [] });
  const m = await fromBuffer(Buffer.from(sfnt));
  return { ascent: m.ascent, descent: m.descent, lineGap: m.lineGap, unitsPerEm: m.unitsPerEm, xWidthAvg: m.xWidthAvg };
}

/** The metric-matched fallback faces, the same in every edition's stylesheet. */
async function fallbackRules(): Promise<string[]> {
  const rules: string[] = [];
  for (const family of Object.keys(systemFallbacks) as FamilyName[]) {
    const web = await familyMetrics(family);
    for (const fb of systemFallbacks[family].fallbacks) {
      if (fb.italic)
        rules.push(
          fallbackFace(
            fallbackFamily(family, fb),
            fb.italic.local,
            await familyMetrics(family, 400, 'italic'),
            fb.italic.metrics,
            undefined,
            'italic',
          ),
        );
      if (!fb.bold) {
        rules.push(fallbackFace(fallbackFamily(family, fb), fb.local, web, fb.metrics));
        continue;
      }
      // Two faces: the regular up to 599, the bold from 600 (font matching picks by weight).
      rules.push(fallbackFace(fallbackFamily(family, fb), fb.local, web, fb.metrics, '100 599'));
      rules.push(
        fallbackFace(fallbackFamily(family, fb), fb.bold.local, await familyMetrics(family, fb.bold.weight), fb.bold.metrics, '600 900'),
      );
    }
  }
  return rules;
}

/**
 * The font files and stylesheets for each edition's characters (by locale code,
 * each character with the file that draws it, for the error; the italic face
 * gets only those set in italic). Throws, naming
 * each character and where it is drawn, when a face lacks a character.
 */
export async function makeFonts(editions: ReadonlyMap<string, EditionText>): Promise<SiteFonts> {
  const problems: string[] = [];
  const files: FontFile[] = [];
  for (const [edition, text] of editions) {
    for (const face of faces) {
      // An italic face holds what the edition sets in italic; the others, everything it draws.
      const chars = face.style === 'italic' ? text.italic : text.all;
      const wanted = [...new Set([...alwaysKept, ...chars.keys()])].sort((a, b) => a - b);
      const source = sourceFont(face.source);
      const has = fontCodePoints(source);
      for (const cp of wanted)
        if (!has.has(cp))
          problems.push(`${describeChar(cp)}, drawn in ${chars.get(cp) ?? '(always kept)'}, is not in ${face.family} (${face.id})`);
      const sfnt = subsetSfnt(source, { codePoints: wanted, axes: face.axes, features: keptFeatures, noHinting: true });
      const woff2 = new Uint8Array(await wawoff2.compress(sfnt));
      files.push({ file: fontFile(face.id, edition), face, edition, codePoints: wanted.filter((cp) => has.has(cp)), woff2 });
    }
  }
  if (problems.length > 0)
    throw new Error(
      `The site draws characters its fonts do not have (a reader would see another font, and the build would depend on the machine):\n  ${[...new Set(problems)].join('\n  ')}\n` +
        'Use another character, or draw it as SVG or CSS.',
    );
  const fallbacks = await fallbackRules();
  const css = new Map<string, string>();
  for (const edition of editions.keys()) {
    const rules: string[] = [
      '/* Source Serif 4 and Source Sans 3 (Adobe, SIL Open Font Licence 1.1), cut to the characters this edition draws by its font step (src/fonts/fonts.ts). */',
    ];
    for (const f of files.filter((x) => x.edition === edition))
      rules.push(
        `@font-face{font-family:'${f.face.family}';font-style:${f.face.style};font-weight:${weightDescriptor(f.face.weight)};font-display:swap;` +
          `src:url(${path.basename(f.file)}) format('woff2');unicode-range:${unicodeRange(f.codePoints)}}`,
      );
    css.set(edition, [...rules, ...fallbacks].join('\n') + '\n');
  }
  return { files, css };
}

/**
 * The post-build step: cuts the fonts of each edition (locale) to what its pages at `dir` draw, and
 * writes them with the edition's stylesheet. Nothing is written when a character is missing.
 */
export async function writeSiteFonts(dir: string, locales: readonly Locale[]): Promise<SiteFonts> {
  const fonts = await makeFonts(siteCharacters(dir, locales));
  fs.mkdirSync(path.join(dir, fontsDir), { recursive: true });
  for (const f of fonts.files) fs.writeFileSync(path.join(dir, f.file), f.woff2);
  for (const [edition, css] of fonts.css) fs.writeFileSync(path.join(dir, fontsCss(edition)), css);
  return fonts;
}

/** Blocks the dev server covers: Latin-1, Latin Extended-A, Cyrillic, punctuation, currency, letter-like symbols, arrows. */
const devBlocks: readonly (readonly [number, number])[] = [
  [0x20, 0x17f],
  [0x400, 0x4ff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
];

/** For `npm run dev`, which has no built pages to read: an edition's files, with the characters of those blocks every face has. */
export async function devFonts(edition: string): Promise<SiteFonts> {
  const chars = new Map<number, string>();
  for (const [a, b] of devBlocks)
    for (let cp = a; cp <= b; cp += 1)
      if (faces.every((f) => fontCodePoints(sourceFont(f.source)).has(cp))) chars.set(cp, 'the dev server');
  return makeFonts(new Map([[edition, { all: chars, italic: chars }]]));
}
