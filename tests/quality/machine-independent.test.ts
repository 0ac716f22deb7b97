/**
 * The output is a function of the commit alone: with every system font hidden
 * (a private mount namespace with empty font folders, `unshare -m`), another
 * time zone and another locale, the fixture builds byte-identical to the
 * global setup's normal build, and every figure of the real report and the
 * fixture renders to the same bytes. Needs root and `unshare` (Linux; CI runs
 * as root); elsewhere it is skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/html.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';
import { runCommand, type BuildRun } from '../helpers/run-build.ts';
import { useSite } from '../helpers/sites.ts';
import { figureDigests } from './render-figures.ts';

/** Folders a font library may scan for system fonts; each one present is hidden. */
const fontFolders = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  path.join(os.homedir(), '.fonts'),
  path.join(os.homedir(), '.local/share/fonts'),
];

/** Why the namespace cannot be made here, or undefined when it can. */
function cannotHideFonts(): string | undefined {
  if (process.platform !== 'linux') return `needs Linux mount namespaces (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'needs root to mount in a private namespace (CI runs as root; run `sudo npm test` to include it)';
  const probe = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs tmpfs /mnt'], { encoding: 'utf8' });
  if (probe.error) return `unshare is not available (${probe.error.message}); install util-linux`;
  if (probe.status !== 0) return `unshare -m cannot mount here: ${probe.stderr.trim()}`;
  return undefined;
}

const reason = cannotHideFonts();
if (reason) console.warn(`machine-independent.test.ts skipped: ${reason}`);

/** Another time zone (UTC+14, a day ahead of most of the world) and a locale with its own casing and number rules. */
const otherMachine = { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', LANGUAGE: 'tr' };

/** Runs `node <args>` in a mount namespace where every font folder is an empty tmpfs; resolves with its output. */
function runWithoutFonts(args: string[], env: NodeJS.ProcessEnv): Promise<BuildRun> {
  const hide = fontFolders
    .filter((d) => fs.existsSync(d))
    .map((d) => `mount -t tmpfs tmpfs '${d}'`)
    .join(' && ');
  // Prints how many font files remain visible, then runs the command.
  const script = `${hide || 'true'} && echo "font files visible: $(find ${fontFolders.map((d) => `'${d}'`).join(' ')} -type f 2>/dev/null | wc -l)" && exec "$@"`;
  return runCommand('unshare', ['-m', 'sh', '-c', script, 'sh', process.execPath, ...args], env);
}

const digest = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe.skipIf(reason !== undefined)('with no system fonts, another time zone and another locale', () => {
  const normal = useSite('fixture');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-nofonts-'));
  const outDir = path.join(work, 'dist');
  let build: { code: number | null; stdout: string; stderr: string } | undefined;
  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...otherMachine,
      REPORT_ROOT: fixtureRoot,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    };
    delete env['SITE_BASE'];
    build = await runWithoutFonts([path.join(projectRoot, 'src/cli/build.ts')], env);
  }, 300_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('the fixture builds byte-identical to a normal build', () => {
    expect(build?.code, `${build?.stdout}\n${build?.stderr}`).toBe(0);
    expect(build?.stdout).toContain('font files visible: 0');
    const a = listFiles(normal.outDir);
    expect(listFiles(outDir)).toEqual(a);
    const differing = a.filter((f) => digest(path.join(normal.outDir, f)) !== digest(path.join(outDir, f)));
    expect(differing).toEqual([]);
  });

  it.each([
    ['the real report', projectRoot],
    ['the fixture', fixtureRoot],
  ])(
    'every figure of %s renders to the same bytes',
    async (_name, root) => {
      const run = await runWithoutFonts([path.join(projectRoot, 'tests/quality/render-figures.ts')], {
        ...process.env,
        ...otherMachine,
        REPORT_ROOT: root,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('font files visible: 0');
      const hidden = JSON.parse(run.stdout.split('\n').find((l) => l.startsWith('{')) ?? '{}') as Record<string, string>;
      const here = figureDigests(root);
      expect(Object.keys(here).length).toBeGreaterThan(0);
      expect(hidden).toEqual(here);
    },
    120_000,
  );
});
