/** Where a report lives. The engine reads one report root: the project itself by default. */
import fs from 'node:fs';
import path from 'node:path';

/** The report root: `REPORT_ROOT` if set (a fixture, another report), else the working directory. */
export function reportRoot(): string {
  return path.resolve(process.env['REPORT_ROOT'] ?? process.cwd());
}

/** Data files of each collection, relative to the report root. */
export const dataFiles = {
  regions: 'data/regions.yaml',
  parties: 'data/parties.yaml',
  instruments: 'data/instruments.yaml',
  forums: 'data/forums.yaml',
  institutions: 'data/institutions.yaml',
  references: 'data/references.yaml',
  editorialNotes: 'data/editorial-notes.yaml',
} as const;

export const chaptersDir = 'content/chapters';
/** Where the chapters translated into `code` live: content/<code>/chapters, beside the default language's. */
export const translatedChaptersDir = (code: string): string => chaptersDir.replace(/^content\//, `content/${code}/`);
export const siteFile = 'content/site.yaml';
export const dataDir = 'data';

/** File names directly in `dir` (relative to `root`), sorted; none when the folder is missing (loadReport reports that). */
function filesIn(root: string, dir: string): string[] {
  try {
    return fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `${dir}/${e.name}`)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every file a report is read from, relative to its root: the site file, the
 * files directly in data/ (the built-in collections, even when missing, and any
 * declared dataset's descriptor, schema and rows) and the chapters.
 */
export function reportFiles(root: string): string[] {
  return [siteFile, ...new Set([...Object.values(dataFiles), ...filesIn(root, dataDir)]), ...filesIn(root, chaptersDir)];
}

/** Whether an absolute path is, or would be, one of the report's files (see reportFiles). */
export function isReportFile(root: string, file: string): boolean {
  const rel = path.relative(root, path.resolve(file)).split(path.sep).join('/');
  return rel === siteFile || path.posix.dirname(rel) === dataDir || path.posix.dirname(rel) === chaptersDir;
}
