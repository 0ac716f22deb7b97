/**
 * Writes a synthetic report: the real one's content and data copied into a
 * folder, then its chapters, data collections and declared datasets
 * multiplied (each by its own factor), and validated before it is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadReport } from '../../report/load.ts';
import { ReportError } from '../../report/errors.ts';
import type { DataCollectionName } from '../../schemas/data.ts';
import { multiplyChapters } from './chapters.ts';
import { multiplyCollections } from './records.ts';
import { multiplyDatasets } from './datasets.ts';

export interface Plan {
  /** How many times each chapter appears. */
  chapters: number;
  /** How many times each collection's entries appear. */
  collections: (collection: DataCollectionName) => number;
  /** How many times each declared dataset's rows appear. */
  datasets: number;
}

export interface Synthetic {
  /** Entries per collection, chapters included, after multiplying. */
  counts: Map<string, number>;
  notes: string[];
}

/** The report at `source` copied to `root` and multiplied by `plan`; throws if the result does not validate. */
export function makeSyntheticReport(source: string, root: string, plan: Plan): Synthetic {
  for (const dir of ['content', 'data']) fs.cpSync(path.join(source, dir), path.join(root, dir), { recursive: true });
  const counts = new Map<string, number>([['chapters', multiplyChapters(root, plan.chapters)]]);
  for (const [name, n] of multiplyCollections(root, plan.collections)) counts.set(name, n);
  const notes = multiplyDatasets(root, plan.datasets);
  try {
    const report = loadReport(root);
    for (const d of report.datasets) counts.set(`dataset ${d.name}`, d.rows.length);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    const first = error.issues
      .slice(0, 10)
      .map((i) => `  ${i.file}${i.line === undefined ? '' : `:${i.line}`} ${i.entry ?? ''} ${i.field ?? ''}: ${i.message}`);
    throw new Error(`the synthetic report in ${root} does not validate (${error.issues.length} problems):\n${first.join('\n')}`);
  }
  return { counts, notes };
}
