/** "Did you mean": the closest known word, the more frequent on a tie, written as the reader wrote. */
import { describe, expect, it } from 'vitest';
import { closestWord, suggest } from '../../../src/lib/search/suggest.ts';

// Most frequent first, as vocabulary.ts writes it.
const words = ['the', 'kazakhstan', 'border', 'russia', 'kazakhstani', 'kostanay', 'orenburg', 'water', 'waters'];

describe('did you mean', () => {
  it('"Kazahstan" → "Kazakhstan", capitalised as typed', () => {
    expect(suggest('Kazahstan', words)).toBe('Kazakhstan');
  });

  it('each unknown word of a query is corrected; known words stay', () => {
    expect(suggest('kostanai border', words)).toBe('kostanay border');
    expect(suggest('ORENBRUG', words)).toBe('ORENBURG');
  });

  it('nothing to suggest for known words, short words, or words too far from any', () => {
    expect(suggest('border water', words)).toBeUndefined();
    expect(suggest('xz', words)).toBeUndefined();
    expect(suggest('parliament', words)).toBeUndefined();
  });

  it('a tie goes to the more frequent word', () => {
    expect(closestWord('watera', words)).toBe('water');
  });

  it('any script', () => {
    expect(suggest('Казахстн', ['казахстан', 'россия'])).toBe('Казахстан');
  });
});
