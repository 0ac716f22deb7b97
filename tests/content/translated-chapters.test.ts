/**
 * A translated chapter (content/<code>/chapters/x.mdx) is checked as its
 * source is, in its own language: its frontmatter, its components' props
 * against the data, its record links; a translation without a source chapter,
 * or in another place of the reading order, is named with file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { copyFixture, edit, expectIssue, lineOf, removeCopies, reportErrorOf } from '../helpers/report-copy.ts';

afterAll(removeCopies);

const rivers = 'content/de/chapters/rivers.mdx';

describe('translated chapters are validated like their sources', () => {
  it('the fixture, with its German chapter, is valid', () => {
    expect(() => loadReport(copyFixture())).not.toThrow();
  });

  it('a component prop of a translation is checked against the data, naming the translation file and line', () => {
    const root = copyFixture();
    edit(root, rivers, 'dataset="key-figures" row="river-length"', 'dataset="key-figurs" row="river-length"');
    expectIssue(root, { file: rivers, field: 'dataset', line: lineOf(root, rivers, 'key-figurs'), message: /unknown dataset "key-figurs".*Did you mean "key-figures"/ });
  });

  it('a translation whose frontmatter is broken', () => {
    const root = copyFixture();
    edit(root, rivers, 'order: 0\n', 'order: first\n');
    expectIssue(root, { file: rivers, field: 'order', message: /number/ });
  });

  it('a translation in another place of the reading order than its source', () => {
    const root = copyFixture();
    edit(root, rivers, 'order: 0\n', 'order: 7\n');
    expectIssue(root, { file: rivers, field: 'order', line: lineOf(root, rivers, 'order: 7'), message: /order 7 differs from the source chapter's \(0 in content\/chapters\/rivers\.mdx\)/ });
  });

  it('a translation with no source chapter of that name', () => {
    const root = copyFixture();
    fs.renameSync(path.join(root, rivers), path.join(root, 'content/de/chapters/flüsse.mdx'));
    const issue = expectIssue(root, { file: 'content/de/chapters/flüsse.mdx', message: /no chapter "flüsse" in content\/chapters\/ to translate; .*rivers/ });
    expect(issue.entry).toBe('chapters[flüsse]');
    expect(reportErrorOf(root).issues.every((i) => i.file === 'content/de/chapters/flüsse.mdx')).toBe(true);
  });
});
