/**
 * `npm run build` publishes all or nothing: a successful build replaces the
 * output folder whole, a failed one leaves the previous site as it was, and
 * neither leaves a staging folder behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/paths.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';
import { stagingDir } from '../../src/cli/build.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-build-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const outDir = path.join(work, 'site');
/** Anything the build left beside the output folder or in the engine's folder. */
const leftovers = (run: BuildRun): string[] => [
  ...fs.readdirSync(work).filter((name) => name !== 'site' && name !== 'cache' && name !== 'report'),
  ...(fs.existsSync(stagingDir(run.pid)) ? [stagingDir(run.pid)] : []),
];

describe('npm run build swaps the output folder only on success', () => {
  it('replaces an existing output folder whole, leaving nothing beside it', async () => {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'stale.html'), 'from an older build');
    const run = await runBuild({ reportRoot: fixtureRoot, outDir, cacheDir: path.join(work, 'cache') });
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'stale.html')), 'files of the older build are gone').toBe(false);
    expect(leftovers(run)).toEqual([]);
  }, 120_000);

  it('keeps the previous site when a build fails after pages were written', async () => {
    const before = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    // Valid data and props, but an MDX expression that throws: the validator cannot see it, rendering fails mid-build.
    const broken = path.join(work, 'report');
    fs.cpSync(fixtureRoot, broken, { recursive: true });
    fs.writeFileSync(
      path.join(broken, 'content/chapters/zz-last.mdx'),
      '---\ntitle: Last\nshortTitle: Last\norder: 999\nsummary: Fails to render.\n---\n\n{(() => { throw new Error("no data for 1801"); })()}\n',
    );
    const run = await runBuild({ reportRoot: broken, outDir, cacheDir: path.join(work, 'cache') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Build failed: .*1801/);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(leftovers(run)).toEqual([]);
  }, 120_000);

  it('keeps the previous site when a post-build step fails, printing the step’s message', async () => {
    const before = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    // Renders fine, but draws a character none of the site's fonts has: the font step (in astro:build:done) stops.
    const broken = path.join(work, 'report');
    fs.rmSync(broken, { recursive: true, force: true });
    fs.cpSync(fixtureRoot, broken, { recursive: true });
    fs.writeFileSync(
      path.join(broken, 'content/chapters/zz-last.mdx'),
      '---\ntitle: Last\nshortTitle: Last\norder: 999\nsummary: Draws an arrow no font has.\n---\n\nA hooked arrow: \u21A9.\n',
    );
    const run = await runBuild({ reportRoot: broken, outDir, cacheDir: path.join(work, 'cache') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/U\+21A9 \(↩\), drawn in chapters\/zz-last\/index\.html, is not in Source Serif 4/);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(outDir, 'chapters/zz-last')), 'nothing of the failed build is published').toBe(false);
    expect(leftovers(run)).toEqual([]);
  }, 120_000);
});
