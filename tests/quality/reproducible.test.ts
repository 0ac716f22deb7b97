/**
 * Two builds of the same commit are byte-identical: the fixture is built a
 * second time, in another folder with a cold cache, and every file is
 * compared with the global setup's build. No file carries the day of the build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byEdition, editionCounts, editionsLeftOut } from '../helpers/editions.ts';
import { listFiles } from '../helpers/html.ts';
import { fixtureRoot } from '../helpers/paths.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';
import { useSite } from '../helpers/sites.ts';

const digest = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('reproducible builds', () => {
  const first = useSite('fixture');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-repro-'));
  const outDir = path.join(work, 'dist');
  let run: BuildRun | undefined;
  beforeAll(async () => {
    run = await runBuild({ reportRoot: fixtureRoot, outDir, cacheDir: path.join(work, 'cache') });
  }, 180_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('a second build of the same sources is byte-identical to the first', () => {
    expect(run?.code, `${run?.stdout}\n${run?.stderr}`).toBe(0);
    const a = listFiles(first.outDir);
    const b = listFiles(outDir);
    expect(b).toEqual(a);
    // Both editions (the fixture's English and German pages) are among the files compared.
    const urls = a.filter((f) => f.endsWith('.html')).map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(editionsLeftOut(fixtureRoot, urls), `pages by edition: ${editionCounts(byEdition(fixtureRoot, urls))}`).toEqual([]);
    const differing = a.filter((f) => digest(path.join(first.outDir, f)) !== digest(path.join(outDir, f)));
    expect(differing).toEqual([]);
  });

  it('no file carries the date of the build', () => {
    const now = new Date();
    const iso = now.toISOString().slice(0, 10);
    const sources = listFiles(fixtureRoot)
      .map((f) => fs.readFileSync(path.join(fixtureRoot, f), 'utf8'))
      .join('\n');
    if (sources.includes(iso)) return; // the content itself names today
    const stamped = listFiles(first.outDir)
      .filter((f) => /\.(?:html|xml|json|txt|js|css|svg)$/.test(f))
      .filter((f) => fs.readFileSync(path.join(first.outDir, f), 'utf8').includes(iso));
    expect(stamped, `files that contain today's date ${iso}`).toEqual([]);
  });
});
