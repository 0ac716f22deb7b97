/**
 * The Pandoc citation syntax, shared by the remark plugin (which rewrites the
 * text) and by the citation index (which counts citations in the chapters'
 * source to link the bibliography back to them): both must find the same
 * citations in the same order.
 *
 * - `[@key]`, `[@key, p. 134]`, `[see @a; -@b, section 4.1]`: a bracketed group;
 * - `@key` in running text: a narrative citation, "Muzaparova (2009)";
 * - keys starting `tbl-` or `fig-` are cross-references to numbered tables and
 *   figures (Quarto's prefixes), never reference keys.
 */

export interface CitationItem {
  /** Words before the key: "see". */
  prefix: string;
  key: string;
  /** `[-@key]`: the author is named in the sentence, so only the year is shown. */
  suppressAuthor: boolean;
  /** Words after the key: "p. 134", "section 4.1". */
  locator: string;
}

/** A citation found in a run of text. */
export interface FoundCitation {
  /** Offset of the match in the text. */
  index: number;
  /** The matched source text, "[see @a; @b]" or "@a". */
  source: string;
  items: CitationItem[];
  /** A bare `@key` in the sentence rather than a bracketed group. */
  narrative: boolean;
}

/** Prefixes of cross-reference ids, and what they number. */
export const crossRefKinds = { tbl: 'table', fig: 'figure' } as const;
export type CrossRefKind = (typeof crossRefKinds)[keyof typeof crossRefKinds];

/** Whether a key names a numbered table or figure (`tbl-…`, `fig-…`) rather than a reference. */
export const isCrossRef = (key: string): boolean => /^(?:tbl|fig)-/.test(key);

const keyChars = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A bracketed group that holds at least one `@key` right after the opening bracket, a space or `;`. */
const groupPattern = /\[((?:[^[\]]*?[\s;])?-?@[a-z0-9][^[\]]*)\]/g;
const itemPattern = new RegExp(`^(?:(.*?)\\s+)?(-?)@(${keyChars})(.*)$`, 's');
/** A bare key: not inside a word or an e-mail address. */
const barePattern = new RegExp(`(?<![\\w@.\\\\/-])@(${keyChars})(?![\\w@-]|\\.[a-z])`, 'g');
/** An opening bracket followed by a key that no closing bracket ends in the same run of text. */
export const unclosedPattern = /\[(?:[^\]]*?[\s;])?-?@[a-z0-9]/;

/** Parses the inside of `[…]`; undefined when it is not a citation (such as `[write to x@y.org]`). */
export function parseCitationGroup(inner: string): CitationItem[] | undefined {
  const items: CitationItem[] = [];
  for (const part of inner.split(';')) {
    const m = itemPattern.exec(part.replace(/\s+/g, ' ').trim());
    if (!m) return undefined;
    const [, prefix = '', dash = '', key = '', rest = ''] = m;
    items.push({ prefix: prefix.trim(), key, suppressAuthor: dash === '-', locator: rest.replace(/^\s*,/, '').trim() });
  }
  return items.length > 0 ? items : undefined;
}

/** Every citation of `text` in order: bracketed groups, then bare keys between them. */
export function findCitations(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  let last = 0;
  const bare = (from: number, to: number): void => {
    const slice = text.slice(from, to);
    for (const m of slice.matchAll(barePattern)) {
      found.push({
        index: from + m.index,
        source: m[0],
        items: [{ prefix: '', key: m[1] ?? '', suppressAuthor: false, locator: '' }],
        narrative: true,
      });
    }
  };
  for (const m of text.matchAll(groupPattern)) {
    const items = parseCitationGroup(m[1] ?? '');
    if (!items) continue;
    bare(last, m.index);
    found.push({ index: m.index, source: m[0], items, narrative: false });
    last = m.index + m[0].length;
  }
  bare(last, text.length);
  return found;
}

/**
 * The parts of an MDX source that are prose: fenced and inline code, JSX
 * tags, expressions and comments blanked out (lines kept), so that counting
 * citations in it matches what the remark plugin sees.
 */
export function proseOf(mdx: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  return mdx
    .replace(/^(\s*)(```|~~~)[\s\S]*?^\s*\2/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\]\([^)\s]*\)/g, (s) => `]${blank(s.slice(1))}`);
}
