/**
 * What a record page shows, as data: its fields (a definition list, each
 * field with its own sources) and its related records. The four record pages
 * build these and hand them to one layout (src/layouts/RecordPage.astro), so
 * they differ only in what they say, not in how it is marked up.
 */
import type { Source } from '../../lib/sources.ts';

/** One piece of a field's value: text, a link, a date or a phrase in another language. */
export interface FieldPart {
  text: string;
  /** A link to another page. */
  href?: string | undefined;
  /** The language of the text, when it is not the site's ("ru"). */
  lang?: string | undefined;
  /** A machine-readable date: the part becomes a <time>. */
  datetime?: string | undefined;
  /** A class for styling ("status"). */
  class?: string | undefined;
  /** The Pagefind filter the part's text is a value of ("party", "region"). */
  filter?: string | undefined;
  /** Its Pagefind weight, for names a search should find first. */
  weight?: string | undefined;
}

/** One term of a record's definition list. */
export interface RecordField {
  /** The term, as shown ("Status"). */
  term: string;
  /** The value: one text or part, or a list of parts. */
  value: string | FieldPart | readonly FieldPart[];
  /** How a list shows: on one line ("inline-list"), as tags, or one item a line ("plain"). */
  list?: 'inline-list' | 'tags' | 'plain' | undefined;
  /** Plain text right after the value (", Moscow", " (planned)"). */
  after?: string | undefined;
  /** A muted remark after the value ("(ISO 3166-2)"). */
  note?: string | undefined;
  /** The field's own sources, when the record's source does not hold it. */
  sources?: Source | readonly Source[] | undefined;
  /** The Pagefind filter the whole value is a value of ("kind"). */
  filter?: string | undefined;
  /** The Pagefind weight of the whole value. */
  weight?: string | undefined;
}

/** One related record in a list: a link, with words before and after it. */
export interface RelatedItem {
  href: string;
  text: string;
  /** Words before the link ("Signed here:"). */
  before?: string | undefined;
  /** Words after the link (": the theme", " (planned)"). */
  after?: string | undefined;
  /** A muted remark after the link ("agreement, 2010"). */
  note?: string | undefined;
}

/** A section of related records: its heading (and anchor id) and its items; empty groups are not shown. */
export interface RelatedGroup {
  id: string;
  heading: string;
  items: readonly RelatedItem[];
  /** Keep it out of the search index (lists of other records' titles would match searches for them). */
  unindexed?: boolean | undefined;
}

/** The parts of a field's value, as a list. */
export const partsOf = (value: RecordField['value']): readonly FieldPart[] =>
  typeof value === 'string' ? [{ text: value }] : Array.isArray(value) ? value : [value as FieldPart];

/** Whether a part needs an element of its own, rather than plain text. */
export const isPlain = (p: FieldPart): boolean =>
  p.href === undefined &&
  p.lang === undefined &&
  p.datetime === undefined &&
  p.class === undefined &&
  p.filter === undefined &&
  p.weight === undefined;
