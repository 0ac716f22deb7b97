/**
 * A plain `astro build` produces the whole site: the engine's integration
 * (src/integration.ts) wires the Markdown plugins and runs the post-build
 * steps (fonts, then the search index) itself. `npm run build` only adds the
 * staged publish, so it builds the same site, running each step once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { listFiles } from '../helpers/html.ts';
import { fixtureRoot } from '../helpers/paths.ts';
import { runAstroBuild, type BuildRun } from '../helpers/run-build.ts';
import { useSite } from '../helpers/sites.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-astro-build-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const outDir = path.join(work, 'site');
/** Pagefind's index manifest: the pages indexed, per language. */
const pagefindEntry = z.object({ languages: z.record(z.string(), z.object({ page_count: z.number().int() })) });

describe('a plain astro build of the second report', () => {
  const staged = useSite('fixture');
  let run: BuildRun | undefined;
  beforeAll(async () => {
    run = await runAstroBuild({ reportRoot: fixtureRoot, outDir, cacheDir: path.join(work, 'cache') });
    if (run.code !== 0) throw new Error(`astro build failed (exit code ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }, 180_000);

  it('writes the fonts: each edition’s fonts/<code>.css and every woff2 file it names', () => {
    const stylesheets = listFiles(outDir).filter((f) => /^fonts\/[^/]+\.css$/.test(f));
    expect(stylesheets).toEqual(['fonts/de.css', 'fonts/en.css']);
    const css = stylesheets.map((f) => fs.readFileSync(path.join(outDir, f), 'utf8')).join('\n');
    const urls = [...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url, 'a font file').toMatch(/\.woff2$/);
      const file = path.join(outDir, 'fonts', path.posix.basename(url));
      expect(fs.existsSync(file), `${url} exists`).toBe(true);
      expect(fs.readFileSync(file).subarray(0, 4).toString('latin1'), `${url} is WOFF2`).toBe('wOF2');
    }
  });

  it('writes the search index into pagefind/', () => {
    const entry = pagefindEntry.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')));
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages, 'pages indexed').toBeGreaterThan(0);
    expect(fs.existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('builds byte for byte the site npm run build publishes', () => {
    const files = listFiles(outDir);
    expect(files).toEqual(listFiles(staged.outDir));
    const differing = files.filter((f) => !fs.readFileSync(path.join(outDir, f)).equals(fs.readFileSync(path.join(staged.outDir, f))));
    expect(differing).toEqual([]);
  });

  it('runs each post-build step once, in npm run build too', () => {
    for (const log of [`${run?.stdout ?? ''}${run?.stderr ?? ''}`, staged.log]) {
      expect(log.match(/Fonts: \d+ files/g)).toHaveLength(1);
      expect(log.match(/Search index: \d+ pages indexed/g)).toHaveLength(1);
      expect(log.indexOf('Fonts:'), 'fonts before the search index').toBeLessThan(log.indexOf('Search index:'));
    }
  });
});
