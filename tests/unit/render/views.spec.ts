/** The presentational components on their own: escaping, row groups, labels. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import EditorialNoteView from '../../../src/components/mdx/EditorialNoteView.astro';
import Table from '../../../src/components/mdx/Table.astro';
import ReferenceListView from '../../../src/components/mdx/ReferenceListView.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const source = { ref: 'x', name: 'X (2020)', short: 'X, 2020', locator: 'p. 1' };

describe('escaping', () => {
  it('prints data as text, never as markup', async () => {
    const note = {
      id: 'n',
      title: 'A <b>bold</b> title',
      claim: '<script>alert(1)</script>',
      note: 'Fine & dandy',
      kind: 'error' as const,
      source: { ref: 'x', locator: 'p. 1' },
    };
    const html = await container.renderToString(EditorialNoteView, { props: { note, source, kindLabel: 'Error in the source' } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Fine &amp; dandy');
  });
  it('escapes bibliography text and keeps links as links', async () => {
    const entries = [
      { id: 'x', segments: [{ text: 'Tom & <Jerry>. ' }, { text: 'https://example.com/?a=1&b=2', href: 'https://example.com/?a=1&b=2' }] },
    ];
    const html = await container.renderToString(ReferenceListView, { props: { entries } });
    expect(html).toContain('Tom &amp; &lt;Jerry&gt;. ');
    expect(html).toMatch(/<a href="https:\/\/example\.com\/\?a=1&amp;b=2"[^>]*>https:\/\/example\.com\/\?a=1&amp;b=2<\/a>/);
  });
});

describe('editorial note', () => {
  const note = {
    id: 'n',
    title: 'A date',
    claim: 'Dated 2009.',
    note: 'Approved in 2001.',
    kind: 'error' as const,
    source: { ref: 'x', locator: 'p. 1' },
    checkedAgainst: [{ ref: 'order-1', locator: 'item 2' }],
  };
  it('names the primary sources it was checked against, each linked to its bibliography entry', async () => {
    const checked = [{ ref: 'order-1', name: 'Order 1 (2020)', short: 'Order 1, 2020', locator: 'item 2' }];
    const html = await container.renderToString(EditorialNoteView, { props: { note, source, checked, kindLabel: 'Error in the source' } });
    expect(html).toMatch(/Checked against:[\s\S]*<a href="[^"]*#ref-order-1"[^>]*>Order 1 \(2020\)<\/a>, item 2/);
  });
  it('says nothing of a check when there was none', async () => {
    const html = await container.renderToString(EditorialNoteView, {
      props: { note: { ...note, checkedAgainst: [] }, source, kindLabel: 'Error in the source' },
    });
    expect(html).not.toContain('Checked against');
  });
});

describe('<Table> with groups', () => {
  // The first render reads and validates the fixture report: allow it time on a loaded machine.
  it('heads a group of several rows once, spanning them', { timeout: 30_000 }, async () => {
    // Both of the fixture's flows go to the South valley: one group of two rows.
    const props = {
      dataset: 'trade-flows',
      group: 'to.shortName',
      columns: ['to.shortName', 'from.shortName', 'value'],
      share: 'value',
      total: true,
      label: 'Table 2',
      caption: 'Flows',
    };
    const html = await container.renderToString(Table, { props });
    expect(html.match(/scope="rowgroup"/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="rowgroup" rowspan="2">South<\/th>/);
    expect(html.match(/<th scope="row"[ >]/g)).toHaveLength(3);
    expect(html).toMatch(/<th scope="row" colspan="2">Total<\/th>\s*<td class="num">400\.0<\/td>\s*<td class="num">100\.0%<\/td>/);
  });
});
