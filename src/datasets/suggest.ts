/** "Did you mean …?" in the sentence style of the dataset messages; the matching is the report's own (src/report/suggest.ts). */
import { closest } from '../report/suggest.ts';

/** ` Did you mean "x"?` when a close name exists, else an empty string. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const hit = closest(name, known);
  return hit === undefined ? '' : ` Did you mean "${hit}"?`;
}

/** A readable list of names for an error message: `"a", "b", "c"`. */
export function listNames(names: Iterable<string>): string {
  return [...names].map((n) => `"${n}"`).join(', ');
}
