/** The scale goals of issue 10 (section 6) and the build goals before them, each with its measurement and verdict. */
import type { BuildResult } from './build.ts';
import type { SearchWeight } from './search.ts';
import type { BrowserSearch } from './search-browser.ts';

export interface CaseResult {
  name: string;
  describe: string;
  build: BuildResult;
  search: SearchWeight | undefined;
  /** The first search in Chromium (header box and search page), unless --no-browser. */
  browser: BrowserSearch | undefined;
  /** The largest collection or dataset and its entry count. */
  largest: [string, number];
}

export const msPerPage = (b: BuildResult): number => (b.seconds * 1000) / Math.max(1, b.pages);
/** CPU milliseconds per page, when measured. */
export const cpuMsPerPage = (b: BuildResult): number | undefined =>
  b.cpuSeconds === undefined ? undefined : (b.cpuSeconds * 1000) / Math.max(1, b.pages);
const cpuNote = (a: BuildResult, b: BuildResult): string => {
  const x = cpuMsPerPage(a);
  const y = cpuMsPerPage(b);
  return x === undefined || y === undefined ? '' : `; CPU time ${x.toFixed(0)} ms / ${y.toFixed(0)} ms = ${(x / y).toFixed(2)}×`;
};

const verdict = (ok: boolean | undefined): string => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');

/** Goal lines: `| goal | measured | verdict |`. */
export function scaleGoals(results: readonly CaseResult[]): string[] {
  const ok = results.filter((r) => r.build.ok);
  const byName = (n: string): CaseResult | undefined => ok.find((r) => r.name === n);
  const lines = ['| goal (issue 10, 2 cores) | measured | verdict |', '| --- | --- | --- |'];

  const thousand = ok.find((r) => /^\d+p$/.test(r.name) && r.build.pages >= 1000);
  lines.push(
    thousand
      ? `| 1,000 pages in ≤ 60 s and ≤ 2 GB peak memory | ${thousand.name}: ${thousand.build.pages} pages in ${thousand.build.seconds.toFixed(1)} s (CPU ${thousand.build.cpuSeconds?.toFixed(1) ?? '?'} s), ${thousand.build.peakMiB?.toFixed(0) ?? '?'} MiB | ${verdict(thousand.build.seconds <= 60 && (thousand.build.peakMiB ?? Infinity) <= 2048)} |`
      : '| 1,000 pages in ≤ 60 s and ≤ 2 GB peak memory | (run the 1000p case) | not measured |',
  );

  const ten = byName('10x');
  const fifty = byName('50x');
  const ratio = ten && fifty ? msPerPage(fifty.build) / msPerPage(ten.build) : undefined;
  const cuNote = (): string => (ten && fifty ? cpuNote(fifty.build, ten.build) : '');
  lines.push(
    `| time per page at 50× within 1.2× of that at 10× | ${ratio === undefined ? '(run the 10x and 50x cases)' : `${msPerPage(fifty?.build as BuildResult).toFixed(0)} ms / ${msPerPage(ten?.build as BuildResult).toFixed(0)} ms = ${ratio.toFixed(2)}×${cuNote()}`} | ${verdict(ratio === undefined ? undefined : ratio <= 1.2)} |`,
  );

  // In Chromium (the header's box) when measured there; else the files Pagefind fetches in Node.
  const firstSearch = (r: CaseResult): [number, string] | undefined =>
    r.browser?.header
      ? [r.browser.header.bytes, 'typed in the header box, Chromium, gzip']
      : r.search?.firstQueryBytes === undefined
        ? undefined
        : [r.search.firstQueryBytes, 'files fetched by pagefind.js in Node'];
  const big = ok.find((r) => r.largest[1] >= 10_000 && firstSearch(r) !== undefined);
  const measured = big ? firstSearch(big) : undefined;
  lines.push(
    big && measured
      ? `| first search ≤ 150 KB transferred at 10,000 records | ${big.name}: ${(measured[0] / 1000).toFixed(1)} KB ("${big.search?.query ?? ''}", ${measured[1]}; ${big.largest[1]} ${big.largest[0]}) | ${verdict(measured[0] <= 150_000)} |`
      : '| first search ≤ 150 KB transferred at 10,000 records | (run a 10000:<collection> case) | not measured |',
  );

  if (ok.length >= 2) {
    const sorted = [...ok].sort((a, b) => a.build.pages - b.build.pages);
    const small = sorted[0] as CaseResult;
    const large = sorted.at(-1) as CaseResult;
    lines.push(
      `| time per page stable as the report grows (largest / smallest case) | ${large.name} ${msPerPage(large.build).toFixed(0)} ms / ${small.name} ${msPerPage(small.build).toFixed(0)} ms = ${(msPerPage(large.build) / msPerPage(small.build)).toFixed(2)}×${cpuNote(large.build, small.build)} | (no goal) |`,
    );
  }
  const real = byName('1x');
  lines.push(
    `| full build of the real report within 20 s | ${real ? `${real.build.seconds.toFixed(1)} s` : '(run the 1x case)'} | ${verdict(real ? real.build.seconds <= 20 : undefined)} |`,
  );
  return lines;
}
