/**
 * New ids for the copies of a synthetic report: readable (`id-x3`) where the
 * id's rule allows it, else the id's own shape (letters stay letters, digits
 * digits, case kept), so patterned ids such as ISO codes stay valid.
 */

/** Characters a position of a shaped id may take, by the class of the original character. */
function alphabet(c: string): string | undefined {
  if (/[A-Z]/.test(c)) return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (/[a-z]/.test(c)) return 'abcdefghijklmnopqrstuvwxyz';
  if (/[0-9]/.test(c)) return '0123456789';
  return undefined;
}

/** The `n`-th variant of `id` with the same shape, counting from its last character (n = 0 is the id itself). */
function variant(id: string, n: number): string | undefined {
  const chars = [...id];
  let rest = n;
  for (let i = chars.length - 1; i >= 0 && rest > 0; i--) {
    const set = alphabet(chars[i] ?? '');
    if (set === undefined) continue;
    const at = set.indexOf(chars[i] ?? '');
    const sum = at + (rest % set.length);
    chars[i] = set[sum % set.length] ?? '';
    rest = Math.floor(rest / set.length) + Math.floor(sum / set.length);
  }
  return rest > 0 ? undefined : chars.join('');
}

/** Gives copy ids that pass `accepts` and were never given (or used by an original) before, deterministically. */
export class IdMaker {
  private readonly used: Set<string>;
  private readonly accepts: (id: string) => boolean;
  /** Where the search for the next shaped variant of an id resumes. */
  private readonly cursor = new Map<string, number>();

  constructor(originals: Iterable<string>, accepts: (id: string) => boolean) {
    this.used = new Set(originals);
    this.accepts = accepts;
  }

  /** The id of copy `k` of the entry `id`. */
  next(id: string, k: number): string {
    const readable = `${id}-x${k}`;
    if (this.accepts(readable) && !this.used.has(readable)) return this.take(readable);
    for (let n = this.cursor.get(id) ?? 1; n < 1e7; n++) {
      const candidate = variant(id, n);
      if (candidate === undefined) break;
      if (!this.used.has(candidate) && this.accepts(candidate)) {
        this.cursor.set(id, n + 1);
        return this.take(candidate);
      }
    }
    throw new Error(`no free id left for copy ${k} of "${id}" that its rule accepts`);
  }

  private take(id: string): string {
    this.used.add(id);
    return id;
  }
}
