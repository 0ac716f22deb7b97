/**
 * Text and data cannot drift: a number that exists in a declared dataset is
 * never typed into a chapter, it is pulled in with <Value … />. This scans the
 * prose of every chapter (components and citations removed) for the data's
 * numbers as a writer would type them.
 */
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { projectRoot } from '../helpers/paths.ts';

const report = loadReport(projectRoot);

/** The ways a writer could type `n`: "7,500", "7500", "7 500", "32 million". */
function typings(n: number): string[] {
  const out = new Set<string>([String(n), n.toLocaleString('en-US'), n.toLocaleString('en-US').replace(/,/g, ' ')]);
  for (const [size, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (n >= size && Number.isInteger((n / size) * 10)) out.add(`${n / size} ${word}`);
  }
  if (!Number.isInteger(n)) out.add(n.toFixed(1)).add(n.toLocaleString('en-US', { minimumFractionDigits: 1 }));
  return [...out];
}

/** Numbers worth guarding: small ones (4, 20, 70) and years collide with section numbers, dates and counts in words. */
const guarded = (n: number): boolean => n >= 100 && !(Number.isInteger(n) && n >= 1800 && n <= 2100);

/** Every number of every declared dataset (years aside, by `guarded`). */
const dataNumbers: Array<{ what: string; value: number }> = report.datasets
  .flatMap((d) =>
    d.rows.flatMap((row) =>
      d.schema.fields
        .filter((f) => f.type === 'number' || f.type === 'integer')
        .flatMap((f) => {
          const v = row.values[f.name];
          return typeof v === 'number' ? [{ what: `${d.name} ${row.key} ${f.name}`, value: v }] : [];
        }),
    ),
  )
  .filter((d) => guarded(d.value));

/** The prose of a chapter: no frontmatter, no components, no citations, no expressions. */
function prose(body: string): string {
  return body
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/<[A-Z][^<>]*\/?>/g, ' ')
    .replace(/\[[^\[\]]*@[^\[\]]*\]/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ');
}

describe('numbers in the prose come from the data', () => {
  it('guards a meaningful set of numbers', () => {
    expect(dataNumbers.length).toBeGreaterThan(20);
  });
  for (const chapter of report.chapters) {
    it(`${chapter.file} types no number that the data holds`, () => {
      const text = prose(chapter.body);
      const typed = dataNumbers.flatMap(({ what, value }) =>
        typings(value)
          .filter((t) => new RegExp(`(?<![\\d.,])${t.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`).test(text))
          .map((t) => `"${t}" (${what})`),
      );
      expect(typed).toEqual([]);
    });
  }
});

describe('the guard itself', () => {
  it('finds a typed number', () => {
    const text = prose('---\ntitle: x\n---\nThe border is 7,500 km long; <Value dataset="key-figures" row="border-length" field="value" /> is not typed.');
    expect(typings(7500).some((t) => text.includes(t))).toBe(true);
    expect(prose('<Value dataset="x" row="y" field="value" /> [@a, p. 134] {1 + 2}').trim()).toBe('');
  });
});
