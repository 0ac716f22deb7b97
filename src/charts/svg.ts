/**
 * Post-processing of the SVG the canvas writes, and the two forms a figure's
 * SVG takes: inline (colours by class, so they follow the page's scheme) and
 * downloadable (standalone, light colours, a background).
 */
import { colourTokens, lightPalette, sentinelPalette, tokenNames, type ColourToken } from './palette.ts';
import { chartFont } from './config.ts';

const bySentinel = new Map<string, ColourToken>(tokenNames.map((t) => [sentinelPalette[t].toLowerCase(), t]));

/** Rounds the numbers of an attribute value to one decimal: half the bytes, no visible change. */
const round = (s: string): string => s.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * Cleans the canvas's SVG: a viewBox, colours mapped from sentinels to
 * light values plus a class per token (f-<token> for fill, s-<token> for
 * stroke), the page's font stack, one position per text run, numbers rounded,
 * clip-path ids renumbered under `prefix`.
 */
export function themeSvg(raw: string, o: { width: number; height: number; prefix: string; texts?: readonly string[] }): string {
  let svg = raw.replace(/^<\?xml[^>]*>\s*/, '');
  // Clip paths: renumbered in order of appearance, so the output never depends on what rendered before.
  const ids = new Map<string, string>();
  svg = svg.replace(/id="([^"]+)"/g, (_, id: string) => {
    const next = `${o.prefix}-c${ids.size}`;
    ids.set(id, next);
    return `id="${next}"`;
  });
  svg = svg.replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m));
  if (o.texts) svg = mergeTextRuns(svg, o.texts);
  svg = svg.replace(/<([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*)\s*(\/?)>/g, (_, tag: string, attrs: string, close: string) => {
    const classes: string[] = [];
    let a = attrs.replace(/\s(fill|stroke)="(#[0-9a-fA-F]{6})"/g, (m, which: string, colour: string) => {
      const token = bySentinel.get(colour.toLowerCase());
      if (!token) return m;
      classes.push(`${which === 'fill' ? 'f' : 's'}-${token}`);
      return ` ${which}="${colourTokens[token].light}"`;
    });
    a = a.replace(/\sfont-family="[^"]*"/, ` font-family="${chartFont.replace(/'/g, '&apos;')}"`);
    // One position per text run: the browser lays out the glyphs with the same font.
    a = a.replace(/\s(x|y)="([^",]*)(?:,[^"]*)?"/g, (_m, k: string, v: string) => ` ${k}="${v.trim()}"`);
    a = a.replace(
      /\s(d|x|y|width|height|transform|stroke-width|stroke-opacity|fill-opacity|points|font-size|stroke-miterlimit|cx|cy|r)="([^"]*)"/g,
      (_m, k: string, v: string) => ` ${k}="${round(v)}"`,
    );
    a = a.replace(/\sstroke-miterlimit="10"/g, '');
    if (classes.length > 0) a += ` class="${classes.join(' ')}"`;
    return `<${tag}${a}${close}>`;
  });
  svg = svg.replace(/<path([^>]*?) d="(M[^"]*)"([^>]*)\/>/g, (m, before: string, d: string, after: string) => {
    const c = asCircle(d);
    return c ? `<circle${before} cx="${c.cx}" cy="${c.cy}" r="${c.r}"${after}/>` : m;
  });
  // The invisible full-size rect the canvas starts with.
  svg = svg.replace(/<rect fill-opacity="0" width="[\d.]+" height="[\d.]+"\/>/, '');
  svg = svg.replace(
    /<svg[^>]*>/,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}">`,
  );
  return svg;
}

/**
 * The canvas writes one <text> per word (and splits words at kerning pairs),
 * each with a position per glyph. `texts` are the strings drawn, in order:
 * the runs of each become one <text> again, with its real spaces, so a
 * reader's browser lays it out with its own metrics and nothing overlaps.
 */
function mergeTextRuns(svg: string, texts: readonly string[]): string {
  const runs = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)];
  const squash = (t: string): string => t.replace(/\s+/g, '');
  const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const decode = (t: string): string =>
    t.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e] ?? '');
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let r = 0;
  for (const text of texts.map((t) => t.trim()).filter((t) => squash(t) !== '')) {
    const want = squash(text);
    const first = runs[r];
    if (!first) break;
    let got = '';
    let k = r;
    while (k < runs.length && got.length < want.length) got += squash(decode(runs[k++]?.[2] ?? ''));
    if (got !== want) return svg; // not the expected runs: leave the SVG as the canvas wrote it
    const last = runs[k - 1] ?? first;
    edits.push({ start: first.index, end: last.index + last[0].length, text: `<text${first[1] ?? ''}>${escape(text)}</text>` });
    r = k;
  }
  // One pass over the SVG (edits are in document order): linear in its size.
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(svg.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(svg.slice(at));
  return parts.join('');
}

/** A path of many curve segments around a centre (how the canvas writes a circle) as a circle. */
function asCircle(d: string): { cx: number; cy: number; r: number } | undefined {
  if (!/^M[\d.\s-]+(?:Q[\d.\s-]+){12,}Z?$/.test(d)) return undefined;
  const nums = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (Math.abs(x1 - x0 - (y1 - y0)) > 0.6) return undefined;
  const r1 = (n: number): number => Math.round(n * 10) / 10;
  return { cx: r1((x0 + x1) / 2), cy: r1((y0 + y1) / 2), r: r1((x1 - x0 + y1 - y0) / 4) };
}

/** Adds attributes to the root <svg> element. */
export function withRootAttributes(svg: string, attrs: Readonly<Record<string, string>>): string {
  const text = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');
  return svg.replace(/^<svg\b/, `<svg${text}`);
}

/** The tokens an SVG uses through its classes (f-<token>, s-<token>), each with the kind of paint. */
function usedTokens(svg: string): Array<{ kind: 'f' | 's'; token: ColourToken }> {
  const found = new Set<string>();
  for (const m of svg.matchAll(/\bclass="([^"]*)"/g)) for (const c of (m[1] ?? '').split(/\s+/)) if (/^[fs]-/.test(c)) found.add(c);
  return [...found].sort().flatMap((c) => {
    const token = c.slice(2);
    return tokenNames.includes(token as ColourToken)
      ? [{ kind: c[0] === 'f' ? ('f' as const) : ('s' as const), token: token as ColourToken }]
      : [];
  });
}

/**
 * The dark values of the tokens an SVG uses, as a style sheet under
 * prefers-color-scheme: dark. In an <img>, Chromium and Firefox answer that
 * query with the colour scheme of the embedding element, so a figure file
 * follows the page's own theme toggle; opened on its own, it follows the viewer's.
 */
function darkStyle(svg: string): string {
  const rules = usedTokens(svg).map(
    ({ kind, token }) => `.${kind}-${token}{${kind === 'f' ? 'fill' : 'stroke'}:${colourTokens[token].dark}}`,
  );
  return rules.length === 0 ? '' : `<style>@media (prefers-color-scheme:dark){${rules.join('')}}</style>`;
}

/**
 * The standalone file, which is also what an out-of-line figure's <img>
 * shows: a title, a background, the light colours in place and the dark ones
 * in a style sheet. Links are unwrapped: an image's links cannot be followed,
 * and site paths mean nothing in a downloaded file (the page lists them instead).
 */
export function downloadableSvg(svg: string, title: string): string {
  const esc = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const [, w = '0', h = '0'] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  const unlinked = svg.replace(/<a\b[^>]*>/g, '').replace(/<\/a>/g, '');
  const background = `<rect width="${w}" height="${h}" fill="${lightPalette.bg}" class="f-bg"/>`;
  const head = `<title>${esc}</title>${darkStyle(background + unlinked)}${background}`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${unlinked.replace(/^(<svg[^>]*>)/, (root) => `${root}${head}`)}\n`;
}

/** Width and height of an SVG from its viewBox, for the <img> that shows it. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('the figure SVG has no viewBox "0 0 <width> <height>"');
  return { width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) };
}

/**
 * A map's SVG in two layers: its shapes, for the <img> of an out-of-line
 * figure, and its text, drawn inline over the image so that labels use the
 * page's own fonts and colours (an image can load neither). The text layer's
 * root takes the font of the first group that sets one; its labels keep
 * their positions in the same viewBox. Text outside `<text>` elements (titles)
 * stays with the shapes.
 */
export function splitText(svg: string): { shapes: string; text: string } {
  const texts: string[] = [];
  const shapes = svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, (t) => {
    texts.push(t);
    return '';
  });
  const group = /<g\b[^>]*\sfont-family="[^"]*"[^>]*>/.exec(svg)?.[0] ?? '';
  const font = ['font-size', 'font-family'].map((a) => new RegExp(`\\s${a}="[^"]*"`).exec(group)?.[0] ?? '').join('');
  const { width, height } = svgSize(svg);
  const root = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="text-layer" aria-hidden="true"${font}>`;
  return { shapes: shapes.replace(/<g\b[^>]*><\/g>/g, ''), text: texts.length === 0 ? '' : `${root}${texts.join('')}</svg>` };
}
