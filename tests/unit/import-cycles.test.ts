/**
 * No import cycles in src/: the module graph of its .ts files, type imports
 * and re-exports included, has no cycle (a cycle names its modules in order).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(import.meta.dirname, '../../src');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative specifiers a module imports or re-exports: `import … from`, `import type … from`, `export … from`, `import '…'`, `import('…')`. */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) out.push(m[1] ?? '');
  for (const m of code.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) out.push(m[1] ?? '');
  return out.filter((s) => s.startsWith('.'));
}

/** The graph: each file to the .ts files of src/ it imports. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importSpecifiers(fs.readFileSync(file, 'utf8'))
      .map((s) => path.resolve(path.dirname(file), s))
      .flatMap((t) => [t, `${t}.ts`, path.join(t, 'index.ts')].filter((c) => known.has(c)).slice(0, 1));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as its path of nodes (first node repeated at the end). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the import graph of src/', () => {
  it('finds the imports a module makes, type imports and re-exports included', () => {
    const text = [
      "import fs from 'node:fs';",
      "import type { A } from './a.ts';",
      'import {\n  b,\n  type C,\n} from "../b.ts";',
      "export { d } from './d.ts';",
      "export type { E } from './e.ts';",
      "import './side.ts';",
      "const f = await import('./f.ts');",
      "// import { x } from './commented.ts';",
      "/* import { y } from './block.ts'; */",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a.ts', '../b.ts', './d.ts', './e.ts', './side.ts', './f.ts']);
  });

  it('names a cycle, and finds none in a tree', () => {
    const cyclic = new Map([
      ['load', ['usage']],
      ['usage', ['numbering']],
      ['numbering', ['load', 'leaf']],
      ['leaf', []],
    ]);
    expect(findCycles(cyclic)).toEqual([['load', 'usage', 'numbering', 'load']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycle', () => {
    const files = tsFiles(srcDir);
    expect(files.length).toBeGreaterThan(10);
    const graph = importGraph(files);
    expect([...graph.values()].some((targets) => targets.length > 0)).toBe(true);
    const cycles = findCycles(graph).map((c) => c.map((f) => path.relative(srcDir, f)).join(' → '));
    expect(cycles, `import cycles in src/:\n${cycles.join('\n')}`).toEqual([]);
  });
});
