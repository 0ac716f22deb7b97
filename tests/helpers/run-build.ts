/** Runs `npm run build`'s program (src/cli/build.ts) in a child process, as CI does. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export interface BuildRun {
  /** Process id of the build: names its staging folder (see stagingDir in src/cli/build.ts). */
  pid: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BuildEnv {
  /** The report to build. */
  reportRoot: string;
  /** The final output folder. */
  outDir: string;
  /** Astro's cache; one per build, so builds never share a data store. */
  cacheDir: string;
  siteBase?: string | undefined;
}

/** Builds a report with the same command `npm run build` runs; resolves when the process ends. */
export function runBuild(env: BuildEnv): Promise<BuildRun> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    REPORT_ROOT: env.reportRoot,
    OUT_DIR: env.outDir,
    ASTRO_CACHE_DIR: env.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  delete childEnv['SITE_BASE'];
  if (env.siteBase !== undefined) childEnv['SITE_BASE'] = env.siteBase;
  // Vitest itself needs a Node new enough for Astro, so the Node running the tests runs the build.
  const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/build.ts')], {
    cwd: projectRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ pid: child.pid ?? -1, code, stdout, stderr }));
  });
}
