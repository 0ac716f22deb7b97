/** Small counts in words, from the one table the translated editions will replace. */
import { describe, expect, it } from 'vitest';
import { countWord } from '../../src/components/mdx/count-words.ts';

describe('countWord', () => {
  it('words counts up to twelve in English, and leaves larger ones, fractions and other languages to digits', () => {
    expect([0, 7, 12].map((n) => countWord(n, 'en'))).toEqual(['zero', 'seven', 'twelve']);
    expect(countWord(7, 'en-GB')).toBe('seven');
    expect(countWord(13, 'en')).toBeUndefined();
    expect(countWord(2.5, 'en')).toBeUndefined();
    expect(countWord(7, 'ru')).toBeUndefined();
  });
});
