/**
 * "Did you mean": a misspelt word replaced by the closest word of the
 * edition's vocabulary (vocabulary.ts writes it at build time). Runs in the
 * browser, and in the tests against the same file.
 */
import { editDistance } from '../../report/suggest.ts';

/** The vocabulary file of one language, as vocabulary.ts writes it. */
export interface VocabularyFile {
  lang: string;
  /** Every indexed word, lower case, the most frequent first. */
  words: string[];
}

/** Words of a query: runs of letters (any script), as the vocabulary counts them. */
export const wordPattern = /[\p{L}\p{M}]+/gu;

/** Edits allowed for a word of this length: one up to five letters, two beyond. */
const allowed = (length: number): number => (length <= 5 ? 1 : 2);

/** The closest vocabulary word to `word` (lower case), the more frequent on a tie; undefined if none is close or the word is known. */
export function closestWord(word: string, words: readonly string[], known: ReadonlySet<string> = new Set(words)): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3 || known.has(lower)) return undefined;
  const limit = allowed(lower.length);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of words) {
    if (Math.abs(candidate.length - lower.length) > limit) continue;
    const d = editDistance(lower, candidate);
    if (d <= limit && (best === undefined || d < best.distance)) best = { word: candidate, distance: d };
    if (best?.distance === 1) break; // words come most frequent first: the first one-edit match wins
  }
  return best?.word;
}

/** The word written like `typed`: Capitalised, UPPER or lower. */
function likeTyped(word: string, typed: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The query with each unknown word replaced by its closest known word, or undefined when nothing changes. */
export function suggest(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const out = query.replace(wordPattern, (typed) => {
    const near = closestWord(typed, words, known);
    if (near === undefined) return typed;
    changed = true;
    return likeTyped(near, typed);
  });
  return changed ? out.trim().replace(/\s+/g, ' ') : undefined;
}
