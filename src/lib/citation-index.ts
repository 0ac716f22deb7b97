/**
 * Where each reference is cited: every citation of every chapter, in reading
 * order, with the id its link carries on the page (`cite-<key>-<n>`, n counting
 * from 1 within the chapter). The bibliography links back to these, and each
 * chapter lists the works it cites. Read from the chapters' source with the
 * same parser the remark plugin uses, so both agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChapterFile } from '../report/load.ts';
import { findCitations, isCrossRef, proseOf } from '../remark/pandoc.ts';
import { siteLocales } from '../i18n/locales.ts';
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

const memo = new WeakMap<readonly ChapterFile[], Map<string, CitationOccurrence[]>>();

/**
 * Every citation of the report at `root` in the edition `code` (the default edition when absent),
 * chapters in reading order. A translated chapter (content/<code>/chapters/<id>.mdx) cites as its
 * own text does; a chapter not yet translated is shown in the default language, with its citations.
 */
export function citationIndex(root?: string, code?: string): CitationOccurrence[] {
  const report = cachedReport(root);
  const edition = code ?? siteLocales(report.site)[0]?.code ?? '';
  let byEdition = memo.get(report.chapters);
  if (!byEdition) memo.set(report.chapters, (byEdition = new Map()));
  let all = byEdition.get(edition);
  if (!all) {
    const isDefault = edition === siteLocales(report.site)[0]?.code;
    const translated = (c: ChapterFile): Pick<ChapterFile, 'id' | 'body'> => {
      if (isDefault) return c;
      const file = path.join(report.root, 'content', edition, 'chapters', `${c.id}.mdx`);
      return fs.existsSync(file) ? { id: c.id, body: fs.readFileSync(file, 'utf8') } : c;
    };
    byEdition.set(edition, (all = report.chapters.map(translated).flatMap(chapterCitations)));
  }
  return all;
}

/** The keys a chapter cites in the edition `code`, each once, in order of first citation. */
export function citedIn(chapterId: string, root?: string, code?: string): string[] {
  return [
    ...new Set(
      citationIndex(root, code)
        .filter((o) => o.chapterId === chapterId)
        .map((o) => o.key),
    ),
  ];
}

/** The places that cite `key` in the edition `code`, in reading order. */
export function citationsOf(key: string, root?: string, code?: string): CitationOccurrence[] {
  return citationIndex(root, code).filter((o) => o.key === key);
}
