/** Synonym alternatives: whole words and phrases only, the query as typed first, capped. */
import { describe, expect, it } from 'vitest';
import { alternatives } from '../../../src/lib/search/synonyms.ts';

const groups = [
  ['RF', 'Russia', 'Russian Federation'],
  ['CIS', 'Commonwealth of Independent States'],
  ['ЕАЭС', 'ЕврАзЭС'],
];

describe('synonym alternatives', () => {
  it('a query without a synonym is searched as typed', () => {
    expect(alternatives('border trade', groups)).toEqual(['border trade']);
  });

  it('an abbreviation brings its synonyms, the query as typed first', () => {
    expect(alternatives('RF chamber', groups)).toEqual(['RF chamber', 'Russia chamber', 'Russian Federation chamber']);
  });

  it('a phrase matches as a whole, case-insensitively, and the longest term wins', () => {
    expect(alternatives('russian federation law', groups)).toEqual(['russian federation law', 'RF law', 'Russia law']);
    expect(alternatives('commonwealth of  independent states', groups)).toEqual(['commonwealth of independent states', 'CIS']);
  });

  it('matches whole words only: "CIS" is not found inside "decision"', () => {
    expect(alternatives('decision', groups)).toEqual(['decision']);
    expect(alternatives('Russians', groups)).toEqual(['Russians']);
  });

  it('two groups in one query combine, up to the cap', () => {
    const out = alternatives('RF CIS', groups, 4);
    expect(out).toHaveLength(4);
    expect(out[0]).toBe('RF CIS');
    expect(out).toContain('RF Commonwealth of Independent States');
  });

  it('works for any script', () => {
    expect(alternatives('договор ЕАЭС', groups)).toEqual(['договор ЕАЭС', 'договор ЕврАзЭС']);
  });
});
