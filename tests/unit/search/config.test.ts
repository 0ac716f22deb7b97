/** The search's config and relevance set: editor mistakes named with file, line and what was expected. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/report/load.ts';
import { ReportError } from '../../../src/report/errors.ts';
import { loadRelevance, relevanceFile } from '../../../src/lib/search/relevance.ts';
import { fixtureRoot } from '../../helpers/paths.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A report folder holding the fixture's site.yaml plus `extra`, and the given relevance file. */
function report(extraSite: string, relevance?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-config-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'content/search'), { recursive: true });
  const site = fs.readFileSync(path.join(fixtureRoot, 'content/site.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'content/site.yaml'), `${site}\n${extraSite}`);
  if (relevance !== undefined) fs.writeFileSync(path.join(dir, relevanceFile), relevance);
  return dir;
}

function issuesOf(fn: () => unknown): ReportError['issues'] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReportError) return e.issues;
    throw e;
  }
  throw new Error('expected a ReportError');
}

describe('site.yaml search.synonyms', () => {
  it('is read, and defaults to none', () => {
    expect(loadSite(report('')).search.synonyms).toEqual([]);
    expect(loadSite(report('search:\n  synonyms:\n    - [NV, North Valley]\n')).search.synonyms).toEqual([['NV', 'North Valley']]);
  });

  it('a group of one word is an error at its line', () => {
    const dir = report('search:\n  synonyms:\n    - [NV, North Valley]\n    - [alone]\n');
    const lines = fs.readFileSync(path.join(dir, 'content/site.yaml'), 'utf8').split('\n');
    const [issue] = issuesOf(() => loadSite(dir));
    expect(issue?.file).toBe('content/site.yaml');
    expect(issue?.line).toBe(lines.indexOf('    - [alone]') + 1);
    expect(issue?.field).toBe('search.synonyms.1');
    expect(issue?.message).toMatch(/at least two/);
  });

  it('a word in two groups is an error naming the word and the group it is already in', () => {
    const [issue] = issuesOf(() => loadSite(report('search:\n  synonyms:\n    - [NV, North Valley]\n    - [nv, Northern Valley]\n')));
    expect(issue?.field).toBe('search.synonyms.1.0');
    expect(issue?.message).toMatch(/"nv" is already in synonym group 1/);
  });
});

describe('content/search/relevance.yaml', () => {
  it('no file: no set', () => {
    expect(loadRelevance(report(''))).toBeUndefined();
  });

  it('is read per language', () => {
    const set = loadRelevance(report('', 'en:\n  - query: river\n    expect: [/chapters/rivers/, /chapters/rivers/#geography]\n'));
    expect(set).toEqual({ en: [{ query: 'river', expect: ['/chapters/rivers/', '/chapters/rivers/#geography'] }] });
  });

  it('a wrong path, an unknown field and a query with nothing to check are named with their lines', () => {
    const text = [
      'en:', //                                    1
      '  - query: river', //                       2
      '    expect: [chapters/rivers]', //          3
      '  - query: trade', //                       4
      '    expected: [/chapters/trade/]', //       5
      '  - query: boats', //                       6
    ].join('\n');
    const issues = issuesOf(() => loadRelevance(report('', text)));
    const byLine = Object.fromEntries(issues.map((i) => [i.line, i]));
    expect(byLine[3]?.entry).toBe('en[0]');
    expect(byLine[3]?.message).toMatch(/site path/);
    expect(byLine[4]?.message).toMatch(/expected/);
    expect(issues.some((i) => i.entry === 'en[2]' && i.line === 6 && /"expect"/.test(i.message))).toBe(true);
    for (const i of issues) expect(i.file).toBe(relevanceFile);
  });

  it('broken YAML is named at its line', () => {
    const [issue] = issuesOf(() => loadRelevance(report('', 'en:\n  - query: [unclosed\n')));
    expect(issue?.message).toMatch(/not valid YAML/);
    expect(issue?.line).toBeGreaterThan(0);
  });
});
