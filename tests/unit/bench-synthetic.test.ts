/**
 * The bench's synthetic reports (src/cli/bench/): multiplied from a fixture
 * report, they must still validate, with ids their rules accept and
 * references that stay consistent within each copy. (The bench itself is not
 * run here.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeSyntheticReport } from '../../src/cli/bench/synthetic.ts';
import { multiplyDatasets } from '../../src/cli/bench/datasets.ts';
import { IdMaker } from '../../src/cli/bench/ids.ts';
import { loadReport } from '../../src/report/load.ts';
import { loadDatasets } from '../../src/datasets/index.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synthetic-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('copy ids', () => {
  it('are readable where the rule allows, else keep the id’s shape', () => {
    const slugs = new IdMaker(['a-b'], (id) => /^[a-z0-9-]+$/.test(id));
    expect(slugs.next('a-b', 1)).toBe('a-b-x1');
    const iso = new IdMaker(['KZ-AKT', 'KZ-AKU'], (id) => /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(id));
    const made = [1, 2, 3].map((k) => iso.next('KZ-AKT', k));
    expect(made.every((id) => /^KZ-[A-Z]{3}$/.test(id))).toBe(true);
    expect(new Set([...made, 'KZ-AKT', 'KZ-AKU']).size).toBe(5);
  });
});

describe('a synthetic report', () => {
  const root = path.join(work, 'second-3x');
  const original = loadReport(path.join(fixtures, 'second-report'));
  const synthetic = makeSyntheticReport(path.join(fixtures, 'second-report'), root, {
    chapters: 3,
    collections: () => 3,
    datasets: 3,
  });
  const report = loadReport(root);

  it('validates and has three times every collection', () => {
    for (const [name, entries] of Object.entries(original.raw)) {
      expect(report.raw[name as keyof typeof report.raw]).toHaveLength(3 * entries.length);
      expect(synthetic.counts.get(name)).toBe(3 * entries.length);
    }
  });

  it('draws no copied region on a map: copies are off the border', () => {
    const originals = new Set(original.data.regions.map((r) => r.id));
    const copies = report.data.regions.filter((r) => !originals.has(r.id));
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.every((r) => !r.border)).toBe(true);
  });

  it('points each copy’s references at the same copy of their targets', () => {
    const copies = report.data.instruments.filter((i) => /-x\d+$/.test(i.id));
    expect(copies.length).toBeGreaterThan(0);
    for (const i of copies) {
      const k = /-x\d+$/.exec(i.id)?.[0] ?? '';
      expect(i.parties.every((p) => p.endsWith(k))).toBe(true);
      expect(i.source.ref.endsWith(k)).toBe(true);
    }
  });
});

describe('multiplied datasets', () => {
  it('keep unique keys and valid foreign keys', () => {
    const root = path.join(work, 'datasets');
    fs.cpSync(path.join(fixtures, 'datasets'), root, { recursive: true });
    const before = loadDatasets(root, new Set(refIds(root)));
    expect(multiplyDatasets(root, 3)).toEqual([]);
    const after = loadDatasets(root, new Set(refIds(root)));
    expect(after.issues).toEqual([]);
    for (const d of before.datasets) expect(after.datasets.find((x) => x.name === d.name)?.rows).toHaveLength(3 * d.rows.length);
  });
});

function refIds(root: string): string[] {
  const refs = parse(fs.readFileSync(path.join(root, 'data/references.yaml'), 'utf8')) as Array<{ id: string }>;
  return refs.map((r) => r.id);
}
