/**
 * The validated report, read once and again only when one of its files
 * changes: MDX components and the citation plugin call it many times per
 * build, and in dev an edit must show up without a restart. It keeps the
 * files' order (Astro's collections come back sorted by id), which the
 * source's tables follow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadReport, type Report } from '../report/load.ts';
import { reportFiles, reportRoot } from '../report/paths.ts';

const memo = new Map<string, { stamp: string; checked: number; report: Report }>();

/** How long a reading is trusted before the files are looked at again: components call this thousands of times per build. */
const recheckAfterMs = 500;

/** A fingerprint of the report's files: names and modification times. */
function stamp(root: string): string {
  const mtime = (rel: string): string => {
    try {
      return `${rel}@${fs.statSync(path.join(root, rel)).mtimeMs}`;
    } catch {
      return `${rel}@missing`;
    }
  };
  return reportFiles(root).map(mtime).join('|');
}

/**
 * The report at `root` (REPORT_ROOT or the working directory), validated;
 * throws a ReportError when invalid. `maxAgeMs`: how long a reading is
 * trusted without looking at the files (0: look now, as the dev server does
 * before each page).
 */
export function cachedReport(root: string = reportRoot(), maxAgeMs: number = recheckAfterMs): Report {
  const key = path.resolve(root);
  const hit = memo.get(key);
  const time = Date.now();
  if (hit && time - hit.checked < maxAgeMs) return hit.report;
  const now = stamp(key);
  if (hit && hit.stamp === now) {
    hit.checked = time;
    return hit.report;
  }
  const report = loadReport(key);
  memo.set(key, { stamp: now, checked: time, report });
  return report;
}
