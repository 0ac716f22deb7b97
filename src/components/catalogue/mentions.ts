/**
 * Where the chapters discuss a record: every `[text](kind:id)` link in a
 * chapter, placed under the heading it follows. Heading ids come from Astro's
 * own rendering (render(entry).headings), matched to the headings of the MDX
 * source by position, so the links land on the exact section.
 */
import { getCollection, render } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { readingOrder } from '../../lib/site.ts';
import { recordTargetsIn, type RecordKind } from './record-targets.ts';

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

let memo: Promise<Map<string, Mention[]>> | undefined;

/** Every record's mentions, keyed "kind:id", in reading order; computed once per build. */
export function allMentions(): Promise<Map<string, Mention[]>> {
  memo ??= (async () => {
    const entries = await getCollection('chapters');
    const headingsOf = new Map<string, MarkdownHeading[]>();
    for (const entry of entries) headingsOf.set(entry.id, (await render(entry)).headings);
    const out = new Map<string, Mention[]>();
    for (const chapter of readingOrder()) {
      const offsets = headingOffsets(chapter.body);
      const headings = headingsOf.get(chapter.id) ?? [];
      for (const t of recordTargetsIn(chapter.body)) {
        const n = offsets.filter((o) => o < t.index).length;
        const h = n > 0 ? headings[n - 1] : undefined;
        const key = `${t.kind}:${t.id}`;
        const list = out.get(key) ?? [];
        const heading = h ? { slug: h.slug, text: h.text } : undefined;
        if (!list.some((m) => m.chapterId === chapter.id && m.heading?.slug === heading?.slug)) {
          list.push({ chapterId: chapter.id, chapterTitle: chapter.data.shortTitle, section: chapter.data.section, heading });
        }
        out.set(key, list);
      }
    }
    return out;
  })();
  return memo;
}

/** Where the chapters discuss one record. */
export async function mentionsOf(kind: RecordKind, id: string): Promise<Mention[]> {
  return (await allMentions()).get(`${kind}:${id}`) ?? [];
}
