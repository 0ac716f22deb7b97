/** The phone table of `npm run bench` (pages opened in Chromium) and the goals of issue 9, as Markdown lines. */
import { editionOf, isChapter, phone, total, type PageRun } from '../bench-pages.ts';
import { kib } from './weights.ts';

/** The median proper: the mean of the two middle values of an even count. */
const median2 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length === 0 ? 0 : s.length % 2 === 1 ? (s[Math.floor(mid)] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** The phone table, the chapter summary and the goals of issue 9 section 2, as Markdown lines. */
export function phoneReport(runs: readonly PageRun[], codes: readonly string[] = []): string[] {
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
  const chapters = runs.filter((r) => isChapter(r.page, codes));
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
  if (codes.length > 0) {
    // Each edition's chapters apart: the same chapter in two languages need not weigh the same.
    lines.push('', '| chapters by edition, first view | chapters | median transfer (gzip) | largest |', '| --- | ---: | ---: | ---: |');
    for (const code of [undefined, ...codes]) {
      const own = chapters.filter((r) => editionOf(r.page, codes)[0] === code).map((r) => total(r.transfer));
      lines.push(`| ${code ?? 'default'} | ${own.length} | ${kib(median2(own))} | ${kib(Math.max(0, ...own))} |`);
    }
  }
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
