/** Files under a folder, for the build steps, the bench and the tests that read a built site. */
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted paths relative to it with "/" separators (the same order on every machine). */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
