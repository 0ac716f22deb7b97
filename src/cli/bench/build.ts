/**
 * Runs the build's program on a report, cold (its own empty cache), and
 * measures its wall time, its CPU time (GNU time) and the peak memory of its whole process tree: the
 * resident set sizes of the build and every process it starts, summed, read
 * from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { engineRoot } from '../build.ts';
import { listFiles } from '../../lib/files.ts';

export interface BuildResult {
  pages: number;
  seconds: number;
  /** CPU time (user and system) of the build and every process it waited for, in seconds; undefined without /usr/bin/time. Less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the process tree in MiB; undefined without /proc. */
  peakMiB: number | undefined;
  /** Bytes of the built site. */
  distBytes: number;
  ok: boolean;
  /** The build's output, for the times of its steps. */
  log: string;
}

/** Resident set size in bytes of `pid` and its descendants, from /proc. */
function treeRss(pid: number): number | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return undefined;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(e), Number(fields[1]));
      rss.set(Number(e), Number(fields[21]) * 4096);
    } catch {
      // The process ended meanwhile.
    }
  }
  const inTree = (p: number): boolean => {
    for (let q: number | undefined = p, depth = 0; q !== undefined && q > 1 && depth < 64; q = parent.get(q), depth++)
      if (q === pid) return true;
    return false;
  };
  let sum = 0;
  for (const [p, bytes] of rss) if (inTree(p)) sum += bytes;
  return sum;
}

/** Builds the report at `reportRoot` into `outDir` with `npm run build`'s program. */
export async function timedBuild(reportRoot: string, outDir: string, cacheDir: string): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REPORT_ROOT: reportRoot,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['SITE_BASE'];
  const started = process.hrtime.bigint();
  const program = [process.execPath, path.join(engineRoot, 'src/cli/build.ts')];
  // GNU time reports the CPU time of the build and of every process it waited for.
  const timed = fs.existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'BENCH-CPU %U %S', ...program] : program;
  const child = spawn(timed[0] ?? '', timed.slice(1), { cwd: engineRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (log += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (log += s));
  let peak: number | undefined;
  const sample = (): void => {
    const now = child.pid === undefined ? undefined : treeRss(child.pid);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = code === 0;
  const cpu = /BENCH-CPU ([\d.]+) ([\d.]+)/.exec(log);
  const files = ok ? listFiles(outDir) : [];
  return {
    pages: files.filter((f) => f.endsWith('.html')).length,
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    peakMiB: peak === undefined ? undefined : peak / 2 ** 20,
    distBytes: files.reduce((n, f) => n + fs.statSync(path.join(outDir, f)).size, 0),
    ok,
    log,
  };
}
