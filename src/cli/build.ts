/**
 * `npm run build`: builds the site into a staging folder and moves it into
 * place only when every step succeeded, so a failed build never leaves a
 * half-built site where it could be published. The site itself, post-build
 * steps included (fonts, then the search index), is `astro build`'s: the
 * engine's integration (src/integration.ts) runs them in `astro:build:done`,
 * on the staging folder; a failing step fails the build and nothing is published.
 *
 * Environment: REPORT_ROOT (the report to build, default: the working
 * directory), OUT_DIR (default: dist/), ASTRO_CACHE_DIR, SITE_BASE.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Before Astro is loaded: a build must not call home.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Names Vite reserves for import.meta.env: a value inherited from the environment (Vitest exports
// BASE_URL=/ to its children) would override the configured base at render time.
for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[reserved];

/** The engine's own folder (where astro.config.mjs lives), whatever the working directory. */
export const engineRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildSiteOptions {
  /** The report to build (content/, data/); default: REPORT_ROOT or the working directory. */
  root?: string | undefined;
  /** Where the finished site goes; default: OUT_DIR or dist/ in the engine's folder. */
  outDir?: string | undefined;
  /** Astro's log level; default "info". */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent' | undefined;
}

/** The staging folder of this process. */
export function stagingDir(pid: number = process.pid): string {
  return path.join(engineRoot, `.dist-staging-${pid}`);
}

/** A folder beside `outDir`, on its file system, for this process. */
function besideOut(outDir: string, kind: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-${kind}-${process.pid}`);
}

const lockFile = path.join(engineRoot, '.astro', 'build.lock');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` while holding this folder's build lock. Astro writes the list of
 * the chapters' MDX modules into .astro/, whatever the output and cache
 * folders, so two builds in one folder at once can compile each other's
 * chapters; they take turns instead. A lock left by a killed build is taken over.
 */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
      if (!Number.isInteger(holder) || !isRunning(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (!told) console.error(`Waiting for another build in ${engineRoot} (process ${holder}) to finish…`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await fn();
  } finally {
    releaseBuildLock();
  }
}

function releaseBuildLock(): void {
  try {
    if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile, { force: true });
  } catch {
    // already gone
  }
}

/** Builds the report at `root` into `outDir`, replacing it only on success. Returns the output folder. */
export async function buildSite(options: BuildSiteOptions = {}): Promise<string> {
  const root = path.resolve(options.root ?? process.env['REPORT_ROOT'] ?? process.cwd());
  const outDir = path.resolve(options.outDir ?? process.env['OUT_DIR'] ?? path.join(engineRoot, 'dist'));
  // Inside the engine's folder on purpose: Astro stages its server build in <outDir>/.prerender
  // only when outDir lies under the working directory (otherwise in the shared .astro/, where two
  // builds at once would mix their chunks), and those chunks must resolve node_modules/.
  const staging = stagingDir();
  // astro.config.mjs, the content collections and the integration read the report from here.
  process.env['REPORT_ROOT'] = root;
  process.chdir(engineRoot);

  const cleanUp = (): void => {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(besideOut(outDir, 'incoming'), { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    releaseBuildLock();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await withBuildLock(async () => {
      cleanUp();
      // The report first, on its own: its errors are printed once, as themselves, before Astro
      // loads anything (inside Astro they would come wrapped in its config and render errors).
      const { loadReport } = await import('../report/load.ts');
      loadReport(root);
      const { build } = await import('astro');
      await build({ root: engineRoot, outDir: staging, mode: 'production', logLevel: options.logLevel ?? 'info' });
      if (!fs.existsSync(path.join(staging, 'index.html'))) throw new Error(`the build wrote no index.html into ${staging}`);
      publish(staging, outDir);
      return outDir;
    });
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Moves the staged site to `outDir`, replacing what was there. The last step
 * is a rename on one file system, so `outDir` is never half-written; a site
 * staged on another file system is copied beside `outDir` first.
 */
function publish(staging: string, outDir: string): void {
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  try {
    swapIn(staging, outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const incoming = besideOut(outDir, 'incoming');
    fs.cpSync(staging, incoming, { recursive: true });
    swapIn(incoming, outDir);
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Renames `ready` to `outDir`; the previous `outDir` is put back if that rename fails. */
function swapIn(ready: string, outDir: string): void {
  const old = besideOut(outDir, 'old');
  fs.rmSync(old, { recursive: true, force: true });
  const hadOld = fs.existsSync(outDir);
  if (hadOld) fs.renameSync(outDir, old);
  try {
    fs.renameSync(ready, outDir);
  } catch (error) {
    if (hadOld) fs.renameSync(old, outDir);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/**
 * The ReportError behind a failure, if any. Astro loads the config in its
 * own module graph and may wrap errors, so match by name along the `cause` chain.
 */
function findReportError(error: unknown): Error | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e.name === 'ReportError') return e;
  }
  return undefined;
}

/** A readable account of a failed build: the report's own errors as they are, others with Astro's location and hint. */
export function describeFailure(error: unknown): string {
  const report = findReportError(error);
  if (report) return report.message.trimEnd();
  if (!(error instanceof Error)) return `Build failed: ${String(error)}`;
  const lines = [`Build failed: ${error.message}`];
  const { loc, hint } = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  if (loc?.file) lines.push(`  at ${[loc.file, loc.line, loc.column].filter((p) => p !== undefined).join(':')}`);
  if (hint) lines.push(`  hint: ${hint}`);
  if (process.env['DEBUG'] && error.stack) lines.push(error.stack);
  return lines.join('\n');
}

if (import.meta.main) {
  try {
    const outDir = await buildSite();
    console.log(`Site built into ${path.relative(process.cwd(), outDir) || '.'}`);
    // Astro can leave handles open (file watchers, workers); the build is done.
    process.exit(0);
  } catch (error) {
    console.error(describeFailure(error));
    process.exit(1);
  }
}
