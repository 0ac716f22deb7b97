/**
 * `npm run bench`: how fast the build is and how heavy the pages are,
 * measured, not guessed. Not a test: it prints a Markdown table for the README.
 *
 * - build time and peak memory of the real report, and of synthetic reports
 *   with 10x and 50x its content (chapters and data rows copied, with new ids,
 *   into a temporary folder and validated before they are built);
 * - HTML and JavaScript bytes per page of the real site (JavaScript fetched
 *   before any interaction: the page's scripts and what they import
 *   statically, not dynamic imports);
 * - the Pagefind index size and the bytes a first query fetches, if the site has an index;
 * - the size of each figure's SVG;
 * - per page, as a phone on a slow connection opens it in Chromium (first
 *   view, gzip): transfer (gzip and raw) by kind, cumulative layout shift and
 *   first contentful paint (src/cli/bench-pages.ts), next to the goals of issue 9.
 *
 * Options: --scales 1,10,50 (default), --keep (keep the temporary folder),
 * --pages templates|all|<path prefix> (which pages Chromium opens; default:
 * the reading pages and one page of each other kind), --no-browser.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument, stringify } from 'yaml';
import { loadReport } from '../report/load.ts';
import { ReportError } from '../report/errors.ts';
import { engineRoot } from './build.ts';
import { listFiles } from '../lib/files.ts';
import { isChapter, measurePages, phone, total, type PageRun } from './bench-pages.ts';

interface BuildResult {
  label: string;
  pages: number;
  seconds: number;
  /** Peak resident memory in MiB, of the build process or (with /usr/bin/time) its largest process. */
  peakMiB: number | undefined;
  ok: boolean;
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

// ─── Synthetic reports ──────────────────────────────────────────────────────

/**
 * Copy `k` of a chapter's MDX: a new title and place in the reading order, no
 * section number, and its table and figure ids (and the references to them)
 * suffixed, since ids are unique across the report.
 */
function copyChapter(text: string, k: number): string {
  const renumbered = text.replace(/\b((?:tbl|fig)-[A-Za-z0-9_-]*[A-Za-z0-9])/g, `$1-x${k}`);
  return renumbered.replace(/^---\n([\s\S]*?)\n---/, (_m, front: string) => {
    const lines = front
      .split('\n')
      .filter((l) => !/^section:/.test(l))
      .map((l) => {
        if (/^order:/.test(l)) return `order: ${1000 * k + Number.parseInt(l.slice(6).trim(), 10)}`;
        const m = /^(title|shortTitle):\s*(.*)$/.exec(l);
        if (m) {
          const value = (m[2] ?? '').replace(/^"(.*)"$/, '$1');
          return `${m[1]}: ${JSON.stringify(`${value} (copy ${k})`)}`;
        }
        return l;
      });
    return `---\n${lines.join('\n')}\n---`;
  });
}

/** A YAML list of records with ids, each record repeated `scale` times with suffixed ids; undefined if not such a list. */
function multiplyRows(text: string, scale: number): string | undefined {
  const doc = parseDocument(text);
  const rows: unknown = doc.toJS();
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  if (
    !rows.every((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string')
  )
    return undefined;
  const out: Array<Record<string, unknown>> = [...rows];
  for (let k = 1; k < scale; k++) for (const row of rows) out.push({ ...row, id: `${String(row['id'])}-x${k}` });
  return stringify(out, { lineWidth: 0 });
}

/** Problems of the report at `root`, as "file" → count; empty when it is valid. */
function issuesByFile(root: string): Map<string, number> {
  const byFile = new Map<string, number>();
  try {
    loadReport(root);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    for (const issue of error.issues) byFile.set(issue.file, (byFile.get(issue.file) ?? 0) + 1);
  }
  return byFile;
}

/**
 * Writes a report with `scale` times the real one's chapters and data rows
 * into `root`. Collections whose copies the validator refuses (ids that must
 * match something else) keep their original rows; says which.
 */
function makeSyntheticReport(root: string, scale: number): string[] {
  fs.cpSync(path.join(engineRoot, 'content'), path.join(root, 'content'), { recursive: true });
  fs.cpSync(path.join(engineRoot, 'data'), path.join(root, 'data'), { recursive: true });
  const chapters = path.join(root, 'content/chapters');
  for (const file of fs.readdirSync(chapters).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx' && f !== 'references.mdx')) {
    const text = fs.readFileSync(path.join(chapters, file), 'utf8');
    for (let k = 1; k < scale; k++) fs.writeFileSync(path.join(chapters, file.replace(/\.mdx$/, `-x${k}.mdx`)), copyChapter(text, k));
  }
  const originals = new Map<string, string>();
  const dataDir = path.join(root, 'data');
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.yaml'))) {
    const full = path.join(dataDir, file);
    const text = fs.readFileSync(full, 'utf8');
    const more = multiplyRows(text, scale);
    if (more === undefined) continue;
    originals.set(`data/${file}`, text);
    fs.writeFileSync(full, more);
  }
  const kept: string[] = [];
  // Put back, one at a time, the collections the validator complains about.
  for (let round = 0; round < 20; round++) {
    const issues = issuesByFile(root);
    if (issues.size === 0) break;
    const culprit = [...issues.keys()].find((f) => originals.has(f));
    if (culprit === undefined) throw new Error(`the synthetic ${scale}x report is invalid: ${[...issues.keys()].join(', ')}`);
    fs.writeFileSync(path.join(root, culprit), originals.get(culprit) ?? '');
    originals.delete(culprit);
    kept.push(culprit);
  }
  return kept;
}

// ─── Builds ─────────────────────────────────────────────────────────────────

/** Runs `npm run build`'s program on a report; times it and takes its peak memory. */
async function timedBuild(label: string, reportRoot: string, outDir: string, cacheDir: string): Promise<BuildResult> {
  const useTime = fs.existsSync('/usr/bin/time');
  const build = path.join(engineRoot, 'src/cli/build.ts');
  const [cmd, args] = useTime ? ['/usr/bin/time', ['-f', 'BENCH-RSS %M', process.execPath, build]] : [process.execPath, [build]];
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
  const child = spawn(cmd, args, { cwd: engineRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (log += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (log += s));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /BENCH-RSS (\d+)/.exec(log);
  const ok = code === 0;
  if (!ok) console.error(`[bench] ${label}: the build failed:\n${log.slice(-3000)}`);
  const pages = ok ? listFiles(outDir).filter((f) => f.endsWith('.html')).length : 0;
  return { label, pages, seconds, peakMiB: rss ? Number(rss[1]) / 1024 : undefined, ok };
}

// ─── Page weight ────────────────────────────────────────────────────────────

interface PageWeight {
  page: string;
  html: number;
  js: number;
}

/** Bytes of a module script and of everything it imports statically (each file once). */
function moduleBytes(file: string, seen: Set<string>): number {
  if (seen.has(file) || !fs.existsSync(file)) return 0;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  let total = Buffer.byteLength(code);
  // Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`; not import().
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.') || spec.startsWith('/')) total += moduleBytes(path.resolve(path.dirname(file), spec), seen);
  }
  return total;
}

/** HTML and pre-interaction JavaScript bytes of each page of a built site (base "/"). */
function pageWeights(outDir: string): PageWeight[] {
  return listFiles(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      const seen = new Set<string>();
      let js = 0;
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1] ?? '';
        if (/type="(?:application\/(?:ld\+)?json|text\/plain)"/.test(attrs)) continue;
        const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
        if (src === undefined) js += Buffer.byteLength(m[2] ?? '');
        else if (!/^[a-z]+:|^\/\//i.test(src)) js += moduleBytes(path.join(outDir, src.replace(/^\//, '')), seen);
      }
      for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
        js += moduleBytes(path.join(outDir, (m[1] ?? '').replace(/^\//, '')), seen);
      return { page: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, html: Buffer.byteLength(html), js };
    });
}

// ─── Pagefind ───────────────────────────────────────────────────────────────

interface SearchWeight {
  indexBytes: number;
  indexFiles: number;
  firstQueryBytes: number | undefined;
  query: string;
  results: number | undefined;
  note?: string;
}

/** Size of the Pagefind index, and the bytes one search in Node fetches (its fetch counted). */
async function searchWeight(outDir: string, query: string): Promise<SearchWeight | undefined> {
  const dir = path.join(outDir, 'pagefind');
  if (!fs.existsSync(path.join(dir, 'pagefind.js'))) return undefined;
  const files = listFiles(dir);
  const indexBytes = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  const realFetch = globalThis.fetch;
  let fetched = 0;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const rel = url.startsWith('file:') ? url : url.replace(/^https?:\/\/[^/]+/, '');
    const file = rel.startsWith('file:') ? new URL(rel).pathname : path.join(outDir, rel.replace(/^\//, '').split('?')[0] ?? '');
    const body = fs.readFileSync(decodeURIComponent(file));
    fetched += body.length;
    return new Response(body);
  }) as typeof fetch;
  try {
    const pagefindJs = path.join(dir, 'pagefind.js');
    fetched += fs.statSync(pagefindJs).size;
    const pagefind = (await import(pathToFileURL(pagefindJs).href)) as {
      options(o: object): Promise<void>;
      search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
    };
    await pagefind.options({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/' });
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { indexBytes, indexFiles: files.length, firstQueryBytes: fetched, query, results: search.results.length };
  } catch (error) {
    return {
      indexBytes,
      indexFiles: files.length,
      firstQueryBytes: undefined,
      query,
      results: undefined,
      note: `search in Node failed: ${(error as Error).message}`,
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}

// ─── Figures ────────────────────────────────────────────────────────────────

/** Each figure's SVG: the .svg files of the site (not the favicon) and the inline <svg> inside <figure>s. */
function figureSizes(outDir: string): Array<{ figure: string; bytes: number }> {
  const out: Array<{ figure: string; bytes: number }> = [];
  for (const f of listFiles(outDir).filter((x) => x.endsWith('.svg') && !/favicon/.test(x)))
    out.push({ figure: f, bytes: fs.statSync(path.join(outDir, f)).size });
  for (const f of listFiles(outDir).filter((x) => x.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(outDir, f), 'utf8');
    let i = 0;
    for (const fig of html.matchAll(/<figure\b[\s\S]*?<\/figure>/g)) {
      for (const svg of fig[0].matchAll(/<svg\b[\s\S]*?<\/svg>/g)) {
        const id = /\bid="([^"]+)"/.exec(fig[0])?.[1] ?? `figure ${++i}`;
        if (svg[0].length > 2000) out.push({ figure: `${f.replace(/index\.html$/, '')}#${id} (inline)`, bytes: Buffer.byteLength(svg[0]) });
      }
    }
  }
  return out;
}

// ─── Main ───────────────────────────────────────────────────────────────────

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] ?? 0);
};

/** The median proper: the mean of the two middle values of an even count. */
const median2 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length === 0 ? 0 : s.length % 2 === 1 ? (s[Math.floor(mid)] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** The phone table, the chapter summary and the goals of issue 9 section 2, as Markdown lines. */
function phoneReport(runs: readonly PageRun[]): string[] {
  const lines: string[] = [];
  const p = phone;
  lines.push(
    '',
    `Opened in Chromium as a phone: ${p.viewport.width}×${p.viewport.height}, ${p.downKbps / 1000} Mbit/s down, ${p.latencyMs} ms latency, CPU slowed ${p.cpuSlowdown}×; first view, empty cache, served with gzip. Transfer counts every byte fetched until the network was quiet (HTML, CSS, fonts, JS, images; headers included); raw is the uncompressed size of the same files.`,
    '',
    '| page | transfer (gzip) | raw | fonts | without fonts | HTML | images | CLS | FCP | most shifted |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of runs)
    lines.push(
      `| ${r.page} | ${kib(total(r.transfer))} | ${kib(total(r.raw))} | ${kib(r.transfer.font)} | ${kib(total(r.transfer, ['font']))} | ${kib(r.transfer.html)} | ${kib(r.transfer.image)} | ${r.cls.toFixed(3)} | ${r.fcp === undefined ? 'n/a' : `${(r.fcp / 1000).toFixed(2)} s`} | ${r.worstShift ? `${r.worstShift.node} (${r.worstShift.value.toFixed(3)})` : ''} |`,
    );
  const chapters = runs.filter((r) => isChapter(r.page));
  const gz = chapters.map((r) => total(r.transfer));
  const gzNoFont = chapters.map((r) => total(r.transfer, ['font']));
  const largest = chapters.reduce<PageRun | undefined>(
    (a, b) => (a === undefined || total(b.transfer) > total(a.transfer) ? b : a),
    undefined,
  );
  const largestNoFont = chapters.reduce<PageRun | undefined>(
    (a, b) => (a === undefined || total(b.transfer, ['font']) > total(a.transfer, ['font']) ? b : a),
    undefined,
  );
  lines.push('', `| chapters (${chapters.length}), first view | median | largest |`, '| --- | ---: | ---: |');
  lines.push(`| transfer (gzip) | ${kib(median2(gz))} | ${kib(Math.max(0, ...gz))} (${largest?.page ?? '-'}) |`);
  lines.push(
    `| transfer without fonts (gzip) | ${kib(median2(gzNoFont))} | ${kib(Math.max(0, ...gzNoFont))} (${largestNoFont?.page ?? '-'}) |`,
  );
  lines.push(`| raw | ${kib(median2(chapters.map((r) => total(r.raw))))} | ${kib(Math.max(0, ...chapters.map((r) => total(r.raw))))} |`);
  const fcps = runs.map((r) => r.fcp).filter((x): x is number => x !== undefined);
  lines.push(
    `| first contentful paint, all pages opened | ${(median2(fcps) / 1000).toFixed(2)} s | ${(Math.max(0, ...fcps) / 1000).toFixed(2)} s |`,
  );
  const worstCls = runs.reduce<PageRun | undefined>((a, b) => (a === undefined || b.cls > a.cls ? b : a), undefined);
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  lines.push('', '| goal (issue 9, phone profile) | measured | verdict |', '| --- | --- | --- |');
  lines.push(
    `| CLS ≤ 0.02 on every page (${runs.length} opened) | worst ${worstCls ? `${worstCls.cls.toFixed(3)} (${worstCls.page})` : 'n/a'} | ${verdict(runs.every((r) => r.cls <= 0.02))} |`,
  );
  lines.push(
    `| median chapter transfer ≤ 70 KiB (gzip) | ${kib(median2(gz))} | ${verdict(chapters.length > 0 && median2(gz) <= 70 * 1024)} |`,
  );
  lines.push(
    `| longest chapter ≤ 100 KiB (gzip) | ${kib(Math.max(0, ...gz))} | ${verdict(chapters.length > 0 && Math.max(...gz) <= 100 * 1024)} |`,
  );
  return lines;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scalesArg = argv[argv.indexOf('--scales') + 1];
  const scales = argv.includes('--scales') && scalesArg ? scalesArg.split(',').map(Number) : [1, 10, 50];
  const keep = argv.includes('--keep');
  const pagesArg = argv[argv.indexOf('--pages') + 1];
  const which = argv.includes('--pages') && pagesArg ? pagesArg : 'templates';
  const browser = !argv.includes('--no-browser');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bench-'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
  console.error(`[bench] working in ${work}`);

  const builds: BuildResult[] = [];
  const notes: string[] = [];
  let realOut: string | undefined;
  try {
    for (const scale of scales) {
      let root = engineRoot;
      if (scale !== 1) {
        root = path.join(work, `report-${scale}x`);
        const kept = makeSyntheticReport(root, scale);
        if (kept.length > 0)
          notes.push(
            `${scale}x: rows of ${kept.join(', ')} not multiplied (the validator refused the copies: their ids follow a fixed pattern or must match other data)`,
          );
      }
      const outDir = path.join(work, `dist-${scale}x`);
      console.error(`[bench] building ${scale === 1 ? 'the real report' : `the ${scale}x report`}…`);
      // A cold build: its own, empty cache.
      const result = await timedBuild(scale === 1 ? 'real report' : `${scale}x content`, root, outDir, path.join(work, `cache-${scale}x`));
      builds.push(result);
      if (scale === 1 && result.ok) realOut = outDir;
    }

    const lines: string[] = [];
    lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`, '');
    lines.push('| build | pages | time | time per page | peak memory |', '| --- | ---: | ---: | ---: | ---: |');
    for (const b of builds) {
      if (!b.ok) lines.push(`| ${b.label} | failed | | | |`);
      else
        lines.push(
          `| ${b.label} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${((b.seconds * 1000) / Math.max(1, b.pages)).toFixed(0)} ms | ${b.peakMiB === undefined ? 'n/a' : `${b.peakMiB.toFixed(0)} MiB`} |`,
        );
    }
    if (realOut) {
      const weights = pageWeights(realOut);
      const html = weights.map((w) => w.html);
      const js = weights.map((w) => w.js);
      const heaviest = weights.reduce((a, b) => (b.js > a.js ? b : a), weights[0] ?? { page: '-', html: 0, js: 0 });
      lines.push('', '| page weight (real report) | median | largest |', '| --- | ---: | ---: |');
      lines.push(`| HTML per page | ${kib(median(html))} | ${kib(Math.max(0, ...html))} |`);
      lines.push(`| JavaScript before interaction | ${kib(median(js))} | ${kib(Math.max(0, ...js))} (${heaviest.page}) |`);
      const search = await searchWeight(realOut, 'border');
      if (search) {
        lines.push(`| Pagefind index (${search.indexFiles} files) | ${kib(search.indexBytes)} | |`);
        lines.push(
          `| first search ("${search.query}", ${search.results ?? '?'} results, 5 excerpts) | ${search.firstQueryBytes === undefined ? 'n/a' : kib(search.firstQueryBytes)} | |`,
        );
        if (search.note) notes.push(search.note);
      } else notes.push('no Pagefind index in the build');
      const figures = figureSizes(realOut);
      if (figures.length > 0) {
        lines.push('', '| figure SVG | size |', '| --- | ---: |');
        for (const f of figures) lines.push(`| ${f.figure} | ${kib(f.bytes)} |`);
      } else notes.push('no figure SVG in the build');
      if (browser) lines.push(...phoneReport(await measurePages(realOut, which)));
      console.error('\n[bench] per page (HTML, JavaScript before interaction):');
      for (const w of weights) console.error(`  ${w.page.padEnd(50)} ${kib(w.html).padStart(10)} ${kib(w.js).padStart(10)}`);
    }
    // The issue's goals, each with its verdict.
    const goal = (ok: boolean | undefined): string => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');
    const real = builds.find((b) => b.label === 'real report' && b.ok);
    const ten = builds.find((b) => b.label === '10x content' && b.ok);
    const reading = realOut ? pageWeights(realOut).filter((w) => w.page.startsWith('/chapters/') || w.page === '/') : [];
    lines.push('', '| goal | verdict |', '| --- | --- |');
    lines.push(`| full build within 20 s | ${goal(real && real.seconds <= 20)} |`);
    lines.push(`| 10x content within 60 s and 2 GB | ${goal(ten && ten.seconds <= 60 && (ten.peakMiB ?? 0) <= 2048)} |`);
    lines.push(
      `| reading pages within 15 KB of JavaScript before interaction | ${goal(reading.length > 0 ? reading.every((w) => w.js <= 15 * 1024) : undefined)} |`,
    );
    if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
    console.log(lines.join('\n'));
    if (builds.some((b) => !b.ok)) process.exitCode = 1;
  } finally {
    if (keep) console.error(`[bench] kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await main();
  process.exit();
}
