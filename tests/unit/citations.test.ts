/** The citation plugin: Pandoc citations become linked author-date citations; an unknown key stops the build with file and line. */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkCitations, { citationComponent, parseCitationGroup, renderCitations } from '../../src/remark/citations.ts';
import { citationLabels, type Reference } from '../../src/lib/bibliography.ts';
import { fixture } from './data.ts';

const refs: Reference[] = [
  ...fixture.references,
  { id: 'muzaparova-2009', type: 'chapter', title: 'Cooperation', author: [{ family: 'Muzaparova', given: 'L.' }], editor: [], issued: '2009' },
  { id: 'three-2016', type: 'article-journal', title: 'Three', author: [{ family: 'Nursultanova' }, { family: 'Ospanova' }, { family: 'Kilybayeva' }], editor: [], issued: '2016' },
  { id: 'anon', type: 'webpage', title: 'Time-proven friendship. X Forum', author: [], editor: [] },
];
const labels = citationLabels(refs);

/** The rendered text, with each link shown as [text→key]. */
function show(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type === 'mdxJsxTextElement') {
        const key = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'refId')?.value;
        const inner = n.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        return `[${inner}→${String(key)}]`;
      }
      return `<${n.type}>`;
    })
    .join('');
}
const render = (s: string): string => show(renderCitations(s, labels, () => 'chapter.mdx:1'));

describe('parsing', () => {
  it('reads prefix, key, suppressed author and locator', () => {
    expect(parseCitationGroup('see @a, p. 3; -@b-c section 4.1')).toEqual([
      { prefix: 'see', key: 'a', suppressAuthor: false, locator: 'p. 3' },
      { prefix: '', key: 'b-c', suppressAuthor: true, locator: 'section 4.1' },
    ]);
  });
  it('does not take an e-mail address or plain brackets for a citation', () => {
    expect(parseCitationGroup('write to x@y.org')).toBeUndefined();
    expect(render('Mail [x@y.org] or see [note 3].')).toBe('Mail [x@y.org] or see [note 3].');
  });
});

describe('rendering', () => {
  it.each([
    ['As shown [@muzaparova-2009].', 'As shown ([Muzaparova, 2009→muzaparova-2009]).'],
    ['[@muzaparova-2009, p. 134]', '([Muzaparova, 2009, p. 134→muzaparova-2009])'],
    ['[@three-2016, section 4.1]', '([Nursultanova et al., 2016, section 4.1→three-2016])'],
    ['[see @muzaparova-2009; @three-2016]', '(see [Muzaparova, 2009→muzaparova-2009]; [Nursultanova et al., 2016→three-2016])'],
    ['Muzaparova [-@muzaparova-2009, p. 134] says', 'Muzaparova ([2009, p. 134→muzaparova-2009]) says'],
    ['[@valley-stats-2024]', '([Valley Statistics Office, 2024→valley-stats-2024])'],
    ['[@anon]', '([“Time-proven friendship”, n.d.→anon])'],
    ['Two [@anon] and [@sample-2025].', 'Two ([“Time-proven friendship”, n.d.→anon]) and ([Example, 2025→sample-2025]).'],
  ])('%s', (input, expected) => {
    expect(render(input)).toBe(expected);
  });
  it('emits the citation component with the key, for the link under the site’s base', () => {
    const [, link] = renderCitations('x [@anon]', labels, () => '');
    expect(link).toMatchObject({ type: 'mdxJsxTextElement', name: citationComponent, attributes: [{ type: 'mdxJsxAttribute', name: 'refId', value: 'anon' }] });
  });
  it('stops on a citation it cannot read, rather than print it raw', () => {
    expect(() => render('as [see @anon, p. 3')).toThrow(/chapter\.mdx:1: a citation here cannot be read/);
  });
});

describe('the plugin', () => {
  const paragraph = (value: string, line: number): Paragraph => ({
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } } }],
  });
  const run = (tree: Root, path = '/work/report/content/chapters/trade.mdx'): Root => {
    remarkCitations({ references: refs })(tree, { path });
    return tree;
  };
  it('rewrites citations in the tree', () => {
    const tree = run({ type: 'root', children: [paragraph('A claim [@muzaparova-2009, p. 3].', 5)] });
    const [p] = tree.children;
    expect(p?.type === 'paragraph' ? show(p.children) : '').toBe('A claim ([Muzaparova, 2009, p. 3→muzaparova-2009]).');
  });
  it('names the file, the line and the key of an unknown key', () => {
    const tree: Root = { type: 'root', children: [paragraph('First line\nsecond line [@nobody-2000].', 7)] };
    expect(() => run(tree, `${process.cwd()}/content/chapters/trade.mdx`)).toThrow(/^content\/chapters\/trade\.mdx:8: unknown reference key "@nobody-2000" in citation \[@nobody-2000\]/);
  });
  it('leaves link text alone', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'https://x.org', children: [{ type: 'text', value: '[@nobody]' }] }] }] };
    expect(() => run(tree)).not.toThrow();
  });
  it('reads the report’s references when given none', () => {
    const tree: Root = { type: 'root', children: [paragraph('[@sample-2025]', 1)] };
    remarkCitations({ root: 'tests/fixtures/second-report' })(tree, {});
    const [p] = tree.children;
    expect(p?.type === 'paragraph' ? show(p.children) : '').toBe('([Example, 2025→sample-2025])');
  });
});
