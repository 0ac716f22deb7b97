/**
 * `npm run golden`: (re)writes tests/golden/<id>.svg for every figure of the
 * fixture report (and <id>.<code>.svg in its other locales), and removes golden files no figure has any more. The only
 * thing that writes golden files; the tests only read them. Look at the diff
 * (`git diff tests/golden`) before committing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { changedFile, goldenCases, goldenDir, goldenFile, renderFigure } from './fixture-figures.ts';

fs.mkdirSync(goldenDir, { recursive: true });
const kept = new Set<string>();
for (const { u, locale } of goldenCases) {
  const file = goldenFile(u.id, locale);
  const svg = renderFigure(u, locale);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  fs.writeFileSync(file, svg);
  fs.rmSync(changedFile(u.id, locale), { force: true });
  kept.add(path.basename(file));
  console.log(`${before === undefined ? 'new      ' : before === svg ? 'unchanged' : 'changed  '} ${path.relative(process.cwd(), file)}`);
}
for (const name of fs.readdirSync(goldenDir))
  if (name.endsWith('.svg') && !kept.has(name)) {
    fs.rmSync(path.join(goldenDir, name));
    console.log(`removed   tests/golden/${name}`);
  }
