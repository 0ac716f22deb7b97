/**
 * Where the chapters discuss a record: every `[text](kind:id)` link in a
 * chapter, placed under the heading it follows. Heading ids come from Astro's
 * own rendering (render(entry).headings), matched to the headings of the MDX
 * source by position, so the links land on the exact section.
 */
import { getCollection, render } from 'astro:content';
import { readingOrder } from '../../lib/site.ts';
import { recordTargetsIn, type RecordKind } from './record-targets.ts';
import { translationId } from '../../i18n/routes.ts';

export interface Mention {
  chapterId: string;
  chapterTitle: string;
  section: string | undefined;
  /** The heading the link sits under; undefined when it comes before the first heading. */
  heading: { slug: string; text: string } | undefined;
}

/** Offsets of the Markdown headings (##…) of an MDX source, outside fenced code, with their depth. */
function headingOffsets(body: string): number[] {
  const out: number[] = [];
  let fenced = false;
  let offset = 0;
  // Frontmatter comes first; its YAML comments ("# …") are not headings.
  const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(body)?.[0].length ?? 0;
  for (const line of body.split('\n')) {
    if (offset < front) {
      offset += line.length + 1;
      continue;
    }
    if (/^(?:```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,6}\s/.test(line)) out.push(offset);
    offset += line.length + 1;
  }
  return out;
}

const memo = new Map<string, Promise<Map<string, Mention[]>>>();

/**
 * Every record's mentions in the edition `code`, keyed "kind:id", in reading
 * order; computed once per build and edition. A chapter translated into `code`
 * (content/<code>/chapters/) is read in its translation, with its own
 * headings and title; one that is not, in the default language.
 */
export function allMentions(code: string): Promise<Map<string, Mention[]>> {
  const known = memo.get(code);
  if (known !== undefined) return known;
  const made = (async () => {
    const entries = await getCollection('chapters');
    const translated = new Map((await getCollection('translations')).map((e) => [e.id, e]));
    const out = new Map<string, Mention[]>();
    for (const chapter of readingOrder()) {
      const translation = translated.get(translationId(code, chapter.id));
      const entry = translation ?? entries.find((e) => e.id === chapter.id);
      const body = translation?.body ?? chapter.body;
      const offsets = headingOffsets(body);
      const headings = entry === undefined ? [] : (await render(entry)).headings;
      const data = translation?.data ?? chapter.data;
      for (const t of recordTargetsIn(body)) {
        const n = offsets.filter((o) => o < t.index).length;
        const h = n > 0 ? headings[n - 1] : undefined;
        const key = `${t.kind}:${t.id}`;
        const list = out.get(key) ?? [];
        const heading = h ? { slug: h.slug, text: h.text } : undefined;
        if (!list.some((m) => m.chapterId === chapter.id && m.heading?.slug === heading?.slug)) {
          list.push({ chapterId: chapter.id, chapterTitle: data.shortTitle, section: data.section, heading });
        }
        out.set(key, list);
      }
    }
    return out;
  })();
  memo.set(code, made);
  return made;
}

/** Where the chapters of the edition `code` discuss one record. */
export async function mentionsOf(kind: RecordKind, id: string, code: string): Promise<Mention[]> {
  return (await allMentions(code)).get(`${kind}:${id}`) ?? [];
}
