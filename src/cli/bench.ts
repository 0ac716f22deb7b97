/**
 * `npm run bench`: how fast the build is and how heavy the pages are,
 * measured, not guessed. Not a test: it prints a Markdown table for the README.
 *
 * - per case (`--cases`, see src/cli/bench/cases.ts): the real report, and
 *   synthetic reports with every chapter, collection entry and dataset row
 *   multiplied (src/cli/bench/synthetic.ts), validated, then built cold:
 *   pages, time, time per page, peak memory of the build's process tree, size
 *   of the site and of its Pagefind index, and the bytes a first search fetches;
 * - the scale goals of issue 10 with their verdicts (src/cli/bench/goals.ts);
 * - HTML and JavaScript bytes per page of the real site, the size of each
 *   figure's SVG, and (unless --no-browser) pages opened in Chromium as a
 *   phone (src/cli/bench-pages.ts), every edition's;
 * - each edition (language) of the real site: its pages, and its first
 *   search in Chromium, in its language (src/cli/bench/editions.ts).
 *
 * Options: --cases 1x,10x,50x,1000p,10000:instruments (default), --quick
 * (= --cases 1x,10x --no-browser), --query <word> (the search; default: the
 * first word of four letters or more of the site's title), --keep (keep the
 * temporary folder), --pages templates|all|<path prefix>, --no-pages (no
 * phone run of the real report's pages), --no-browser (neither that nor the
 * search in Chromium).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReport } from '../report/load.ts';
import { dataFiles } from '../report/paths.ts';
import { engineRoot } from './build.ts';
import { isReading, measurePages } from './bench-pages.ts';
import { editionsReport } from './bench/editions.ts';
import { siteLocales } from '../i18n/locales.ts';
import { timedBuild } from './bench/build.ts';
import { parseCases } from './bench/cases.ts';
import { cpuMsPerPage, msPerPage, scaleGoals, type CaseResult } from './bench/goals.ts';
import { phoneReport } from './bench/phone-report.ts';
import { searchWeight } from './bench/search.ts';
import { browserSearch } from './bench/search-browser.ts';
import { makeSyntheticReport } from './bench/synthetic.ts';
import { figureSizes, kib, median, pageWeights } from './bench/weights.ts';

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The value after `--name`, if given. */
function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The lines of a build's log that say how long a step took, to tell where the time goes. */
function stepTimes(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => /\b\d+(?:\.\d+)?\s?(?:ms|s)\b/.test(l) && !/[├└]─|^\s*at /.test(l))
    .map((l) => l.trim())
    .slice(-12);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const keep = argv.includes('--keep');
  const browser = !argv.includes('--no-browser') && !quick;
  const which = option(argv, '--pages') ?? 'templates';
  const spec = option(argv, '--cases') ?? (quick ? '1x,10x' : '1x,10x,50x,1000p,10000:instruments');
  const real = loadReport(engineRoot);
  const others = siteLocales(real.site)
    .slice(1)
    .map((l) => l.code);
  const entries = new Map<string, number>(Object.entries(real.raw).map(([k, v]) => [k, v.length]));
  for (const d of real.datasets) entries.set(`dataset ${d.name}`, d.rows.length);
  const cases = parseCases(spec, Object.keys(dataFiles));
  const query = option(argv, '--query') ?? (/\p{L}{4,}/u.exec(real.site.title)?.[0] ?? 'the').toLowerCase();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bench-'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
  console.error(`[bench] working in ${work}`);

  const results: CaseResult[] = [];
  const notes: string[] = [];
  let realOut: string | undefined;
  let realPages: number | undefined;
  try {
    // The real report first when a case's size depends on its page count.
    const order = cases.some((c) => c.needsRealPages) && !cases.some((c) => c.name === '1x') ? [...parseCases('1x', []), ...cases] : cases;
    for (const c of order) {
      const pages = realPages ?? 0;
      const plan = c.plan(pages, entries);
      let root = engineRoot;
      let counts = entries;
      if (plan) {
        root = path.join(work, `report-${c.name.replace(/\W/g, '_')}`);
        console.error(`[bench] ${c.name}: writing ${c.describe(pages, entries)}…`);
        const synthetic = makeSyntheticReport(engineRoot, root, plan);
        counts = synthetic.counts;
        notes.push(...synthetic.notes.map((n) => `${c.name}: ${n}`));
      }
      const outDir = path.join(work, `dist-${c.name.replace(/\W/g, '_')}`);
      console.error(`[bench] ${c.name}: building…`);
      const build = await timedBuild(root, outDir, path.join(work, `cache-${c.name.replace(/\W/g, '_')}`));
      if (!build.ok) console.error(`[bench] ${c.name}: the build failed:\n${build.log.slice(-3000)}`);
      else
        console.error(
          `[bench] ${c.name}: ${build.pages} pages in ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${build.peakMiB?.toFixed(0) ?? '?'} MiB, site ${mib(build.distBytes)}\n  ${stepTimes(build.log).join('\n  ')}`,
        );
      const search = build.ok ? await searchWeight(outDir, query) : undefined;
      const inBrowser = build.ok && browser ? await browserSearch(outDir, query) : undefined;
      if (search?.note) notes.push(`${c.name}: ${search.note}`);
      console.error(
        `[bench] ${c.name}: first search ${search?.firstQueryBytes ?? '?'} B in Node; Chromium: header ${inBrowser?.header?.bytes ?? '?'} B, search page ${inBrowser?.page?.bytes ?? '?'} B`,
      );
      const largest = [...counts].filter(([k]) => k !== 'chapters').reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
      results.push({ name: c.name, describe: c.describe(pages, entries), build, search, browser: inBrowser, largest });
      if (c.name === '1x' && build.ok) {
        realOut = outDir;
        realPages = build.pages;
      } else if (!keep) fs.rmSync(outDir, { recursive: true, force: true });
    }

    const lines: string[] = [];
    lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; \`npm run bench -- --cases ${spec}\`.`, '');
    lines.push(
      '| case | what | pages | build | per page | CPU per page | peak memory | site | Pagefind index | first search: pagefind.js in Node | header box (Chromium) | search page (Chromium) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of results) {
      const b = r.build;
      const s = r.search;
      lines.push(
        b.ok
          ? `| ${r.name} | ${r.describe} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${msPerPage(b).toFixed(0)} ms | ${cpuMsPerPage(b)?.toFixed(0) ?? 'n/a'} ms | ${b.peakMiB === undefined ? 'n/a' : `${b.peakMiB.toFixed(0)} MiB`} | ${mib(b.distBytes)} | ${s ? `${mib(s.indexBytes)} (${s.indexFiles} files)` : 'none'} | ${s?.firstQueryBytes === undefined ? 'n/a' : `${kib(s.firstQueryBytes)} (${s.results ?? '?'} results)`} | ${r.browser?.header ? kib(r.browser.header.bytes) : 'n/a'} | ${r.browser?.page ? kib(r.browser.page.bytes) : 'n/a'} |`
          : `| ${r.name} | ${r.describe} | failed | | | | | | | | | |`,
      );
    }
    lines.push(
      '',
      `CPU per page: user and system time of the build and the processes it waited for (GNU time), per page; unlike the wall time, it hardly changes when other work shares the machine. Peak memory: resident memory of the build and every process it starts, summed, sampled every 100 ms from /proc. First search for "${query}": in Node, the site's own pagefind.js run with every file it fetches counted (pagefind.js and the entry gzipped, the rest as stored: Pagefind compresses its index); in Chromium (src/cli/bench/search-browser.ts), the site served with gzip and every byte from pagefind/ counted over the wire (Web Worker included), once typed into the header's box on the home page (live results) and once as the search page opened with the query (which also loads every filter, for its facets).`,
      '',
      ...scaleGoals(results),
    );
    const largest = results.filter((r) => r.build.ok).at(-1);
    const files = largest?.browser?.header?.files.map((f) => `${f.file} ${kib(f.bytes)}`) ?? largest?.search?.fetchedFiles;
    if (largest && files) notes.push(`first search files (${largest.name}): ${files.join(', ')}`);

    if (realOut) {
      const weights = pageWeights(realOut);
      const html = weights.map((w) => w.html);
      const js = weights.map((w) => w.js);
      const heaviest = weights.reduce((a, b) => (b.js > a.js ? b : a), weights[0] ?? { page: '-', html: 0, js: 0 });
      const reading = weights.filter((w) => isReading(w.page, others));
      lines.push('', '| page weight (real report) | median | largest |', '| --- | ---: | ---: |');
      lines.push(`| HTML per page | ${kib(median(html))} | ${kib(Math.max(0, ...html))} |`);
      lines.push(`| JavaScript before interaction | ${kib(median(js))} | ${kib(Math.max(0, ...js))} (${heaviest.page}) |`);
      lines.push(
        '',
        `Reading pages within 15 KB of JavaScript before interaction: ${reading.length > 0 && reading.every((w) => w.js <= 15 * 1024) ? 'met' : 'NOT met'}.`,
      );
      const figures = figureSizes(realOut);
      if (figures.length > 0) {
        lines.push('', '| figure SVG | size |', '| --- | ---: |');
        for (const f of figures) lines.push(`| ${f.figure} | ${kib(f.bytes)} |`);
      }
      lines.push(...(await editionsReport(realOut, real.site, query, results.find((r) => r.name === '1x')?.browser, browser)));
      if (browser && !argv.includes('--no-pages')) lines.push(...phoneReport(await measurePages(realOut, which, others), others));
      console.error('\n[bench] per page (HTML, JavaScript before interaction):');
      for (const w of weights) console.error(`  ${w.page.padEnd(50)} ${kib(w.html).padStart(10)} ${kib(w.js).padStart(10)}`);
    }
    if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
    console.log(lines.join('\n'));
    if (results.some((r) => !r.build.ok)) process.exitCode = 1;
  } finally {
    if (keep) console.error(`[bench] kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await main();
  process.exit();
}
