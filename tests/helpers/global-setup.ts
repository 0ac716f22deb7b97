/**
 * Builds, once per run, the sites the build tests read: the real report, the
 * second-report fixture, and the fixture again under a sub-path. Each goes
 * into its own temporary folder with its own Astro cache, through the same
 * program as `npm run build`. The builds run one after another: Astro writes
 * the list of the chapters' MDX modules into the project's .astro/ folder
 * (not configurable), so two builds of different reports at once could mix
 * their chapters.
 *
 * A failed build does not stop the run: its tests fail with its output.
 * KEEP_TEST_BUILDS=1 keeps the folders for inspection.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { fixtureRoot, projectRoot } from './paths.ts';
import { runBuild } from './run-build.ts';
import type { SiteBuild, SiteName, Sites } from './sites.ts';

const builds: Record<SiteName, { reportRoot: string; siteBase?: string }> = {
  real: { reportRoot: projectRoot },
  fixture: { reportRoot: fixtureRoot },
  fixtureUnderBase: { reportRoot: fixtureRoot, siteBase: '/two-valleys/' },
};

export default async function setup(project: TestProject): Promise<() => void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-site-builds-'));
  const sites = {} as Sites;
  for (const [name, { reportRoot, siteBase }] of Object.entries(builds) as Array<[SiteName, (typeof builds)[SiteName]]>) {
    const outDir = path.join(work, name, 'dist');
    const run = await runBuild({ reportRoot, outDir, cacheDir: path.join(work, name, 'cache'), siteBase });
    const site: SiteBuild = { outDir, ok: run.code === 0 && fs.existsSync(outDir), log: `${run.stdout}\n${run.stderr}`.trim() };
    if (!site.ok) console.error(`[global-setup] the ${name} site did not build (exit code ${run.code}); its tests will fail.`);
    sites[name] = site;
  }
  project.provide('sites', sites);
  return () => {
    if (process.env['KEEP_TEST_BUILDS']) console.log(`[global-setup] builds kept in ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  };
}
