/** Where each editorial note is shown: the chapter whose text places <EditorialNote id="…" />, in reading order. */
import type { ChapterFile } from '../report/load.ts';

/** Note id → id of the first chapter (in reading order) that places it. */
export function noteChapters(chapters: readonly ChapterFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const chapter of chapters) {
    for (const m of chapter.body.matchAll(/<EditorialNote\b[^<>]*?\bid=["']([^"']+)["']/g)) {
      const id = m[1] ?? '';
      if (!out.has(id)) out.set(id, chapter.id);
    }
  }
  return out;
}
