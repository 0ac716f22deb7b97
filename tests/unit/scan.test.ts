/**
 * The one scan of a chapter's MDX (src/report/scan.ts) and the one numbering
 * of tables and figures made from it.
 */
import { describe, expect, it } from 'vitest';
import { figureUsages, numberChapters, numberReport, scanChapter, scanCrossReferences, scanNumberedIds } from '../../src/report/scan.ts';

const chapter = (id: string, body: string) => ({ id, file: `content/chapters/${id}.mdx`, body });

describe('the chapter scan', () => {
  const body = [
    '---',
    'title: T',
    '---',
    'As @fig-a shows [see @smith-2020, p. 3; @tbl-b].',
    '<Chart id="fig-a" dataset="population" kind="bar" year={2015} ids={["x", "y"]} />',
    '',
    '```mdx',
    '<Chart id="fig-example" dataset="population" kind="bar" />',
    '```',
    '<SomeTable id="tbl-b" />',
    'See [the treaty](instrument:treaty-1).',
  ].join('\n');
  const scan = scanChapter(body);

  it('finds every component tag with its props and line, marking those inside code', () => {
    expect(scan.tags.map((t) => [t.name, t.line, t.inCode])).toEqual([
      ['Chart', 5, false],
      ['Chart', 8, true],
      ['SomeTable', 10, false],
    ]);
    expect(scan.tags[0]?.props).toEqual({ id: 'fig-a', dataset: 'population', kind: 'bar', year: 2015, ids: ['x', 'y'] });
  });

  it('lists the tables and figures placed, in order, leaving code examples out', () => {
    expect(scan.numbered.map((n) => [n.id, n.kind, n.line, n.component])).toEqual([
      ['fig-a', 'figure', 5, 'Chart'],
      ['tbl-b', 'table', 10, 'SomeTable'],
    ]);
  });

  it('finds cross-references, citations (without cross-references) and record links with their lines', () => {
    expect(scan.crossRefs).toEqual([
      { id: 'fig-a', line: 4 },
      { id: 'tbl-b', line: 4 },
    ]);
    expect(scan.citations).toEqual([{ group: 'see @smith-2020, p. 3; @tbl-b', keys: ['smith-2020'], line: 4 }]);
    expect(scan.recordLinks).toEqual([{ kind: 'instrument', id: 'treaty-1', line: 11 }]);
  });
});

describe('one numbering for figures, tables and cross-references', () => {
  const chapters = [
    chapter('a', '<Map id="fig-one" kind="locator" />\n<T id="tbl-one" />\n<Chart id="fig-two" dataset="forums" mark="timeline" />'),
    chapter('b', '<U id="fig-three" />\n<T id="tbl-two" />\n<Chart id="fig-four" dataset="regions" mark="bar" />'),
  ];
  const numbering = numberReport(chapters);

  it('counts every Chart and Map (by its id) and every tbl-/fig- id in reading order, tables and figures apart', () => {
    expect([...numbering.byId.values()].map((n) => [n.id, n.label, n.chapterId, n.where])).toEqual([
      ['fig-one', 'Figure 1', 'a', 'content/chapters/a.mdx:1'],
      ['tbl-one', 'Table 1', 'a', 'content/chapters/a.mdx:2'],
      ['fig-two', 'Figure 2', 'a', 'content/chapters/a.mdx:3'],
      ['fig-three', 'Figure 3', 'b', 'content/chapters/b.mdx:1'],
      ['tbl-two', 'Table 2', 'b', 'content/chapters/b.mdx:2'],
      ['fig-four', 'Figure 4', 'b', 'content/chapters/b.mdx:3'],
    ]);
  });

  it('gives the drawn figures (for their labels and downloads) the same numbers as the cross-references', () => {
    const figures = figureUsages({ chapters });
    expect(figures.map((f) => [f.component, f.id, f.number, f.chapter])).toEqual([
      ['Map', 'fig-one', 1, 'a'],
      ['Chart', 'fig-two', 2, 'a'],
      ['Chart', 'fig-four', 4, 'b'],
    ]);
    for (const f of figures) expect(numbering.byId.get(f.id)?.number).toBe(f.number);
  });

  it('reports an id used twice with both places, and numberChapters throws on it', () => {
    const twice = [chapter('a', '<T id="tbl-x" />'), chapter('b', '\n<Chart id="tbl-x" dataset="forums" mark="timeline" />')];
    expect(scanNumberedIds(twice)).toEqual([
      {
        file: 'content/chapters/b.mdx',
        line: 2,
        entry: '<Chart id="tbl-x">',
        field: 'id',
        message: 'duplicate table or figure id "tbl-x": content/chapters/a.mdx:1 already uses it; give each table and figure its own id',
      },
    ]);
    expect(() => numberChapters(twice)).toThrow(
      /content\/chapters\/b\.mdx:2: the id "tbl-x" is already used at content\/chapters\/a\.mdx:1/,
    );
  });

  it('flags a cross-reference to an id only a code example defines', () => {
    const issues = scanCrossReferences([chapter('a', 'See @tbl-x.\n\n```mdx\n<T id="tbl-x" />\n```\n')]);
    expect(issues.map((i) => [i.line, i.entry])).toEqual([[1, '@tbl-x']]);
  });
});
