/** Citations and bibliography entries formatted by citation-js in CSL styles: APA and our GOST R 7.0.100-2018. */
import { describe, expect, it } from 'vitest';
import {
  bibliography,
  citationBrackets,
  citationLabels,
  citeItem,
  formatReference,
  htmlToSegments,
  segmentsText,
  shortTitle,
  toCsl,
  type Reference,
} from '../../src/lib/bibliography.ts';

const ref = (id: string, fields: Partial<Reference> = {}): Reference => ({
  id,
  type: 'book',
  title: `Title ${id}`,
  author: [],
  editor: [],
  ...fields,
});
const person = (family: string, given?: string) => (given === undefined ? { family } : { family, given });
const gost = 'gost-r-7.0.100-2018';

const refs: Reference[] = [
  ref('nursultanova-2016', {
    type: 'article-journal',
    title: 'Cross-border cooperation',
    issued: '2016',
    author: [person('Nursultanova', 'Lazat Nurbayevna'), person('Ospanova', 'A. N.'), person('Kilybayeva', 'P.K.')],
    'container-title': 'Journal of Examples',
    volume: '12',
    issue: '3',
    page: '10-18',
  }),
  ref('muzaparova-2009', {
    type: 'chapter',
    title: 'Economic cooperation: status and perspectives',
    issued: '2009',
    author: [person('Muzaparova', 'L.')],
    editor: [person('Sultanov', 'B.K.')],
    'container-title': 'Perspectives of cooperation',
    page: '127-134',
    publisher: 'Institute',
    'publisher-place': 'Almaty',
  }),
  ref('office-2024', {
    type: 'webpage',
    title: 'Yearbook',
    issued: '2024-03',
    author: [{ literal: 'Valley Statistics Office' }],
    URL: 'https://example.com/y',
    accessed: '2025-02-01',
  }),
  ref('pair-2015', {
    issued: '2015',
    title: 'A book of rivers',
    author: [person('Able', 'Ann'), person('Baker', 'Bob')],
    publisher: 'Valley Press',
    'publisher-place': 'Northtown',
  }),
  ref('statement-a', { type: 'webpage', title: 'Statement for the press at the conclusion of negotiations', URL: 'https://example.com/s' }),
  ref('statement-b', { type: 'webpage', title: 'Statement for the press at the conclusion of negotiations', URL: 'https://example.com/t' }),
  ref('five-2020', {
    type: 'article-journal',
    title: 'Many hands',
    issued: '2020',
    author: ['A', 'B', 'C', 'D', 'E'].map((f) => person(`${f}son`, 'X. Y.')),
    'container-title': 'Journal',
    issue: '1',
    page: '1-2',
  }),
  ref('news-2015', {
    type: 'webpage',
    title: 'Forum of the regions',
    issued: '2015',
    URL: 'https://example.com/news/1',
    accessed: '2016-08-15',
    note: 'An editorial remark, not part of the citation.',
  }),
];
const text = (id: string, style: 'apa' | typeof gost = 'apa'): string => segmentsText(formatReference(refs, id, style));

describe('CSL items', () => {
  it('turn partial dates into date-parts, keep CSL-JSON fields, and leave the editorial note out', () => {
    expect(toCsl(refs[2] as Reference)).toMatchObject({
      id: 'office-2024',
      type: 'webpage',
      issued: { 'date-parts': [[2024, 3]] },
      accessed: { 'date-parts': [[2025, 2, 1]] },
      author: [{ literal: 'Valley Statistics Office' }],
    });
    expect(toCsl(refs[7] as Reference)).not.toHaveProperty('note');
  });
  it('give long titles of works without author a short title to be cited by', () => {
    expect(shortTitle('The state visit of the Russian President into Kazakhstan')).toBe('The state visit of…');
    expect(shortTitle('Valley statistics yearbook')).toBe('Valley statistics yearbook');
    expect(toCsl(refs[4] as Reference)['title-short']).toBe('Statement for the press…');
  });
});

describe('APA (the default)', () => {
  it('formats a journal article', () => {
    expect(text('nursultanova-2016')).toBe(
      'Nursultanova, L. N., Ospanova, A. N., & Kilybayeva, P. K. (2016). Cross-border cooperation. Journal of Examples, 12(3), 10–18.',
    );
  });
  it('formats a chapter in an edited book', () => {
    expect(text('muzaparova-2009')).toBe(
      'Muzaparova, L. (2009). Economic cooperation: status and perspectives. In B. K. Sultanov (Ed.), Perspectives of cooperation (pp. 127–134). Institute.',
    );
  });
  it('formats a book', () => {
    expect(text('pair-2015')).toBe('Able, A., & Baker, B. (2015). A book of rivers. Valley Press.');
  });
  it('formats a web page with a link, italics as runs of text', () => {
    expect(text('office-2024')).toBe('Valley Statistics Office. (2024, March). Yearbook. https://example.com/y');
    const segments = formatReference(refs, 'office-2024');
    expect(segments.find((s) => s.href !== undefined)).toEqual({ text: 'https://example.com/y', href: 'https://example.com/y' });
    expect(segments.find((s) => s.em === true)?.text).toBe('Yearbook');
  });
  it('tells apart undated works with the same title by letters, and drops "Retrieved" without a date', () => {
    expect(text('statement-a')).toBe('Statement for the press at the conclusion of negotiations. (n.d.-a). https://example.com/s');
    expect(citationLabels(refs).get('statement-b')).toEqual({ name: 'Statement for the Press…', year: 'n.d.-b' });
  });
  it('labels citations: one author, two, "et al." from three', () => {
    const labels = citationLabels(refs);
    expect(labels.get('muzaparova-2009')).toEqual({ name: 'Muzaparova', year: '2009' });
    expect(labels.get('pair-2015')).toEqual({ name: 'Able & Baker', year: '2015' });
    expect(labels.get('nursultanova-2016')).toEqual({ name: 'Nursultanova et al.', year: '2016' });
    expect(labels.get('office-2024')).toEqual({ name: 'Valley Statistics Office', year: '2024' });
  });
  it('formats cited items with prefix, locator and a suppressed author', () => {
    expect(segmentsText(citeItem(refs, { key: 'muzaparova-2009', prefix: 'see', locator: 'p. 134' }))).toBe('see Muzaparova, 2009, p. 134');
    expect(segmentsText(citeItem(refs, { key: 'muzaparova-2009', suppressAuthor: true }))).toBe('2009');
    expect(citationBrackets(refs)).toEqual(['(', ')']);
    expect(() => citeItem(refs, { key: 'nobody' })).toThrow(/unknown reference key "@nobody"/);
  });
  it('sorts the bibliography as the style does', () => {
    expect(bibliography(refs).map((e) => e.id)).toEqual([
      'pair-2015',
      'five-2020',
      'news-2015',
      'muzaparova-2009',
      'nursultanova-2016',
      'statement-a',
      'statement-b',
      'office-2024',
    ]);
  });
});

describe('GOST R 7.0.100-2018', () => {
  it('formats a book: heading, title / authors. – place : publisher, year', () => {
    expect(text('pair-2015', gost)).toBe('Able, A. A book of rivers / A. Able, B. Baker. – Northtown : Valley Press, 2015.');
  });
  it('formats a journal article: // journal. – year. – Vol., no. – P.', () => {
    expect(text('nursultanova-2016', gost)).toBe(
      'Nursultanova, L. N. Cross-border cooperation / L. N. Nursultanova, A. N. Ospanova, P. K. Kilybayeva // Journal of Examples. – 2016. – Vol. 12, no. 3. – P. 10–18.',
    );
  });
  it('lists three authors and "[et al.]" (after a no-break space) when there are more', () => {
    expect(text('five-2020', gost)).toBe(
      'Ason, X. Y. Many hands / X. Y. Ason, X. Y. Bson, X. Y. Cson\u00a0[et al.] // Journal. – 2020. – no. 1. – P. 1–2.',
    );
  });
  it('formats a chapter: // book / editor. – place : publisher, year. – pages', () => {
    expect(text('muzaparova-2009', gost)).toBe(
      'Muzaparova, L. Economic cooperation: status and perspectives / L. Muzaparova // Perspectives of cooperation / B. K. Sultanov (ed.). – Almaty : Institute, 2009. – P. 127–134.',
    );
  });
  it('formats a web page: – URL: … (accessed: dd.mm.yyyy)', () => {
    expect(text('news-2015', gost)).toBe('Forum of the regions. – 2015. – URL: https://example.com/news/1 (accessed: 15.08.2016).');
    expect(text('statement-a', gost)).toBe(
      'Statement for the press at the conclusion of negotiations. – [s. a.]. – URL: https://example.com/s.',
    );
  });
  it('cites in square brackets', () => {
    expect(citationBrackets(refs, gost)).toEqual(['[', ']']);
    expect(citationLabels(refs, gost).get('nursultanova-2016')).toEqual({ name: 'Nursultanova\u00a0[et al.]', year: '2016' });
  });
});

describe('citeproc HTML as text runs', () => {
  it('decodes entities, keeps italics and links URLs', () => {
    expect(htmlToSegments('<div class="csl-entry">A &#38; B. <i>T&lt;1&gt;</i>. https://x.org/a.</div>')).toEqual([
      { text: 'A & B. ' },
      { text: 'T<1>', em: true },
      { text: '. ' },
      { text: 'https://x.org/a', href: 'https://x.org/a' },
      { text: '.' },
    ]);
  });
});

describe('a work in another language keeps its title as written', () => {
  const treaty = (fields: Partial<Reference>): Reference =>
    ref('convention-ru', {
      type: 'treaty',
      title: 'Европейская рамочная конвенция о приграничном сотрудничестве',
      issued: '1980',
      ...fields,
    });

  it('APA title-cases an untagged title, but not one tagged with its language', () => {
    const untagged = citationLabels([treaty({})], 'apa').get('convention-ru');
    const tagged = citationLabels([treaty({ language: 'ru' })], 'apa').get('convention-ru');
    expect(untagged?.name).toMatch(/Рамочная Конвенция/);
    expect(tagged?.name).toMatch(/^Европейская рамочная конвенция о/);
    expect(toCsl(treaty({ language: 'ru' }))['language']).toBe('ru');
  });
});
