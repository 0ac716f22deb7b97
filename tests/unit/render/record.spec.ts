/** A record's fields as the record pages print them (src/components/catalogue/RecordFields.astro), on the fixture's data. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import RecordFields from '../../../src/components/catalogue/RecordFields.astro';
import RelatedRecords from '../../../src/components/catalogue/RelatedRecords.astro';
import type { RecordField } from '../../../src/components/catalogue/record-page.ts';
import { attr, findAll, textOf } from '../../helpers/html.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const fields: RecordField[] = [
  { term: 'Kind', value: 'Accord <b>', filter: 'kind' },
  {
    term: 'Original title',
    value: { text: 'Речное соглашение', lang: 'ru', weight: '8' },
    sources: { ref: 'sample-2025', locator: 'p. 2' },
  },
  {
    term: 'Parties',
    list: 'inline-list',
    value: [
      { text: 'North Valley', href: '/regions/xa-nor/', filter: 'party' },
      { text: 'South Valley', filter: 'party' },
    ],
  },
  { term: 'Date', value: { text: 'June 2020', datetime: '2020-06' }, after: ' (planned)' },
  { term: 'Code', value: 'XA-NOR', note: '(ISO 3166-2)' },
];

describe('record fields', () => {
  // The first render loads the page's locale (its messages, the report): slow on a busy machine.
  it('print each term and value, with its search attributes, language, date and own source', { timeout: 30_000 }, async () => {
    const dom = parseFragment(await container.renderToString(RecordFields, { props: { fields } }));
    expect(findAll(dom, (el) => el.tagName === 'dt').map(textOf)).toEqual(['Kind', 'Original title', 'Parties', 'Date', 'Code']);
    const dds = findAll(dom, (el) => el.tagName === 'dd');
    expect(dds.map((d) => textOf(d).replace(/\s+/g, ' ').trim())).toEqual([
      'Accord <b>',
      expect.stringMatching(/^Речное соглашение\s?Source: .+, p\. 2$/),
      'North Valley South Valley',
      'June 2020 (planned)',
      'XA-NOR (ISO 3166-2)',
    ]);
    expect(attr(dds[0] ?? expect.unreachable(), 'data-pagefind-filter')).toBe('kind');
    const ru = findAll(dom, (el) => attr(el, 'lang') === 'ru');
    expect(ru.map((el) => [textOf(el), attr(el, 'data-pagefind-weight')])).toEqual([['Речное соглашение', '8']]);
    expect(findAll(dom, (el) => attr(el, 'data-pagefind-filter') === 'party').map((el) => [el.tagName, textOf(el)])).toEqual([
      ['a', 'North Valley'],
      ['span', 'South Valley'],
    ]);
    expect(findAll(dom, (el) => el.tagName === 'time').map((el) => attr(el, 'datetime'))).toEqual(['2020-06']);
    expect(findAll(dom, (el) => attr(el, 'class') === 'field-source').length).toBe(1);
  });

  it('leave out a related group with no records, and keep a list of titles out of the index when asked', async () => {
    const html = await container.renderToString(RelatedRecords, {
      props: {
        groups: [
          { id: 'none', heading: 'Nothing', items: [] },
          {
            id: 'linked',
            heading: 'Signed here',
            unindexed: true,
            items: [{ before: 'Signed here:', href: '/treaties/a/', text: 'A', note: 'accord' }],
          },
        ],
      },
    });
    const sections = findAll(parseFragment(html), (el) => el.tagName === 'section');
    expect(sections.map((s) => attr(s, 'aria-labelledby'))).toEqual(['linked']);
    expect(attr(sections[0] ?? expect.unreachable(), 'data-pagefind-ignore')).toBe('');
    expect(textOf(sections[0] ?? expect.unreachable()).replace(/\s+/g, ' ')).toContain('Signed here: A accord');
  });
});
