/** Bytes of a built site's pages: HTML, JavaScript before interaction, and each figure's SVG. */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../lib/files.ts';

export const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] ?? 0);
};

export interface PageWeight {
  page: string;
  html: number;
  js: number;
}

/** Bytes of a module script and of everything it imports statically (each file once). */
function moduleBytes(file: string, seen: Set<string>): number {
  if (seen.has(file) || !fs.existsSync(file)) return 0;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  let total = Buffer.byteLength(code);
  // Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`; not import().
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.') || spec.startsWith('/')) total += moduleBytes(path.resolve(path.dirname(file), spec), seen);
  }
  return total;
}

/** HTML and pre-interaction JavaScript bytes of each page of a built site (base "/"). */
export function pageWeights(outDir: string): PageWeight[] {
  return listFiles(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      const seen = new Set<string>();
      let js = 0;
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1] ?? '';
        if (/type="(?:application\/(?:ld\+)?json|text\/plain)"/.test(attrs)) continue;
        const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
        if (src === undefined) js += Buffer.byteLength(m[2] ?? '');
        else if (!/^[a-z]+:|^\/\//i.test(src)) js += moduleBytes(path.join(outDir, src.replace(/^\//, '')), seen);
      }
      for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
        js += moduleBytes(path.join(outDir, (m[1] ?? '').replace(/^\//, '')), seen);
      return { page: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, html: Buffer.byteLength(html), js };
    });
}

/** Each figure's SVG: the .svg files of the site (not the favicon) and the inline <svg> inside <figure>s. */
export function figureSizes(outDir: string): Array<{ figure: string; bytes: number }> {
  const out: Array<{ figure: string; bytes: number }> = [];
  for (const f of listFiles(outDir).filter((x) => x.endsWith('.svg') && !/favicon/.test(x)))
    out.push({ figure: f, bytes: fs.statSync(path.join(outDir, f)).size });
  for (const f of listFiles(outDir).filter((x) => x.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(outDir, f), 'utf8');
    let i = 0;
    for (const fig of html.matchAll(/<figure\b[\s\S]*?<\/figure>/g)) {
      for (const svg of fig[0].matchAll(/<svg\b[\s\S]*?<\/svg>/g)) {
        const id = /\bid="([^"]+)"/.exec(fig[0])?.[1] ?? `figure ${++i}`;
        if (svg[0].length > 2000) out.push({ figure: `${f.replace(/index\.html$/, '')}#${id} (inline)`, bytes: Buffer.byteLength(svg[0]) });
      }
    }
  }
  return out;
}
