/**
 * The citation engine cache (src/csl/engine.ts): citation-js shares one
 * citeproc engine per style and locale with everything in the process, and
 * clears its items whenever it hands it out. The dev server loads this module
 * more than once, so a second copy (or any other caller) taking the shared
 * engine must not leave the first copy with an emptied one.
 */
import { describe, expect, it } from 'vitest';
import { plugins } from '@citation-js/core';
import { cslBibliography, cslCitation, type CslJsonItem } from '../../src/csl/engine.ts';

const items: CslJsonItem[] = [
  { id: 'alpha-2015', type: 'book', title: 'Alpha', author: [{ family: 'Alphason', given: 'A.' }], issued: { 'date-parts': [[2015]] } },
  { id: 'beta-2016', type: 'book', title: 'Beta', author: [{ family: 'Betova', given: 'B.' }], issued: { 'date-parts': [[2016]] } },
];
const other: CslJsonItem[] = [
  { id: 'gamma-2001', type: 'book', title: 'Gamma', author: [{ family: 'Gammel', given: 'G.' }], issued: { 'date-parts': [[2001]] } },
];

// Preparing a citeproc engine (style and locale parsing) takes seconds on a busy machine.
describe('the citation engine cache', { timeout: 60_000 }, () => {
  it('still formats its items after another caller has taken the shared engine', () => {
    expect(cslCitation(items, [{ id: 'alpha-2015' }], 'apa')).toContain('Alphason');
    // What a second copy of this module (or citation-js's own Cite#format) does: take the shared engine for other items.
    const csl = plugins.config.get('@csl');
    csl.engine(other, 'apa', 'en-US', 'html').updateItems(['gamma-2001']);
    expect(cslCitation(items, [{ id: 'beta-2016' }], 'apa')).toContain('Betova');
    expect(cslBibliography(items, 'apa').map((e) => e.id)).toEqual(['alpha-2015', 'beta-2016']);
  });

  it('formats the items of each call, whichever list was formatted before', () => {
    expect(cslCitation(other, [{ id: 'gamma-2001' }], 'apa')).toContain('Gammel');
    expect(cslCitation(items, [{ id: 'alpha-2015' }], 'apa')).toContain('Alphason');
    expect(cslBibliography(other, 'apa').map((e) => e.id)).toEqual(['gamma-2001']);
  });
});
