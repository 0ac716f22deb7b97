/** Copies of a report's chapters for a synthetic report: new titles, places and figure ids. */
import fs from 'node:fs';
import path from 'node:path';
import { chaptersDir } from '../../report/paths.ts';

/**
 * Copy `k` of a chapter's MDX: a new title and place in the reading order, no
 * section number, and its table and figure ids (and the references to them)
 * suffixed, since ids are unique across the report.
 */
export function copyChapter(text: string, k: number): string {
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

/** Writes `copies - 1` copies of each chapter of the report at `root` (not the home page or the references); returns the chapter count. */
export function multiplyChapters(root: string, copies: number): number {
  const dir = path.join(root, chaptersDir);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx' && f !== 'references.mdx');
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (let k = 1; k < copies; k++) fs.writeFileSync(path.join(dir, file.replace(/\.mdx$/, `-x${k}.mdx`)), copyChapter(text, k));
  }
  return files.length * Math.max(1, copies);
}
