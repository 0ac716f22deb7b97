/** Runs `npm run build`'s program (src/cli/build.ts) in a child process, as CI does; or a plain `astro build`. */
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

function buildEnv(env: BuildEnv): NodeJS.ProcessEnv {
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
  return childEnv;
}

/** Builds a report with the same command `npm run build` runs; resolves when the process ends. */
export function runBuild(env: BuildEnv): Promise<BuildRun> {
  return run([path.join(projectRoot, 'src/cli/build.ts')], buildEnv(env));
}

/**
 * Builds a report with a plain `astro build` (no staging, no publish step), as
 * someone who knows only Astro would. It takes the engine folder's build lock
 * (see withBuildLock in src/cli/build.ts) so it never runs beside another build.
 */
export async function runAstroBuild(env: BuildEnv): Promise<BuildRun> {
  const childEnv = buildEnv(env);
  // What src/cli/build.ts does for itself: Vitest exports BASE_URL=/ (a name Vite reserves) to its children.
  for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete childEnv[reserved];
  const { withBuildLock } = await import('../../src/cli/build.ts');
  return withBuildLock(() => run([path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], childEnv));
}

function run(args: string[], childEnv: NodeJS.ProcessEnv): Promise<BuildRun> {
  // Vitest itself needs a Node new enough for Astro, so the Node running the tests runs the build.
  return runCommand(process.execPath, args, childEnv);
}

/** Runs `command` in the project folder and resolves with its exit code and output. */
export function runCommand(command: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<BuildRun> {
  const child = spawn(command, args, {
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
