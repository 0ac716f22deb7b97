/**
 * Security and privacy checks on built HTML, as pure functions so each can
 * be seen to fail on a broken page: the Content Security Policy and the
 * inline code it must cover, resources from other hosts, and links that open
 * a new window.
 */
import crypto from 'node:crypto';
import { attr, findAll, textOf, type Element, type Page } from '../helpers/html.ts';

/** The page's CSP from its <meta http-equiv>, as directive → sources; undefined if it has none. */
export function cspOf(page: Page): Map<string, string[]> | undefined {
  const meta = findAll(
    page.document,
    (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  )[0];
  const content = meta ? attr(meta, 'content') : undefined;
  if (content === undefined) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text: string): string => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Raw text of an element's children (script and style hold one text node). */
const rawText = (el: Element): string => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');

const executable = (el: Element): boolean => {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/** What is wrong with the page's CSP: missing, unsafe, or not covering its inline scripts and styles. */
export function cspProblems(page: Page): string[] {
  const where = page.url;
  const policy = cspOf(page);
  if (!policy) return [`${where}: no Content-Security-Policy <meta>`];
  const problems: string[] = [];
  const scriptSrc = policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src');
  const styleSrc = policy.get('style-src-elem') ?? policy.get('style-src') ?? policy.get('default-src');
  if (!scriptSrc) problems.push(`${where}: the CSP has no script-src`);
  if (!styleSrc) problems.push(`${where}: the CSP has no style-src`);
  for (const [name, sources] of policy) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'].filter((s) => sources.includes(s))) {
      // data: images are harmless; data: anywhere else is a way around the policy.
      if (bad === 'data:' && name === 'img-src') continue;
      problems.push(`${where}: ${name} allows ${bad}`);
    }
  }
  if (scriptSrc && !scriptSrc.includes("'wasm-unsafe-eval'"))
    problems.push(`${where}: script-src lacks 'wasm-unsafe-eval' (the search runs WebAssembly)`);
  for (const script of findAll(page.document, (el) => el.tagName === 'script' && attr(el, 'src') === undefined && executable(el))) {
    const hash = sha256(rawText(script));
    if (!scriptSrc?.includes(hash))
      problems.push(
        `${where}: an inline <script> (${rawText(script).slice(0, 60).replace(/\s+/g, ' ')}…) is not allowed by the CSP (no ${hash})`,
      );
  }
  for (const style of findAll(page.document, (el) => el.tagName === 'style')) {
    const hash = sha256(rawText(style));
    if (!styleSrc?.includes(hash))
      problems.push(
        `${where}: an inline <style> (${rawText(style).slice(0, 60).replace(/\s+/g, ' ')}…) is not allowed by the CSP (no ${hash})`,
      );
  }
  // Without 'unsafe-inline' (or 'unsafe-hashes'), browsers ignore style="" attributes and never run on*="" handlers.
  for (const el of findAll(page.document, (e) => e.attrs.some((a) => a.name === 'style'))) {
    problems.push(`${where}: <${el.tagName} style="${attr(el, 'style') ?? ''}"> is ignored under the CSP; use a class`);
  }
  for (const el of findAll(page.document, (e) => e.attrs.some((a) => /^on[a-z]+$/.test(a.name)))) {
    problems.push(
      `${where}: <${el.tagName}> has an inline event handler (${el.attrs.find((a) => /^on/.test(a.name))?.name}), which the CSP blocks`,
    );
  }
  return problems;
}

/** Attributes that make the browser fetch something, by element. */
const fetching: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
  input: ['src'],
};
/** <link rel> values that fetch; canonical, alternate, license and the like only name a URL. */
const fetchingRels = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'preconnect',
  'dns-prefetch',
  'mask-icon',
]);

/** Host of an absolute (or protocol-relative) URL, or undefined for a relative one. */
function hostOf(value: string): string | undefined {
  const v = value.trim();
  if (/^\/\//.test(v)) return new URL(`https:${v}`).host;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) {
    if (/^(?:data|blob|about|javascript|mailto|tel):/i.test(v)) return undefined;
    try {
      return new URL(v).host;
    } catch {
      return v;
    }
  }
  return undefined;
}

const urlsIn = (name: string, value: string): string[] =>
  name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];

/** Every resource of the page that would be fetched from a host other than `ownHost`. */
export function foreignResources(page: Page, ownHost: string | undefined): string[] {
  const problems: string[] = [];
  for (const el of findAll(page.document, (e) => e.tagName in fetching || e.tagName === 'link' || e.tagName === 'form')) {
    let names = fetching[el.tagName] ?? [];
    if (el.tagName === 'link') {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      names = rels.some((r) => fetchingRels.has(r)) ? ['href'] : [];
    }
    if (el.tagName === 'form') names = ['action'];
    for (const name of names) {
      const value = attr(el, name);
      if (value === undefined) continue;
      for (const url of urlsIn(name, value)) {
        const host = hostOf(url);
        if (host !== undefined && host !== ownHost) problems.push(`${page.url}: <${el.tagName} ${name}="${url}"> loads from ${host}`);
      }
    }
  }
  // Inline CSS may fetch too.
  for (const style of findAll(page.document, (el) => el.tagName === 'style'))
    problems.push(...foreignInCss(`${page.url} <style>`, textOf(style) || rawText(style), ownHost));
  return problems;
}

/** url(...) and @import of other hosts in a stylesheet. */
export function foreignInCss(where: string, css: string, ownHost: string | undefined): string[] {
  const problems: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const url = m[2] ?? m[4] ?? '';
    const host = hostOf(url);
    if (host !== undefined && host !== ownHost) problems.push(`${where}: ${url} loads from ${host}`);
  }
  return problems;
}

/** Links that open a new window without rel="noopener noreferrer". */
export function unsafeNewWindowLinks(page: Page): string[] {
  return findAll(
    page.document,
    (el) => (el.tagName === 'a' || el.tagName === 'area') && (attr(el, 'target') ?? '').toLowerCase() === '_blank',
  )
    .filter((el) => {
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      return !rel.includes('noopener') || !rel.includes('noreferrer');
    })
    .map((el) => `${page.url}: <a href="${attr(el, 'href') ?? ''}" target="_blank"> lacks rel="noopener noreferrer"`);
}

/** The host of the site's own public URL, from a page's canonical link. */
export function ownHostOf(pages: readonly Page[]): string | undefined {
  for (const page of pages) {
    const link = findAll(page.document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0];
    const href = link ? attr(link, 'href') : undefined;
    if (href) return new URL(href).host;
  }
  return undefined;
}
