/**
 * Where each reference is cited: every citation of every chapter, in reading
 * order, with the id its link carries on the page (`cite-<key>-<n>`, n counting
 * from 1 within the chapter). The bibliography links back to these, and each
 * chapter lists the works it cites. Read from the chapters' source with the
 * same parser the remark plugin uses, so both agree.
 */
import type { ChapterFile } from '../report/load.ts';
import { findCitations, isCrossRef, proseOf } from '../remark/pandoc.ts';
import { cachedReport } from './report-cache.ts';

export interface CitationOccurrence {
  key: string;
  chapterId: string;
  /** `cite-<key>-<n>`: the id of the citation's link on the chapter page. */
  anchor: string;
  /** n of the anchor: the key's nth citation in the chapter. */
  n: number;
}

/** The id of the nth (from 1) citation of `key` on a page. */
export const citationAnchor = (key: string, n: number): string => `cite-${key}-${n}`;

/** The citations of one chapter's source, in order. */
export function chapterCitations(chapter: Pick<ChapterFile, 'id' | 'body'>): CitationOccurrence[] {
  const counts = new Map<string, number>();
  const out: CitationOccurrence[] = [];
  for (const found of findCitations(proseOf(chapter.body.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '))))) {
    for (const item of found.items) {
      if (isCrossRef(item.key)) continue;
      const n = (counts.get(item.key) ?? 0) + 1;
      counts.set(item.key, n);
      out.push({ key: item.key, chapterId: chapter.id, anchor: citationAnchor(item.key, n), n });
    }
  }
  return out;
}

const memo = new WeakMap<readonly ChapterFile[], CitationOccurrence[]>();

/** Every citation of the report at `root`, chapters in reading order. */
export function citationIndex(root?: string): CitationOccurrence[] {
  const chapters = cachedReport(root).chapters;
  let all = memo.get(chapters);
  if (!all) memo.set(chapters, (all = chapters.flatMap(chapterCitations)));
  return all;
}

/** The keys a chapter cites, each once, in order of first citation. */
export function citedIn(chapterId: string, root?: string): string[] {
  return [
    ...new Set(
      citationIndex(root)
        .filter((o) => o.chapterId === chapterId)
        .map((o) => o.key),
    ),
  ];
}

/** The places that cite `key`, in reading order. */
export function citationsOf(key: string, root?: string): CitationOccurrence[] {
  return citationIndex(root).filter((o) => o.key === key);
}
