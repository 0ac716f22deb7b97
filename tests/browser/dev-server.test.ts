/**
 * The editor's preview: ONE `astro dev` session (on a free port, over a copy
 * of the real report) serves every kind of page in Chromium, shows an edit to
 * a data file without a restart, and shows a data error as the report's own
 * message (file, line, entry, field), not a blank page or a stack trace.
 * A build cannot see these: the dev server loads the engine's modules more
 * than once and keeps them between requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { loadReport, type Report } from '../../src/report/load.ts';
import { recordPath } from '../../src/components/catalogue/record-targets.ts';
import { dataFiles } from '../../src/report/paths.ts';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface DevServer {
  url: string;
  /** Everything the server printed so far (terminal output an editor sees). */
  output(): string;
  close(): Promise<void>;
}

/**
 * The environment an editor's terminal has: without what Vitest exports to its
 * children (NODE_ENV=test, VITEST…, and names Vite reserves for import.meta.env
 * such as BASE_URL), which would make the dev server something else.
 */
function editorEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(VITEST|VITE_)/.test(name) ||
      ['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'SITE_BASE', 'OUT_DIR'].includes(name)
    )
      delete env[name];
  }
  return env;
}

/** Starts `astro dev` on the report at `root`; resolves once it answers. */
async function startDev(root: string, cacheDir: string): Promise<DevServer> {
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: projectRoot,
      env: { ...editorEnv(), REPORT_ROOT: root, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      // Its own process group, so closing it ends Astro's children too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${out}`);
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`astro dev did not answer on ${url}:\n${out}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return {
    url,
    output: () => out,
    async close() {
      if (child.exitCode === null && child.pid !== undefined) {
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      }
    },
  };
}

/** A copy of the real report (content/ and data/) in a temporary folder, which the tests may edit. */
function copyRealReport(work: string): string {
  const root = path.join(work, 'report');
  for (const dir of ['content', 'data']) fs.cpSync(path.join(projectRoot, dir), path.join(root, dir), { recursive: true });
  return root;
}

/** Text of an element, whitespace collapsed. */
const textOf = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

let work = '';
let root = '';
let report: Report;
let dev: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens `sitePath` in a fresh page; returns the HTTP status and the page. */
async function open(sitePath: string): Promise<{ status: number; page: Page }> {
  if (!browser || !dev) throw new Error('the dev server or the browser did not start');
  const page = await browser.newPage();
  const response = await page.goto(new URL(sitePath.replace(/^\//, ''), dev.url).href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return { status: response?.status() ?? 0, page };
}

describe('one npm run dev session', () => {
  // Astro allows one dev server per project at a time: each describe starts and stops its own.
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-dev-'));
    root = copyRealReport(work);
    report = loadReport(root);
    dev = await startDev(root, path.join(work, 'cache'));
  }, 120_000);

  afterAll(async () => {
    await dev?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('serves every chapter, a record page of each kind and the references page, each with its own content', async () => {
    const pages: Array<{ path: string; heading: string }> = [
      // Every chapter, in reading order (the references chapter among them), then one record of each kind.
      // The home page (the chapter "index") is headed by the site's title.
      ...report.chapters.map((c) =>
        c.id === 'index' ? { path: '/', heading: report.site.title } : { path: `/chapters/${c.id}/`, heading: c.data.title },
      ),
      ...report.data.instruments.slice(0, 2).map((r) => ({ path: recordPath('instrument', r.id), heading: r.title })),
      ...report.data.regions.slice(0, 1).map((r) => ({ path: recordPath('region', r.id), heading: r.name })),
      ...report.data.forums.slice(0, 1).map((r) => ({ path: recordPath('forum', r.id), heading: r.city })),
      ...report.data.institutions.slice(0, 1).map((r) => ({ path: recordPath('institution', r.id), heading: r.name })),
    ];
    expect(
      report.chapters.some((c) => c.id === 'references'),
      'the report has a references chapter',
    ).toBe(true);
    const failures: string[] = [];
    for (const p of pages) {
      const { status, page } = await open(p.path);
      const h1 = status === 200 ? await textOf(page, 'h1') : '';
      if (status !== 200 || !h1.includes(p.heading.replace(/\s+/g, ' ').trim()))
        failures.push(`${p.path}: HTTP ${status}, <h1> "${h1}", expected "${p.heading}"`);
      await page.close();
    }
    expect(
      failures,
      `pages that failed in one dev session:\n${failures.join('\n')}\n--- dev server output ---\n${dev?.output() ?? ''}`,
    ).toEqual([]);
  });

  it('shows an edit to a data file on the next request, without a restart', async () => {
    const region = report.data.regions[0];
    if (!region) throw new Error('the report needs a region');
    const file = path.join(root, dataFiles.regions);
    const text = fs.readFileSync(file, 'utf8');
    const renamed = `${region.name} Edited`;
    const line = `name: ${region.name}`;
    expect(text.split(line).length - 1, `"${line}" occurs once in ${dataFiles.regions}`).toBe(1);
    fs.writeFileSync(file, text.replace(line, `name: ${renamed}`));
    try {
      const deadline = Date.now() + 30_000;
      let h1 = '';
      for (;;) {
        const { status, page } = await open(recordPath('region', region.id));
        h1 = status === 200 ? await textOf(page, 'h1') : `HTTP ${status}`;
        await page.close();
        if (h1.includes(renamed) || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(h1).toContain(renamed);
    } finally {
      fs.writeFileSync(file, text);
    }
  });

  it("shows a data error as the report's own message, in the page, the overlay and the terminal, then recovers", async () => {
    const figure = report.data.parties[0];
    if (!figure) throw new Error('the report needs a party');
    const file = path.join(root, dataFiles.parties);
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const idLine = lines.findIndex((l) => l === `- id: ${figure.id}`);
    const unitLine = lines.findIndex((l, i) => i > idLine && /^ {2}kind: /.test(l));
    expect(idLine, `the entry ${figure.id} in ${dataFiles.parties}`).toBeGreaterThanOrEqual(0);
    expect(unitLine).toBeGreaterThan(idLine);
    lines[unitLine] = lines[unitLine]?.replace('kind:', 'knid:') ?? '';
    const before = dev?.output().length ?? 0;
    fs.writeFileSync(file, lines.join('\n'));
    const where = `${dataFiles.parties}:${unitLine + 1}`;
    try {
      // Pages of every kind answer with the message (the report's files are rechecked every half second).
      for (const sitePath of [
        '/',
        `/chapters/${report.chapters.at(-1)?.id ?? ''}/`,
        recordPath('region', report.data.regions[0]?.id ?? ''),
      ]) {
        const deadline = Date.now() + 30_000;
        let status = 0;
        let shown = '';
        let overlay = '';
        for (;;) {
          const opened = await open(sitePath);
          status = opened.status;
          shown = status === 200 ? '' : await textOf(opened.page, '#report-error');
          if (status !== 200) {
            // Astro's error overlay (Vite's custom element; Playwright reads through its shadow root).
            overlay = await opened.page
              .waitForFunction(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '', undefined, {
                timeout: 10_000,
              })
              .then(async (handle) => String(await handle.jsonValue()))
              .catch(() => '');
          }
          await opened.page.close();
          if (shown.includes(where) || Date.now() > deadline) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        expect(status, sitePath).toBe(500);
        for (const said of [shown, overlay]) {
          expect(said, sitePath).toContain(where);
          expect(said).toContain(`parties[${figure.id}]`);
          expect(said).toMatch(/unknown field "knid"; did you mean "kind"\?/);
        }
        expect(overlay, 'the overlay points at the data file, not the engine').not.toMatch(/src\/report\/|\bat \S+\.ts:\d+/);
      }
      const terminal = dev?.output().slice(before) ?? '';
      expect(terminal).toContain(where);
      expect(terminal.split(`unknown field "knid"`).length - 1, `the terminal says it once:\n${terminal}`).toBe(1);
      expect(terminal).not.toMatch(/UnhandledRejection|Make sure your promises|Unable to load your Astro config|src\/report\/load\.ts/);
    } finally {
      fs.writeFileSync(file, text);
    }
    // Fixed: the same session renders again.
    const deadline = Date.now() + 30_000;
    let status = 0;
    for (;;) {
      const opened = await open('/');
      status = opened.status;
      await opened.page.close();
      if (status === 200 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  });
});

describe('npm run dev started on a report with a data error', () => {
  let work2 = '';
  let dev2: DevServer | undefined;
  let file = '';
  let text = '';
  let where = '';

  beforeAll(async () => {
    work2 = fs.mkdtempSync(path.join(os.tmpdir(), 'report-dev-broken-'));
    const broken = copyRealReport(work2);
    file = path.join(broken, dataFiles.regions);
    text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^ {2}name: /.test(l));
    expect(at, `a name line in ${dataFiles.regions}`).toBeGreaterThanOrEqual(0);
    lines[at] = lines[at]?.replace('name:', 'naem:') ?? '';
    where = `${dataFiles.regions}:${at + 1}`;
    fs.writeFileSync(file, lines.join('\n'));
    dev2 = await startDev(broken, path.join(work2, 'cache'));
  }, 120_000);

  afterAll(async () => {
    await dev2?.close();
    if (work2) fs.rmSync(work2, { recursive: true, force: true });
  });

  it('starts anyway, points at the data file (not the engine or the Astro config), and renders once it is fixed', async () => {
    if (!browser || !dev2) throw new Error('the dev server or the browser did not start');
    const page = await browser.newPage();
    const response = await page.goto(new URL('chapters/references/', dev2.url).href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    expect(response?.status()).toBe(500);
    const shown = await textOf(page, '#report-error');
    await page.close();
    expect(shown).toContain(where);
    expect(shown).toMatch(/unknown field "naem"; did you mean "name"\?/);
    const terminal = dev2.output();
    expect(terminal).toContain(where);
    expect(terminal).not.toMatch(/Unable to load your Astro config|UnhandledRejection|src\/report\/load\.ts/);
    fs.writeFileSync(file, text);
    const deadline = Date.now() + 60_000;
    let status = 0;
    for (;;) {
      const again = await browser.newPage();
      status =
        (await again.goto(new URL('chapters/references/', dev2.url).href, { waitUntil: 'domcontentloaded', timeout: 60_000 }))?.status() ??
        0;
      await again.close();
      if (status === 200 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status, `after the fix:\n${dev2.output()}`).toBe(200);
  });
});
