/** Author-date labels and APA-like entries, from CSL-JSON-shaped references. */
import { describe, expect, it } from 'vitest';
import { bibliography, citationLabels, formatReference, initials, segmentsText, shortTitle, sortReferences, type Reference } from '../../src/lib/bibliography.ts';

const ref = (id: string, fields: Partial<Reference> = {}): Reference => ({ id, type: 'book', title: `Title ${id}`, author: [], editor: [], ...fields });
const person = (family: string, given?: string) => (given === undefined ? { family } : { family, given });

const refs: Reference[] = [
  ref('nursultanova-2016', { type: 'article-journal', title: 'Cross-border cooperation', issued: '2016', author: [person('Nursultanova', 'Lazat Nurbayevna'), person('Ospanova', 'A. N.'), person('Kilybayeva', 'P.K.')], 'container-title': 'Journal of Examples', volume: '12', issue: '3', page: '10-18' }),
  ref('muzaparova-2009', { type: 'chapter', title: 'Economic cooperation: status and perspectives', issued: '2009', author: [person('Muzaparova', 'L.')], editor: [person('Sultanov', 'B.K.')], 'container-title': 'Perspectives of cooperation', page: '127-134', publisher: 'Institute', 'publisher-place': 'Almaty' }),
  ref('office-2024', { type: 'webpage', title: 'Yearbook', issued: '2024-03', author: [{ literal: 'Valley Statistics Office' }], URL: 'https://example.com/y', accessed: '2025-02-01' }),
  ref('pair-2015', { issued: '2015', author: [person('Able', 'Ann'), person('Baker', 'Bob')] }),
  ref('statement-a', { type: 'webpage', title: 'Statement for the press at the conclusion of negotiations', URL: 'https://example.com/s' }),
  ref('statement-b', { type: 'webpage', title: 'Statement for the press at the conclusion of negotiations', URL: 'https://example.com/t' }),
  ref('draft-law', { type: 'legal_document', title: 'Draft law "On cross-border cooperation"' }),
];
const labels = citationLabels(refs);
const label = (id: string) => labels.get(id);

describe('citation labels', () => {
  it('names one author, two authors, or the first of more with "et al."', () => {
    expect(label('muzaparova-2009')).toEqual({ name: 'Muzaparova', year: '2009' });
    expect(label('pair-2015')).toEqual({ name: 'Able & Baker', year: '2015' });
    expect(label('nursultanova-2016')).toEqual({ name: 'Nursultanova et al.', year: '2016' });
  });
  it('uses a literal author as written and the year of a fuller date', () => {
    expect(label('office-2024')).toEqual({ name: 'Valley Statistics Office', year: '2024' });
  });
  it('cites a work without author by its short title in quotes, nesting inner quotes', () => {
    expect(label('draft-law')).toEqual({ name: '“Draft law ‘On cross-border cooperation’”', year: 'n.d.' });
  });
  it('tells apart works with the same name and year by letters', () => {
    expect(label('statement-a')).toEqual({ name: '“Statement for the press…”', year: 'n.d.-a' });
    expect(label('statement-b')).toEqual({ name: '“Statement for the press…”', year: 'n.d.-b' });
  });
  it('shortens only long titles', () => {
    expect(shortTitle('Time-proven friendship. X Forum of cross-border cooperation')).toBe('Time-proven friendship');
    expect(shortTitle('The state visit of the Russian President into Kazakhstan')).toBe('The state visit of…');
    expect(shortTitle('Valley statistics yearbook')).toBe('Valley statistics yearbook');
  });
});

describe('bibliography entries', () => {
  const text = (id: string): string => {
    const r = refs.find((x) => x.id === id);
    const l = labels.get(id);
    if (!r || !l) throw new Error(id);
    return segmentsText(formatReference(r, l));
  };
  it('formats a journal article', () => {
    expect(text('nursultanova-2016')).toBe('Nursultanova, L. N., Ospanova, A. N., & Kilybayeva, P. K. (2016). Cross-border cooperation. Journal of Examples, 12(3), 10–18.');
  });
  it('formats a chapter in an edited book', () => {
    expect(text('muzaparova-2009')).toBe('Muzaparova, L. (2009). Economic cooperation: status and perspectives. In B. K. Sultanov (Ed.), Perspectives of cooperation (pp. 127–134). Almaty: Institute.');
  });
  it('formats a web page with its retrieval date and a link', () => {
    expect(text('office-2024')).toBe('Valley Statistics Office. (2024). Yearbook. Retrieved February 1, 2025, from https://example.com/y');
    const r = refs.find((x) => x.id === 'office-2024');
    const l = labels.get('office-2024');
    if (!r || !l) throw new Error('office-2024');
    const segments = formatReference(r, l);
    expect(segments.find((s) => s.href !== undefined)).toEqual({ text: 'https://example.com/y', href: 'https://example.com/y' });
    expect(segments.find((s) => s.em === true)?.text).toBe('Yearbook');
  });
  it('puts the title first when there is no author, and writes "n.d."', () => {
    expect(text('statement-a')).toBe('Statement for the press at the conclusion of negotiations. (n.d.-a). https://example.com/s');
  });
  it('sorts by first author or title, ignoring a leading article', () => {
    const sorted = sortReferences([ref('z', { title: 'Zebra' }), ref('the', { title: 'The apple' }), ref('m', { author: [person('Moon')] })]).map((r) => r.id);
    expect(sorted).toEqual(['the', 'm', 'z']);
    expect(bibliography(refs).map((e) => e.id)).toEqual(['pair-2015', 'draft-law', 'muzaparova-2009', 'nursultanova-2016', 'statement-a', 'statement-b', 'office-2024']);
  });
  it('abbreviates given names to initials', () => {
    expect(initials('Lazat Nurbayevna')).toBe('L. N.');
    expect(initials('B.K.')).toBe('B. K.');
    expect(initials('Jean-Paul')).toBe('J.-P.');
  });
});
