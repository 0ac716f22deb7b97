/** Small counts in words, from each locale's message `grammar.countWords`. */
import { describe, expect, it } from 'vitest';
import { countWord, wordsOf } from '../../src/grammar/words.ts';

describe('countWord', () => {
  it('words counts up to twelve as the catalogue lists them, and leaves larger ones and fractions to digits', () => {
    const en = wordsOf({ locale: 'en' });
    expect([0, 7, 12].map((n) => countWord(n, en))).toEqual(['zero', 'seven', 'twelve']);
    expect(countWord(7, wordsOf({ locale: 'en-GB' }))).toBe('seven');
    expect(countWord(13, en)).toBeUndefined();
    expect(countWord(2.5, en)).toBeUndefined();
    expect(countWord(7, wordsOf({ locale: 'ru' }))).toBe('семь');
  });
  it('writes digits where a catalogue lists no word', () => {
    const t = (key: string): string => (key === 'grammar.countWords' ? 'null|eins' : key);
    expect(countWord(1, t)).toBe('eins');
    expect(countWord(2, t)).toBeUndefined();
  });
});
