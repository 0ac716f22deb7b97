/**
 * The citation plugin and its helpers: Pandoc citations become linked
 * citations in the CSL style, `@tbl-…` becomes "Table 1", the ids match the
 * citation index, and an unknown key or id stops the build with file and line.
 */
import type { Root as HastRoot } from 'hast';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkCitations, {
  citationComponent,
  counter,
  crossRefComponent,
  parseCitationGroup,
  renderCitations,
  type CitationContext,
} from '../../src/remark/citations.ts';
import { findCitations, proseOf } from '../../src/remark/pandoc.ts';
import { chapterCitations } from '../../src/lib/citation-index.ts';
import { numberChapters, scanChapter } from '../../src/report/scan.ts';
import rehypeSidenotes from '../../src/rehype/sidenotes.ts';
import type { Reference } from '../../src/lib/bibliography.ts';
import type { ChapterFile } from '../../src/report/load.ts';
import { fixture } from './data.ts';

const refs: Reference[] = [
  ...fixture.references,
  {
    id: 'muzaparova-2009',
    type: 'chapter',
    title: 'Cooperation',
    author: [{ family: 'Muzaparova', given: 'L.' }],
    editor: [],
    issued: '2009',
  },
  {
    id: 'three-2016',
    type: 'article-journal',
    title: 'Three',
    author: [{ family: 'Nursultanova' }, { family: 'Ospanova' }, { family: 'Kilybayeva' }],
    editor: [],
    issued: '2016',
  },
  { id: 'anon', type: 'webpage', title: 'Time-proven friendship. X Forum', author: [], editor: [] },
];
const chapter = (id: string, body: string): ChapterFile => ({
  id,
  file: `content/chapters/${id}.mdx`,
  data: { title: id, shortTitle: id, order: 1, summary: 's' },
  body,
});
const numbering = numberChapters([
  chapter('a', '---\ntitle: a\n---\n\n<PopulationTable year={2015} id="tbl-people" />\n\n```mdx\n<FlowTable id="tbl-example" />\n```\n'),
  chapter('b', '<Chart id="fig-map" />\n<FlowTable year={2014} id="tbl-flows" caption="x" />\n'),
]);
const ctx: CitationContext = { references: refs, style: 'apa', numbering };

/** The rendered text, with each citation shown as [text→key#anchor] and each cross-reference as {text→id}. */
function show(nodes: readonly PhrasingContent[]): string {
  const inner = (n: PhrasingContent): string =>
    n.type === 'text' ? n.value : n.type === 'emphasis' ? `_${n.children.map(inner).join('')}_` : '';
  return nodes
    .map((n) => {
      if (n.type === 'mdxJsxTextElement') {
        const a = (name: string) => n.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name)?.value;
        const body = n.children.map(inner).join('');
        return n.name === citationComponent ? `[${body}→${String(a('refId'))}#${String(a('anchor'))}]` : `{${body}→${String(a('target'))}}`;
      }
      return inner(n);
    })
    .join('');
}
const render = (s: string): string => show(renderCitations(s, ctx, () => 'chapter.mdx:1'));

describe('parsing', () => {
  it('reads prefix, key, suppressed author and locator', () => {
    expect(parseCitationGroup('see @a, p. 3; -@b-c section 4.1')).toEqual([
      { prefix: 'see', key: 'a', suppressAuthor: false, locator: 'p. 3' },
      { prefix: '', key: 'b-c', suppressAuthor: true, locator: 'section 4.1' },
    ]);
  });
  it('does not take an e-mail address or plain brackets for a citation', () => {
    expect(parseCitationGroup('write to x@y.org')).toBeUndefined();
    expect(render('Mail [x@y.org] or x@y.org or see [note 3].')).toBe('Mail [x@y.org] or x@y.org or see [note 3].');
  });
  it('finds bracketed and bare citations in order', () => {
    expect(findCitations('As @a says [see @b; @c], and @tbl-x.').map((f) => [f.source, f.narrative])).toEqual([
      ['@a', true],
      ['[see @b; @c]', false],
      ['@tbl-x', true],
    ]);
  });
  it('ignores code, JSX tags and link targets when counting citations in a source', () => {
    const prose = proseOf('A [@a].\n\n```\n[@b]\n```\n\n`[@c]` <X y="[@d]" /> [text](https://x.org/@e)\n');
    expect(findCitations(prose).map((f) => f.source)).toEqual(['[@a]']);
    expect(prose.split('\n')).toHaveLength(8);
  });
});

describe('rendering', () => {
  it.each([
    ['As shown [@muzaparova-2009].', 'As shown ([Muzaparova, 2009→muzaparova-2009#cite-muzaparova-2009-1]).'],
    ['[@muzaparova-2009, p. 134]', '([Muzaparova, 2009, p. 134→muzaparova-2009#cite-muzaparova-2009-1])'],
    ['[@three-2016, section 4.1]', '([Nursultanova et al., 2016, section 4.1→three-2016#cite-three-2016-1])'],
    [
      '[see @muzaparova-2009; @three-2016]',
      '(see [Muzaparova, 2009→muzaparova-2009#cite-muzaparova-2009-1]; [Nursultanova et al., 2016→three-2016#cite-three-2016-1])',
    ],
    ['Muzaparova [-@muzaparova-2009, p. 134] says', 'Muzaparova ([2009, p. 134→muzaparova-2009#cite-muzaparova-2009-1]) says'],
    ['@muzaparova-2009 says', '[Muzaparova (2009)→muzaparova-2009#cite-muzaparova-2009-1] says'],
    ['[@valley-stats-2024]', '([Valley Statistics Office, 2024→valley-stats-2024#cite-valley-stats-2024-1])'],
    ['[@anon]', '([_Time-Proven Friendship_, n.d.→anon#cite-anon-1])'],
    [
      'Two [@anon] and [@anon, p. 2].',
      'Two ([_Time-Proven Friendship_, n.d.→anon#cite-anon-1]) and ([_Time-Proven Friendship_, n.d., p. 2→anon#cite-anon-2]).',
    ],
  ])('%s', (input, expected) => {
    expect(render(input)).toBe(expected);
  });
  it('numbers the citations of a key across the text of one file', () => {
    const count = counter();
    const once = (s: string) => show(renderCitations(s, ctx, () => '', count));
    once('[@anon]');
    expect(once('again [@anon]')).toContain('#cite-anon-2');
  });
  it('emits the citation component with the key and the anchor', () => {
    const el = renderCitations('[@anon]', ctx, () => '').find((n) => n.type === 'mdxJsxTextElement');
    expect(el).toMatchObject({
      name: citationComponent,
      attributes: [
        { name: 'refId', value: 'anon' },
        { name: 'anchor', value: 'cite-anon-1' },
      ],
    });
  });
  it('stops on a citation it cannot read, rather than print it raw', () => {
    expect(() => render('as [see @anon, p. 3')).toThrow(/chapter\.mdx:1: a citation here cannot be read/);
  });
});

describe('cross-references', () => {
  it('number tables and figures apart, in page order, ignoring code', () => {
    expect([...numbering.values()].map((n) => [n.id, n.label, n.chapterId])).toEqual([
      ['tbl-people', 'Table 1', 'a'],
      ['fig-map', 'Figure 1', 'b'],
      ['tbl-flows', 'Table 2', 'b'],
    ]);
    expect(scanChapter('x\n\n<T id="tbl-a" />').numbered.map(({ id, line }) => ({ id, line }))).toEqual([{ id: 'tbl-a', line: 3 }]);
  });
  it('read "Table 1" and link to the table', () => {
    expect(render('as @tbl-people shows')).toBe('as {Table 1→tbl-people} shows');
    expect(render('([see @tbl-flows; @fig-map])')).toBe('(see {Table 2→tbl-flows} and {Figure 1→fig-map})');
    const el = renderCitations('[@tbl-people]', ctx, () => '').find((n) => n.type === 'mdxJsxTextElement');
    expect(el).toMatchObject({ name: crossRefComponent, attributes: [{ name: 'target', value: 'tbl-people' }] });
  });
  it('stop the build on an unknown id, naming file and line', () => {
    expect(() => render('see @tbl-nothing')).toThrow(/^chapter\.mdx:1: unknown table or figure "@tbl-nothing"/);
  });
  it('stop on a duplicate id, naming both places', () => {
    expect(() => numberChapters([chapter('a', '<T id="tbl-x" />'), chapter('b', '\n<U id="tbl-x" />')])).toThrow(
      /content\/chapters\/b\.mdx:2: the id "tbl-x" is already used at content\/chapters\/a\.mdx:1/,
    );
  });
  it('are not counted as citations', () => {
    expect(chapterCitations(chapter('c', 'A [@anon] and @tbl-people and [@anon; @muzaparova-2009].')).map((o) => o.anchor)).toEqual([
      'cite-anon-1',
      'cite-anon-2',
      'cite-muzaparova-2009-1',
    ]);
  });
});

describe('the plugin', () => {
  const paragraph = (value: string, line: number): Paragraph => ({
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } } }],
  });
  const run = (tree: Root, path = '/work/report/content/chapters/trade.mdx'): Root => {
    remarkCitations({ references: refs, style: 'apa', numbering })(tree, { path });
    return tree;
  };
  it('rewrites citations in the tree', () => {
    const tree = run({ type: 'root', children: [paragraph('A claim [@muzaparova-2009, p. 3].', 5)] });
    const [p] = tree.children;
    expect(p?.type === 'paragraph' ? show(p.children) : '').toBe(
      'A claim ([Muzaparova, 2009, p. 3→muzaparova-2009#cite-muzaparova-2009-1]).',
    );
  });
  it('gives the ids the citation index computes from the source', () => {
    const source = 'One [@anon].\n\nTwo @anon and [see @anon; @muzaparova-2009].';
    const tree = run({ type: 'root', children: source.split('\n\n').map((t, i) => paragraph(t, i * 2 + 1)) });
    const anchors = JSON.stringify(tree).match(/cite-[a-z0-9-]+-\d+/g);
    expect(anchors).toEqual(chapterCitations(chapter('x', source)).map((o) => o.anchor));
  });
  it('names the file, the line and the key of an unknown key', () => {
    const tree: Root = { type: 'root', children: [paragraph('First line\nsecond line [@nobody-2000].', 7)] };
    expect(() => run(tree, `${process.cwd()}/content/chapters/trade.mdx`)).toThrow(
      /^content\/chapters\/trade\.mdx:8: unknown reference key "@nobody-2000" in citation \[@nobody-2000\]/,
    );
  });
  it('leaves link text alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'link', url: 'https://x.org', children: [{ type: 'text', value: '[@nobody]' }] }] },
      ],
    };
    expect(() => run(tree)).not.toThrow();
  });
  it('reads the report’s references and style when given none', () => {
    const tree: Root = { type: 'root', children: [paragraph('[@sample-2025]', 1)] };
    remarkCitations({ root: 'tests/fixtures/second-report' })(tree, {});
    const [p] = tree.children;
    expect(p?.type === 'paragraph' ? show(p.children) : '').toBe('([Example, 2025→sample-2025#cite-sample-2025-1])');
  });
});

describe('sidenotes', () => {
  it('copy each footnote next to its reference, hidden from assistive technology, links out of the tab order', () => {
    const tree: HastRoot = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Claim.' },
            {
              type: 'element',
              tagName: 'sup',
              properties: {},
              children: [
                {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: '#user-content-fn-1', dataFootnoteRef: true },
                  children: [{ type: 'text', value: '1' }],
                },
              ],
            },
          ],
        },
        {
          type: 'element',
          tagName: 'section',
          properties: { dataFootnotes: true, className: ['footnotes'] },
          children: [
            {
              type: 'element',
              tagName: 'ol',
              properties: {},
              children: [
                {
                  type: 'element',
                  tagName: 'li',
                  properties: { id: 'user-content-fn-1' },
                  children: [
                    {
                      type: 'element',
                      tagName: 'p',
                      properties: {},
                      children: [
                        { type: 'text', value: 'A note with ' },
                        {
                          type: 'element',
                          tagName: 'a',
                          properties: { href: 'https://x.org' },
                          children: [{ type: 'text', value: 'a link' }],
                        },
                        { type: 'text', value: ' ' },
                        {
                          type: 'element',
                          tagName: 'a',
                          properties: { href: '#user-content-fnref-1', dataFootnoteBackref: '' },
                          children: [{ type: 'text', value: '↩' }],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    rehypeSidenotes()(tree);
    const p = tree.children[0];
    const side = p?.type === 'element' ? p.children[2] : undefined;
    expect(side).toMatchObject({ tagName: 'span', properties: { className: ['sidenote'], ariaHidden: 'true' } });
    const json = JSON.stringify(side);
    expect(json).toContain('A note with ');
    expect(json).toContain('"tabIndex":-1');
    expect(json).not.toContain('↩');
    expect(tree.children[1]).toMatchObject({ properties: { className: ['footnotes', 'endnotes'] } });
  });
});
