/** Copies of the datasets fixture, changed file by file, for bad-input cases. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadDatasets } from '../../src/datasets/index.ts';
import { formatIssue } from '../../src/report/errors.ts';

export const fixture = path.resolve('tests/fixtures/datasets');

export function referenceIds(root: string = fixture): Set<string> {
  const refs = parse(fs.readFileSync(path.join(root, 'data/references.yaml'), 'utf8')) as { id: string }[];
  return new Set(refs.map((r) => r.id));
}

/** A copy of the fixture with `edits` applied (file → new text, or a function of the old text). */
export function variant(edits: Record<string, string | ((old: string) => string)>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'datasets-'));
  fs.cpSync(fixture, root, { recursive: true });
  for (const [rel, edit] of Object.entries(edits)) {
    const file = path.join(root, rel);
    const next = typeof edit === 'string' ? edit : edit(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, next);
  }
  return root;
}

/** The issues of a changed fixture, formatted as the build prints them. */
export function problems(edits: Record<string, string | ((old: string) => string)>) {
  const root = variant(edits);
  const { issues } = loadDatasets(root, referenceIds(root));
  fs.rmSync(root, { recursive: true });
  return { issues, text: issues.map(formatIssue).join('\n') };
}
